// Who may do what with an organisation's library, beyond the roles table: writing needs
// the organisation to be an active member too. Routes ask here in every loader and action.
import { can, rolesOf, type Actor, type Scope } from "~/modules/auth/permissions";
import type { EntryActor } from "./revision-workflow";

export function libraryAccess(user: Actor, organisation: { status: string }, scope: Scope) {
  const isActive = organisation.status === "active";
  const canReview = can(user, "library:review");
  const archiveAs: EntryActor | null = canReview ? "coordinator" : rolesOf(user, scope).has("organisation:admin") ? "organisationAdmin" : null;
  return {
    /** Holds the role to write (the page explains when the organisation is not active). */
    isWriter: can(user, "library:write", scope),
    canWrite: can(user, "library:write", scope) && isActive,
    canReview,
    archiveAs,
  };
}
