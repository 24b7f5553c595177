// The email outbox: mail is written in the transaction of the change that causes it, and a
// worker sends it later. A crashed worker's claims expire and are retried; the outbox id
// travels as the provider's idempotency key, so a retry never sends a message twice.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Language } from "~/utils/languages";
import { retryDelaySeconds } from "~/mechanisms/jobs/backoff";
import { claimDueRows, type LeasedQueue } from "~/mechanisms/jobs/claim-with-lease.server";
import { attachmentRows, attachmentsByEmail, checkAttachments, type EmailAttachment } from "./attachments.server";

export type EmailToSend = {
  to: string;
  language: Language;
  subject: string;
  text: string;
  html: string;
  attachments?: EmailAttachment[];
};

export type OutgoingEmail = Omit<EmailToSend, "attachments"> & { id: string; attachments: EmailAttachment[] };

export type MailTransport = { send(email: OutgoingEmail): Promise<{ providerId: string }> };

type Db = PrismaClient | Prisma.TransactionClient;

export const maxAttempts = 8;

/**
 * Queues an email and its attachments. Pass the transaction of the change that causes it.
 * Throws AttachmentRefused for attachments the outbox does not take (see maxAttachmentBytes).
 */
export async function enqueueEmail(db: Db, { attachments = [], ...email }: EmailToSend) {
  checkAttachments(attachments);
  return db.outboxEmail.create({
    data: { ...email, attachments: { create: attachmentRows(attachments) } },
    select: { id: true },
  });
}

const outboxQueue: LeasedQueue = {
  table: "OutboxEmail",
  dueColumn: "nextAttemptAt",
  orderColumn: "createdAt",
  returning: ["id", "to", "language", "subject", "text", "html", "attempts"],
};

/**
 * Takes up to `limit` due emails for this worker for `leaseSeconds` (claimDueRows: several
 * workers can claim at once without taking the same row); the claim counts as an attempt.
 */
export async function claimDueEmails(db: PrismaClient, { limit = 20, leaseSeconds = 60 } = {}) {
  const claimed = await claimDueRows<Omit<OutgoingEmail, "attachments"> & { attempts: number }>(db, outboxQueue, { limit, leaseSeconds });
  const attachments = await attachmentsByEmail(db, claimed.map((email) => email.id));
  return claimed.map((email) => ({ ...email, attachments: attachments.get(email.id)! }));
}

/** One pass of the worker: claims due emails and sends each. Returns how many were sent. */
export async function deliverDueEmails(db: PrismaClient, transport: MailTransport, options?: { limit?: number }) {
  const claimed = await claimDueEmails(db, options);
  let sent = 0;
  for (const { attempts, ...email } of claimed) {
    try {
      const { providerId } = await transport.send(email);
      await db.outboxEmail.update({
        where: { id: email.id },
        // The body is not kept once sent: it can hold a live link (reset, invitation). Nor
        // are attachments, whatever they are: ours name a person and what they attend or
        // sign, the recipient has their copy, and a per-file rule of which ones are
        // harmless would be one more rule to get wrong.
        data: {
          status: "sent",
          sentAt: new Date(),
          providerId,
          lockedUntil: null,
          lastError: null,
          text: "",
          html: "",
          attachments: { deleteMany: {} },
        },
      });
      sent++;
    } catch (error) {
      const gaveUp = attempts >= maxAttempts;
      await db.outboxEmail.update({
        where: { id: email.id },
        data: {
          status: gaveUp ? "failed" : "pending",
          lockedUntil: null,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
          nextAttemptAt: new Date(Date.now() + retryDelaySeconds(attempts) * 1000),
        },
      });
    }
  }
  return sent;
}
