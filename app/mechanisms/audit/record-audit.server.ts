// The audit log: one append-only row per security-relevant event. Details hold ids and
// facts, never an email address or a name (see the AuditEvent model).
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { AuditAction } from "./audit-actions";


export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  subjectUserId?: string | null;
  organisationId?: string | null;
  ipAddress?: string;
  details?: Prisma.InputJsonObject;
};

type Writer = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

/** Call inside the transaction that makes the change, so the two stand or fall together. */
export async function recordAudit(prisma: Writer, entry: AuditEntry) {
  await prisma.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      subjectUserId: entry.subjectUserId ?? null,
      organisationId: entry.organisationId ?? null,
      ipAddress: entry.ipAddress ?? "",
      details: entry.details ?? {},
    },
  });
}
