// The rule that an organisation keeps an admin while it needs one, in one place for
// role changes, removal and erasure alike.
import type { ApplicationStatus, MembershipStatus, Prisma } from "~/generated/prisma/client";
import { lockOrganisation } from "~/mechanisms/locks/locks.server";

/**
 * A member (active, suspended or lapsed, all of which can become active again) or an
 * applicant whose application is still waiting needs someone to act for it. One that
 * resigned, or whose application was rejected, does not: nothing is left to run.
 */
export function needsAnAdmin(organisation: { status: MembershipStatus; application: { status: ApplicationStatus } | null }) {
  if (organisation.status === "resigned") return false;
  if (organisation.status === "applicant") return organisation.application?.status === "submitted";
  return true;
}

/**
 * True when taking the admin role from `userId` (a new role, removal or erasure) would
 * leave the organisation without one while it needs one. Takes the organisation's row
 * lock, so the answer holds until the caller's transaction commits.
 */
export async function isLastNeededAdmin(tx: Prisma.TransactionClient, organisationId: string, userId: string) {
  await lockOrganisation(tx, organisationId);
  const organisation = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { status: true, application: { select: { status: true } } },
  });
  if (!needsAnAdmin(organisation)) return false;
  const admins = await tx.organisationMembership.findMany({ where: { organisationId, role: "admin" }, select: { userId: true } });
  return admins.some((admin) => admin.userId === userId) && admins.every((admin) => admin.userId === userId);
}

/**
 * The first organisation (by id, the order its lock is taken in) the person is the last
 * needed admin of; `alone` when nobody else is in it, so there is no one to make admin.
 */
export async function organisationLeftWithoutAdmin(tx: Prisma.TransactionClient, userId: string) {
  const adminOf = await tx.organisationMembership.findMany({
    where: { userId, role: "admin" },
    select: { organisation: { select: { id: true, name: true } } },
    orderBy: { organisationId: "asc" },
  });
  for (const { organisation } of adminOf) {
    if (await isLastNeededAdmin(tx, organisation.id, userId)) {
      const others = await tx.organisationMembership.count({ where: { organisationId: organisation.id, userId: { not: userId } } });
      return { ...organisation, alone: others === 0 };
    }
  }
  return null;
}
