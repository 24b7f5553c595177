// The people of an organisation: invitations, roles, the signatory flag, removal. An
// organisation keeps an admin while it needs one (last-admin.server.ts).
import type { OrganisationRole, PrismaClient } from "~/generated/prisma/client";
import type { Origin } from "~/utils/origin";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { lockOrganisation } from "~/mechanisms/locks/locks.server";
import { randomToken, tokenHash } from "~/modules/auth/tokens.server";
import { link } from "~/mechanisms/email/links.server";
import { mailAddress, recipientLanguage } from "~/mechanisms/email/mail-person.server";
import { i18nServer } from "~/utils/i18n.server";
import { isLastNeededAdmin } from "./last-admin.server";
import type { Language } from "~/utils/languages";

export const invitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;


export async function listPeople(prisma: PrismaClient, organisationId: string) {
  const [memberships, invitations] = await Promise.all([
    prisma.organisationMembership.findMany({
      where: { organisationId },
      include: { user: { select: { id: true, name: true, email: true, title: true } } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    }),
    prisma.invitation.findMany({
      where: { organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      select: { id: true, email: true, role: true, signatory: true, expiresAt: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return { memberships, invitations };
}

type Invite = {
  organisationId: string;
  email: string;
  role: OrganisationRole;
  signatory: boolean;
  invitedById: string;
  /** The inviter's language: the invitation goes out in it unless the person has an account. */
  language: Language;
};

export async function invite(prisma: PrismaClient, input: Invite, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId);
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId } });
    const existingUser = await tx.user.findUnique({
      where: { email: input.email },
      include: { memberships: { where: { organisationId: input.organisationId } } },
    });
    if (existingUser?.memberships.length) return { ok: false as const, error: "alreadyMember" as const };
    // A new invitation replaces a pending one to the same address.
    await tx.invitation.updateMany({
      where: { organisationId: input.organisationId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const token = randomToken();
    const invitation = await tx.invitation.create({
      data: {
        id: tokenHash(token),
        organisationId: input.organisationId,
        email: input.email,
        role: input.role,
        signatory: input.signatory,
        invitedById: input.invitedById,
        expiresAt: new Date(Date.now() + invitationLifetimeMs),
      },
    });
    // Someone with an account reads it in their language; a new address in the inviter's choice.
    const language = existingUser ? recipientLanguage(existingUser, input.language) : input.language;
    await mailAddress(tx, { email: input.email, language }, "invitation", async (language) => ({
      organisation: organisation.name,
      role: (await i18nServer.getFixedT(language, "organisations"))(`roles.${input.role}`),
      link: link(`/${language}/invitation`, { token }),
    }));
    await recordAudit(tx, {
      action: "organisation.invitation_sent",
      actorId: input.invitedById,
      subjectUserId: existingUser?.id,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { invitation: invitation.id.slice(0, 12), role: input.role, signatory: input.signatory },
    });
    return { ok: true as const };
  });
}

export async function revokeInvitation(
  prisma: PrismaClient,
  input: { organisationId: string; invitationId: string; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id: input.invitationId, organisationId: input.organisationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) return { ok: false as const, error: "invitationGone" as const };
    await recordAudit(tx, {
      action: "organisation.invitation_revoked",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { invitation: input.invitationId.slice(0, 12) },
    });
    return { ok: true as const };
  });
}

/** An invitation a link points to, if it can still be accepted. */
export async function findPendingInvitation(prisma: PrismaClient, token: string) {
  return prisma.invitation.findFirst({
    where: { id: tokenHash(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    include: { organisation: { select: { id: true, name: true, slug: true } } },
  });
}

/**
 * Joins the signed-in person to the organisation. The link works once, and only for the
 * account with the address it was sent to: a forwarded invitation gives no one a role.
 */
export async function acceptInvitation(
  prisma: PrismaClient,
  input: { token: string; userId: string; userEmail: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    const id = tokenHash(input.token);
    const pending = await tx.invitation.findUnique({ where: { id }, select: { email: true, organisationId: true } });
    if (!pending) return { ok: false as const, error: "invalidLink" as const };
    if (pending.email !== input.userEmail) return { ok: false as const, error: "invitationForSomeoneElse" as const };
    // The organisation first, in the same order as invite(), so the two cannot deadlock.
    await lockOrganisation(tx, pending.organisationId);
    const accepted = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      data: { acceptedAt: new Date() },
    });
    if (accepted.count !== 1) return { ok: false as const, error: "invalidLink" as const };
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id }, include: { organisation: true } });
    const existing = await tx.organisationMembership.findUnique({
      where: { organisationId_userId: { organisationId: invitation.organisationId, userId: input.userId } },
    });
    if (!existing) {
      await tx.organisationMembership.create({
        data: {
          organisationId: invitation.organisationId,
          userId: input.userId,
          role: invitation.role,
          signatory: invitation.signatory,
        },
      });
    }
    await recordAudit(tx, {
      action: "organisation.invitation_accepted",
      actorId: input.userId,
      subjectUserId: input.userId,
      organisationId: invitation.organisationId,
      ipAddress: origin.clientAddress,
      details: { role: invitation.role, signatory: invitation.signatory, alreadyMember: Boolean(existing) },
    });
    return { ok: true as const, organisation: invitation.organisation };
  });
}

type MembershipChange = {
  organisationId: string;
  userId: string;
  role: OrganisationRole;
  signatory: boolean;
  actorId: string;
};

export async function changeMembership(prisma: PrismaClient, input: MembershipChange, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId);
    const where = { organisationId_userId: { organisationId: input.organisationId, userId: input.userId } };
    const current = await tx.organisationMembership.findUnique({ where });
    if (!current) return { ok: false as const, error: "notMember" as const };
    if (current.role === "admin" && input.role !== "admin" && (await isLastNeededAdmin(tx, input.organisationId, input.userId))) {
      return { ok: false as const, error: "lastAdmin" as const };
    }
    if (current.role === input.role && current.signatory === input.signatory) return { ok: true as const };
    await tx.organisationMembership.update({ where, data: { role: input.role, signatory: input.signatory } });
    await recordAudit(tx, {
      action: "organisation.role_changed",
      actorId: input.actorId,
      subjectUserId: input.userId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { from: { role: current.role, signatory: current.signatory }, to: { role: input.role, signatory: input.signatory } },
    });
    return { ok: true as const };
  });
}

export async function removeMember(
  prisma: PrismaClient,
  input: { organisationId: string; userId: string; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId);
    const where = { organisationId_userId: { organisationId: input.organisationId, userId: input.userId } };
    const current = await tx.organisationMembership.findUnique({ where });
    if (!current) return { ok: false as const, error: "notMember" as const };
    if (current.role === "admin" && (await isLastNeededAdmin(tx, input.organisationId, input.userId))) {
      return { ok: false as const, error: "lastAdmin" as const };
    }
    await tx.organisationMembership.delete({ where });
    await recordAudit(tx, {
      action: "organisation.member_removed",
      actorId: input.actorId,
      subjectUserId: input.userId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { role: current.role, signatory: current.signatory },
    });
    return { ok: true as const };
  });
}
