// How membership's two workflows (tables in transitions.ts) write a move: an
// application's decision is kept on its own row; an organisation's status change adds a
// MembershipEvent to its history. Both go through performMove, and nothing else sets
// either status.
import type { ApplicationStatus, MembershipStatus, Prisma } from "~/generated/prisma/client";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import { applicationTransitions, membershipStatusTransitions, type StatusChanger } from "./transitions";

type Tx = Prisma.TransactionClient;

type StatusChange = {
  reason: string;
  actorId: string;
  ipAddress: string;
  /** Set with the first move to active; kept through later suspensions and reinstatements. */
  memberSince?: Date;
};

/** One line of an organisation's membership history; `from` is null when it was created. */
export function recordMembershipEvent(
  tx: Tx,
  event: { organisationId: string; from: MembershipStatus | null; to: MembershipStatus; reason?: string; actorId: string },
) {
  return tx.membershipEvent.create({
    data: { organisationId: event.organisationId, fromStatus: event.from, toStatus: event.to, reason: event.reason, actorId: event.actorId },
  });
}

export const membershipStatusWorkflow: Workflow<MembershipStatus, StatusChanger, StatusChange> = {
  transitions: membershipStatusTransitions,
  setState: (tx, where, move) =>
    tx.organisation.updateMany({ where, data: { status: move.to, ...(move.memberSince ? { memberSince: move.memberSince } : {}) } }),
  recordHistory: (tx, move) =>
    recordMembershipEvent(tx, { organisationId: move.id, from: move.from, to: move.to, reason: move.reason, actorId: move.actorId }),
  // An approval's own entry (membership.approved) already tells that the organisation joined.
  auditEntry: (move) =>
    move.by === "approval"
      ? null
      : {
          action: "membership.status_changed",
          actorId: move.actorId,
          organisationId: move.id,
          ipAddress: move.ipAddress,
          details: { from: move.from, to: move.to, reason: move.reason },
        },
};

type Decision = { organisationId: string; reason: string; actorId: string; ipAddress: string };

export const applicationWorkflow: Workflow<ApplicationStatus, "coordinator", Decision> = {
  transitions: applicationTransitions,
  setState: (tx, where, move) =>
    tx.membershipApplication.updateMany({
      where,
      data: { status: move.to, decidedById: move.actorId, decidedAt: new Date(), decisionReason: move.reason },
    }),
  auditEntry: (move) => ({
    action: move.to === "approved" ? "membership.approved" : "membership.rejected",
    actorId: move.actorId,
    organisationId: move.organisationId,
    ipAddress: move.ipAddress,
    details: { reason: move.reason },
  }),
};
