// What an organisation's dashboard shows about its membership: the commitments checklist,
// the current Charter and whether it is signed, the application, and the status history.
import type { PrismaClient } from "~/generated/prisma/client";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { hasSigned } from "~/modules/charter/signatures.server";
import { computeCommitments } from "./commitments.server";

/** The latest status changes shown on the dashboard (the full history is in the audit log). */
const historyShown = 20;

export async function findMembershipDashboard(prisma: PrismaClient, organisationId: string) {
  const [commitments, version, application, history] = await Promise.all([
    computeCommitments(prisma, organisationId),
    findCurrentCharter(prisma),
    prisma.membershipApplication.findUnique({ where: { organisationId }, select: { status: true, decisionReason: true } }),
    prisma.membershipEvent.findMany({ where: { organisationId }, orderBy: { at: "desc" }, take: historyShown }),
  ]);
  const signed = version ? await hasSigned(prisma, organisationId, version.id) : false;
  return {
    commitments,
    charter: version ? { number: version.number, signed } : null,
    application: application ? { status: application.status, reason: application.decisionReason } : null,
    history,
  };
}
