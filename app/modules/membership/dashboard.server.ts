// What an organisation's dashboard shows about its membership: the commitments checklist,
// the current Charter and whether it is signed, the application, and the status history.
import type { MembershipStatus, PrismaClient } from "~/generated/prisma/client";
import { computeCommitments } from "./commitments.server";
import { standingOf } from "./good-standing.server";

/** The latest status changes shown on the dashboard (the full history is in the audit log). */
const historyShown = 20;

export async function findMembershipDashboard(prisma: PrismaClient, organisation: { id: string; status: MembershipStatus }) {
  const standing = await standingOf(prisma, organisation);
  const [commitments, application, history] = await Promise.all([
    computeCommitments(prisma, organisation.id, standing),
    prisma.membershipApplication.findUnique({ where: { organisationId: organisation.id }, select: { status: true, decisionReason: true } }),
    prisma.membershipEvent.findMany({ where: { organisationId: organisation.id }, orderBy: { at: "desc" }, take: historyShown }),
  ]);
  return {
    commitments,
    charter: standing.charter ? { number: standing.charter.number, signed: standing.signature !== null } : null,
    application: application ? { status: application.status, reason: application.decisionReason } : null,
    history,
  };
}
