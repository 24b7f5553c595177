// A person's own data: everything the portal holds about them as JSON, and erasure.
import type { PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { verifyPassword } from "~/modules/auth/passwords.server";
import type { Origin } from "./accounts.server";

/** Everything stored about the person, machine-readable. Secrets (hashes of passwords and tokens) are left out. */
export async function exportPersonalData(prisma: PrismaClient, userId: string, origin: Origin) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    include: {
      sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, ipAddress: true } },
      tokens: { select: { purpose: true, email: true, createdAt: true, expiresAt: true, usedAt: true } },
      memberships: {
        select: { role: true, signatory: true, createdAt: true, organisation: { select: { name: true, slug: true } } },
      },
    },
  });
  const { passwordHash: _passwordHash, sessions, tokens, memberships, ...profile } = user;
  const [invitationsReceived, emails, auditEvents] = await Promise.all([
    user.email
      ? prisma.invitation.findMany({
          where: { email: user.email },
          select: { role: true, signatory: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, organisation: { select: { name: true } } },
        })
      : [],
    user.email
      ? prisma.outboxEmail.findMany({
          where: { to: user.email },
          select: { subject: true, language: true, status: true, createdAt: true, sentAt: true, text: true },
        })
      : [],
    prisma.auditEvent.findMany({
      where: { OR: [{ actorId: userId }, { subjectUserId: userId }] },
      select: { at: true, action: true, organisationId: true, ipAddress: true, details: true },
      orderBy: { at: "asc" },
    }),
  ]);
  await recordAudit(prisma, { action: "account.exported", actorId: userId, subjectUserId: userId, ipAddress: origin.clientAddress });
  return {
    exportedAt: new Date().toISOString(),
    profile,
    organisations: memberships,
    invitationsReceived,
    sessions,
    emailLinks: tokens,
    emails,
    auditEvents: auditEvents.map((event) => ({ ...event, id: undefined })),
  };
}

/**
 * Erases an account. The row stays, emptied of everything personal, because records others
 * rely on point to it; sessions, links, memberships and mails to the person go; the audit
 * log keeps its entries without the IP address.
 */
export async function eraseAccount(prisma: PrismaClient, input: { userId: string; password: string }) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false as const, error: "wrongPassword" as const };
  return prisma.$transaction(async (tx) => {
    // An organisation with other people must not be left without an admin.
    const adminOf = await tx.organisationMembership.findMany({
      where: { userId: user.id, role: "admin" },
      select: { organisationId: true, organisation: { select: { name: true } } },
    });
    for (const { organisationId, organisation } of adminOf) {
      await tx.$queryRaw`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
      const others = await tx.organisationMembership.findMany({ where: { organisationId, userId: { not: user.id } }, select: { role: true } });
      if (others.length > 0 && !others.some((other) => other.role === "admin")) {
        return { ok: false as const, error: "lastAdmin" as const, organisation: organisation.name };
      }
    }
    if (user.networkRole === "network_admin") {
      const others = await tx.user.count({ where: { networkRole: "network_admin", id: { not: user.id } } });
      if (others === 0) return { ok: false as const, error: "lastNetworkAdmin" as const, organisation: null };
    }
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.userToken.deleteMany({ where: { userId: user.id } });
    await tx.organisationMembership.deleteMany({ where: { userId: user.id } });
    if (user.email) {
      await tx.outboxEmail.deleteMany({ where: { to: user.email } });
      await tx.invitation.deleteMany({ where: { email: user.email, acceptedAt: null } });
    }
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: null,
        passwordHash: null,
        emailConfirmedAt: null,
        name: "",
        title: "",
        languagesSpoken: [],
        networkRole: null,
        erasedAt: new Date(),
      },
    });
    await tx.auditEvent.updateMany({
      where: { OR: [{ actorId: user.id }, { subjectUserId: user.id }], ipAddress: { not: "" } },
      data: { ipAddress: "" },
    });
    // Written after the blanking, so this entry keeps no address either.
    await recordAudit(tx, { action: "account.erased", actorId: user.id, subjectUserId: user.id });
    return { ok: true as const };
  });
}
