// The two state machines of membership, as tables: an application's state, and an
// organisation's membership status. An applicant becomes active only by the approval of
// its application (membership.server.ts, beside this file); every other change is a coordinator's.
import type { ApplicationStatus, MembershipStatus } from "~/generated/prisma/enums";

export const applicationTransitions: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ["approved", "rejected"],
  approved: [],
  rejected: [],
};

/** The states an application can be decided from. */
export const decidableApplicationStates = (Object.keys(applicationTransitions) as ApplicationStatus[]).filter(
  (state) => applicationTransitions[state].length > 0,
);

export const statusTransitions: Record<MembershipStatus, readonly MembershipStatus[]> = {
  applicant: ["active"],
  active: ["suspended", "lapsed", "resigned"],
  suspended: ["active", "lapsed", "resigned"],
  lapsed: ["active", "resigned"],
  // A resigned organisation that wants to come back applies again.
  resigned: [],
};

export function canChangeStatus(from: MembershipStatus, to: MembershipStatus) {
  return statusTransitions[from].includes(to);
}

/** The changes a coordinator makes by hand (approval has its own page). */
export function manualStatusChanges(from: MembershipStatus): MembershipStatus[] {
  return from === "applicant" ? [] : [...statusTransitions[from]];
}
