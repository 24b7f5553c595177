// Membership status of an organisation, and the changes coordinators may make to it. An
// applicant becomes active only by the approval of its application (membership.server.ts).
import type { MembershipStatus } from "~/generated/prisma/enums";

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
