// The two state machines of membership, as tables of every allowed move and who makes it:
// an application's state, and an organisation's membership status. An applicant becomes
// active only through the approval of its application; every other status change is a
// coordinator's, by hand. The moves themselves: status-workflows.server.ts.
import type { ApplicationStatus, MembershipStatus } from "~/generated/prisma/enums";
import { movesFrom, type TransitionTable } from "~/mechanisms/workflows/transitions";

/** Who moves an organisation's status: the approval of its application, or a coordinator by hand. */
export type StatusChanger = "approval" | "coordinator";

export const membershipStatusTransitions: TransitionTable<MembershipStatus, StatusChanger> = [
  { from: "applicant", to: "active", by: "approval" },
  { from: "active", to: "suspended", by: "coordinator" },
  { from: "active", to: "lapsed", by: "coordinator" },
  { from: "active", to: "resigned", by: "coordinator" },
  { from: "suspended", to: "active", by: "coordinator" },
  { from: "suspended", to: "lapsed", by: "coordinator" },
  { from: "suspended", to: "resigned", by: "coordinator" },
  { from: "lapsed", to: "active", by: "coordinator" },
  { from: "lapsed", to: "resigned", by: "coordinator" },
  // None from resigned: an organisation that wants to come back applies again.
];

export const applicationTransitions: TransitionTable<ApplicationStatus, "coordinator"> = [
  { from: "submitted", to: "approved", by: "coordinator" },
  { from: "submitted", to: "rejected", by: "coordinator" },
];

/** The changes a coordinator makes by hand (approval has its own page). */
export function manualStatusChanges(from: MembershipStatus): MembershipStatus[] {
  return movesFrom(membershipStatusTransitions, from, "coordinator");
}
