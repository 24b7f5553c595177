// The mail the portal "sent" during end-to-end tests: without an email provider configured,
// the worker writes each message as a JSON file in MAIL_DIR (see playwright.config.ts).
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

const mailDir = "data/e2e-mail";

/** What the worker wrote about each attachment (app/mechanisms/email/mail-transport.server.ts): the file is beside the mail. */
type Attachment = { filename: string; contentType: string; bytes: number; file: string };
type Mail = { to: string; subject: string; text: string; html: string; language: string; attachments: Attachment[] };

function mailsTo(address: string): Mail[] {
  if (!fs.existsSync(mailDir)) return [];
  return fs
    .readdirSync(mailDir)
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) => {
      const full = path.join(mailDir, file);
      // A file the worker is still writing is read on the next poll.
      try {
        return [{ mtime: fs.statSync(full).mtimeMs, mail: JSON.parse(fs.readFileSync(full, "utf8")) as Mail }];
      } catch {
        return [];
      }
    })
    .filter(({ mail }) => mail.to === address)
    .sort((a, b) => a.mtime - b.mtime)
    .map(({ mail }) => mail);
}

/**
 * Waits for mail number `count` (1 = first) to `address`, as the worker delivers every few seconds
 * (up to a minute just after the server starts, while it sends the demo data's ~150 mails).
 */
export async function waitForMail(address: string, count = 1, timeout = 60_000): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => (found = mailsTo(address)[count - 1]), { timeout, message: `mail ${count} to ${address}` })
    .toBeTruthy();
  return found!;
}

/** Waits for mail number `count` to `address` whose subject contains `subject` (for a person with many mails: the ones about one event). */
export async function waitForMailAbout(address: string, subject: string, count = 1, timeout = 60_000): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(() => (found = mailsTo(address).filter((mail) => mail.subject.includes(subject))[count - 1]), { timeout, message: `mail ${count} to ${address} about ${subject}` })
    .toBeTruthy();
  return found!;
}

/** The one portal link in a mail, as a path to open in the browser (with what follows its token, such as `redirectTo`). */
export function linkIn(mail: Mail) {
  const match = /https?:\/\/[^\s]+\?token=[A-Za-z0-9_-]{43}(&[^\s]*)?/.exec(mail.text);
  if (!match) throw new Error(`no link in mail:\n${mail.text}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}

/** An attachment's bytes, as the worker wrote them in the mail folder. */
export function attachmentBytes(attachment: Attachment) {
  return fs.readFileSync(path.join(mailDir, attachment.file));
}
