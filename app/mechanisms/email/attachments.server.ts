// Files sent with an outbox email (an event's .ics): checked and stored with the email in
// the caller's transaction, read back by the worker, and deleted once the email is sent (deliverDueEmails).
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

export type EmailAttachment = { filename: string; contentType: string; content: Uint8Array };

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * All of one email's attachments together, before Base64. Far above a calendar file or a
 * short PDF, far below what providers refuse (Resend: 40 MB per email after Base64), and
 * small enough that the outbox table never holds much.
 */
export const maxAttachmentBytes = 5 * 1024 * 1024;

export class AttachmentRefused extends Error {}

/** A name a mail client shows and a folder can hold: no path, no control characters. */
const safeFilename = /^[^/\\\p{Cc}]{1,200}$/u;
const mediaType = /^[a-z]+\/[a-z0-9.+-]+(;.*)?$/i;

/** Throws AttachmentRefused for a name, a type or a total size the outbox does not accept. */
export function checkAttachments(attachments: EmailAttachment[]) {
  for (const { filename, contentType } of attachments) {
    if (!safeFilename.test(filename) || filename === "." || filename === "..") {
      throw new AttachmentRefused(`attachment name not accepted: ${JSON.stringify(filename)}`);
    }
    if (!mediaType.test(contentType)) throw new AttachmentRefused(`attachment type not accepted: ${JSON.stringify(contentType)}`);
  }
  const total = attachments.reduce((sum, attachment) => sum + attachment.content.byteLength, 0);
  if (total > maxAttachmentBytes) {
    throw new AttachmentRefused(`attachments of ${total} bytes; an email takes at most ${maxAttachmentBytes}`);
  }
}

/** The nested write that stores attachments with their email, in order. */
export function attachmentRows(attachments: EmailAttachment[]) {
  return attachments.map(({ filename, contentType, content }, position) => ({
    position,
    filename,
    contentType,
    contentBase64: Buffer.from(content).toString("base64"),
  }));
}

/** The attachments of the given emails, by email id, in the order they were queued. */
export async function attachmentsByEmail(db: Db, emailIds: string[]) {
  const byEmail = new Map<string, EmailAttachment[]>(emailIds.map((id) => [id, []]));
  if (emailIds.length === 0) return byEmail;
  const rows = await db.outboxAttachment.findMany({
    where: { emailId: { in: emailIds } },
    orderBy: [{ emailId: "asc" }, { position: "asc" }],
  });
  for (const { emailId, filename, contentType, contentBase64 } of rows) {
    byEmail.get(emailId)!.push({ filename, contentType, content: new Uint8Array(Buffer.from(contentBase64, "base64")) });
  }
  return byEmail;
}
