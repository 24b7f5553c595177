// The audit log: one append-only row per security-relevant event. Details hold ids and
// facts, never an email address or a name (see the AuditEvent model).
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

export const auditActions = [
  "account.signed_up",
  "account.email_confirmed",
  "account.email_change_requested",
  "account.email_changed",
  "account.password_changed",
  "account.password_reset_requested",
  "account.password_reset",
  "account.profile_updated",
  "account.exported",
  "account.erased",
  "auth.signed_in",
  "auth.sign_in_failed",
  "auth.rate_limited",
  "auth.signed_out",
  "auth.signed_out_elsewhere",
  "auth.session_revoked",
  "organisation.invitation_sent",
  "organisation.invitation_revoked",
  "organisation.invitation_accepted",
  "organisation.role_changed",
  "organisation.member_removed",
  "network.role_granted",
  "network.role_revoked",
] as const;

export type AuditAction = (typeof auditActions)[number];

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
