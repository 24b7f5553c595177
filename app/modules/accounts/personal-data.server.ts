// A person's own data: everything the portal holds about them as JSON, and erasure.
import type { PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { verifyPassword } from "~/modules/auth/passwords.server";
import { lockOrganisation } from "~/mechanisms/locks/locks.server";
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
  const [charterSignatures, applications, invitationsReceived, emails, auditEvents] = await Promise.all([
    prisma.charterSignature.findMany({
      where: { signatoryId: userId },
      select: { kind: true, signatoryName: true, signatoryTitle: true, language: true, textSha256: true, at: true, organisation: { select: { name: true } }, version: { select: { number: true } } },
    }),
    prisma.membershipApplication.findMany({
      where: { applicantId: userId },
      select: { motivation: true, status: true, createdAt: true, decidedAt: true, decisionReason: true, organisation: { select: { name: true } } },
    }),
    user.email
      ? prisma.invitation.findMany({
          where: { email: user.email },
          select: { role: true, signatory: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, organisation: { select: { name: true } } },
        })
      : [],
    // Subjects, not bodies: a body may hold a link that still works.
    user.email
      ? prisma.outboxEmail.findMany({
          where: { to: user.email },
          select: { subject: true, language: true, status: true, createdAt: true, sentAt: true },
        })
      : [],
    prisma.auditEvent.findMany({
      where: { OR: [{ actorId: userId }, { subjectUserId: userId }] },
      select: { at: true, action: true, actorId: true, organisationId: true, ipAddress: true, details: true },
      orderBy: { at: "asc" },
    }),
  ]);
  await recordAudit(prisma, { action: "account.exported", actorId: userId, subjectUserId: userId, ipAddress: origin.clientAddress });
  return {
    exportedAt: new Date().toISOString(),
    profile,
    organisations: memberships,
    charterSignatures,
    membershipApplications: applications,
    invitationsReceived,
    sessions,
    emailLinks: tokens,
    emails,
    // The address of someone else acting on the person (an admin changing their role) is not theirs to have.
    auditEvents: auditEvents.map(({ actorId, ipAddress, ...event }) => ({
      ...event,
      byYou: actorId === userId,
      ipAddress: ownsAddress(actorId, userId) ? ipAddress : undefined,
    })),
  };
}

/** An audit entry's address is the person's when they acted, or when no one did (a failed sign-in on their account). */
function ownsAddress(actorId: string | null, userId: string) {
  return actorId === userId || actorId === null;
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
      await lockOrganisation(tx, organisationId);
      const others = await tx.organisationMembership.findMany({ where: { organisationId, userId: { not: user.id } }, select: { role: true } });
      if (others.length > 0 && !others.some((other) => other.role === "admin")) {
        return { ok: false as const, error: "lastAdmin" as const, organisation: organisation.name };
      }
    }
    if (user.networkRole === "network_admin") {
      const others = await tx.user.count({ where: { networkRole: "network_admin", id: { not: user.id } } });
      if (others === 0) return { ok: false as const, error: "lastNetworkAdmin" as const, organisation: null };
    }
    // A signature stays (the organisation signed), without the name or title of the person.
    await tx.charterSignature.updateMany({
      where: { signatoryId: user.id },
      data: { signatoryId: null, signatoryName: "", signatoryTitle: "" },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.userToken.deleteMany({ where: { userId: user.id } });
    await tx.organisationMembership.deleteMany({ where: { userId: user.id } });
    if (user.email) {
      const email = user.email;
      await tx.outboxEmail.deleteMany({ where: { to: email } });
      await tx.invitation.deleteMany({ where: { email } });
      await tx.rateLimitBucket.deleteMany({
        where: {
          OR: [
            { key: `sign-in:account:${email}` },
            { key: `reset:account:${email}` },
            { key: { startsWith: `sign-in:account-address:${email}:` } },
          ],
        },
      });
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
    // The addresses that were the person's (see ownsAddress); an admin's address on an entry about them stays.
    await tx.auditEvent.updateMany({
      where: { OR: [{ actorId: user.id }, { subjectUserId: user.id, actorId: null }], ipAddress: { not: "" } },
      data: { ipAddress: "" },
    });
    // Written after the blanking, so this entry keeps no address either.
    await recordAudit(tx, { action: "account.erased", actorId: user.id, subjectUserId: user.id });
    return { ok: true as const };
  });
}
