// Where outgoing mail goes: an HTTP email API (Resend-compatible: POST {url}/emails with a
// bearer key and an Idempotency-Key header, attachments in Base64), or, with none
// configured, JSON files in a folder a developer can read, each email's attachments in a
// folder beside its file.
import fs from "node:fs/promises";
import path from "node:path";
import type { Env } from "~/utils/env.server";
import type { MailTransport } from "./outbox.server";

export function httpMailTransport({ apiUrl, apiKey, from }: { apiUrl: string; apiKey: string; from: string }): MailTransport {
  return {
    async send(email) {
      const response = await fetch(new URL("emails", apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`), {
        method: "POST",
        headers: {
          Authorization: `Bearer ${apiKey}`,
          "Content-Type": "application/json",
          "Idempotency-Key": email.id,
        },
        body: JSON.stringify({
          from,
          to: [email.to],
          subject: email.subject,
          text: email.text,
          html: email.html,
          ...(email.attachments.length > 0 && {
            attachments: email.attachments.map(({ filename, contentType, content }) => ({
              filename,
              content: Buffer.from(content).toString("base64"),
              content_type: contentType,
            })),
          }),
        }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!response.ok) throw new Error(`Email provider answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
      const body = (await response.json()) as { id?: unknown };
      return { providerId: typeof body.id === "string" ? body.id : email.id };
    },
  };
}

/** `<id>.json`, and each attachment as `<id>.attachments/<n>-<filename>` beside it. */
export function folderMailTransport(dir: string): MailTransport {
  return {
    async send({ attachments, ...email }) {
      await fs.mkdir(dir, { recursive: true });
      const written: WrittenAttachment[] = [];
      for (const [n, attachment] of attachments.entries()) {
        // The outbox accepts no path in a name (checkAttachments); the number keeps two of the same name apart.
        const file = path.join(attachmentFolder(email.id), `${n + 1}-${attachment.filename}`);
        await fs.mkdir(path.join(dir, attachmentFolder(email.id)), { recursive: true });
        await fs.writeFile(path.join(dir, file), attachment.content);
        written.push({ filename: attachment.filename, contentType: attachment.contentType, bytes: attachment.content.byteLength, file });
      }
      await fs.writeFile(path.join(dir, `${email.id}.json`), JSON.stringify({ ...email, attachments: written, writtenAt: new Date() }, null, 2));
      return { providerId: `file:${email.id}` };
    },
  };
}

/** Where the folder transport puts an email's attachments, relative to the mail folder. */
export const attachmentFolder = (emailId: string) => `${emailId}.attachments`;

/** What the folder transport wrote in an email's JSON file about each attachment. */
export type WrittenAttachment = { filename: string; contentType: string; bytes: number; file: string };

/** The provider when one is configured, the mail folder otherwise. */
export function mailTransportFromEnv(env: Pick<Env, "EMAIL_API_URL" | "EMAIL_API_KEY" | "EMAIL_FROM" | "MAIL_DIR">) {
  return env.EMAIL_API_URL && env.EMAIL_API_KEY
    ? httpMailTransport({ apiUrl: env.EMAIL_API_URL, apiKey: env.EMAIL_API_KEY, from: env.EMAIL_FROM })
    : folderMailTransport(path.resolve(env.MAIL_DIR));
}
