// Who may do what: the roles table of DOMAIN.md as data. The server checks every loader
// and action against it through requirePermission (permissions.server.ts); the UI only
// uses it to decide what to show.

export type NetworkRole = "coordinator" | "network_admin";
export type OrganisationRole = "admin" | "editor" | "member";

/** The roles a person can hold; organisation roles count only for that organisation. */
export type Role =
  | "person"
  | "coordinator"
  | "network_admin"
  | "organisation:admin"
  | "organisation:editor"
  | "organisation:member"
  | "organisation:signatory";

export const permissions = {
  /** Profile, password, email, sessions, export and erase of one's own account. */
  "account:manage-own": ["person"],
  /** Invite people to an organisation, change their roles, remove them. */
  "organisation:manage-people": ["organisation:admin", "network_admin"],
  /** See who belongs to an organisation. */
  "organisation:view-people": [
    "organisation:admin",
    "organisation:editor",
    "organisation:member",
    "coordinator",
    "network_admin",
  ],
  /** An organisation's dashboard: its commitments, Charter signature and status. */
  "organisation:view-dashboard": [
    "organisation:admin",
    "organisation:editor",
    "organisation:member",
    "coordinator",
    "network_admin",
  ],
  /** Edit the organisation's public profile and descriptions, and name its experts. */
  "organisation:edit-profile": ["organisation:admin", "organisation:editor", "network_admin"],
  /** Sign (or withdraw) the Charter for the organisation. */
  "charter:sign": ["organisation:signatory"],
  /** Review membership applications; suspend, lapse or record resignations; send Charter reminders. */
  "membership:review": ["coordinator", "network_admin"],
  /** Search the experts members have named. */
  "experts:search": ["coordinator", "network_admin"],
  /** Write the organisation's library entries and submit them for review (an active member's only: library-access.ts). */
  "library:write": ["organisation:admin", "organisation:editor"],
  /** Review library revisions: send back with notes or approve; archive and bring back entries. */
  "library:review": ["coordinator", "network_admin"],
  /** Create, edit, publish and cancel events; see their registrations and answers, and decide them. */
  "events:manage": ["coordinator", "network_admin"],
  /** Prepare a draft event the organisation hosts, for a coordinator to publish. */
  "events:prepare-hosted": ["organisation:admin"],
  /** Register a group of the organisation's delegates for an event. */
  "events:register-group": ["organisation:admin"],
  /** State what the organisation offers and seeks through twinning; see and ask for partner suggestions. */
  "twinning:edit-profile": ["organisation:admin", "organisation:editor", "network_admin"],
  /** Ask for an introduction to a suggested partner, and answer one made to the organisation. */
  "twinning:answer-introductions": ["organisation:admin", "organisation:editor"],
  /** See the best pairs across the network, introduce two organisations, follow unanswered introductions. */
  "twinning:introduce": ["coordinator", "network_admin"],
  /** Read the organisation's agreements (not public until active, and then only partners and title). */
  "agreements:view": ["organisation:admin", "organisation:editor", "organisation:member", "coordinator", "network_admin"],
  /** Draft, propose, revise, decline or withdraw an agreement for the organisation; comment on it; plan and report exchanges. */
  "agreements:write": ["organisation:admin", "organisation:editor"],
  /** Sign a revision of an agreement for the organisation. */
  "agreements:sign": ["organisation:signatory"],
  /** Sign a revision for the network; terminate an agreement; see every agreement. */
  "agreements:sign-for-network": ["coordinator", "network_admin"],
  /** Write Charter versions and publish one. */
  "charter:manage-versions": ["network_admin"],
  /** Grant and revoke the coordinator and network admin roles. */
  "network:manage-roles": ["network_admin"],
  /** Read and filter the audit log. */
  "audit:read": ["network_admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/** What the permission check needs to know about a signed-in person. */
export type Actor = {
  id: string;
  networkRole: NetworkRole | null;
  memberships: { organisationId: string; role: OrganisationRole; signatory: boolean }[];
};

export type Scope = { organisationId?: string };

/** The roles an actor holds where the scope applies. */
export function rolesOf(actor: Actor, scope: Scope = {}): Set<Role> {
  const roles = new Set<Role>(["person"]);
  // A network admin can do everything a coordinator can.
  if (actor.networkRole) roles.add("coordinator");
  if (actor.networkRole === "network_admin") roles.add("network_admin");
  const membership = scope.organisationId
    ? actor.memberships.find((m) => m.organisationId === scope.organisationId)
    : undefined;
  if (membership) {
    roles.add(`organisation:${membership.role}`);
    if (membership.signatory) roles.add("organisation:signatory");
  }
  return roles;
}

export function can(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  if (!actor) return false;
  const held = rolesOf(actor, scope);
  return permissions[permission].some((role) => held.has(role));
}
