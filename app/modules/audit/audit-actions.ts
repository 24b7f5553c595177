// Every kind of event the audit log records (shared with the page that filters by them).
export const auditActions = [
  "account.signed_up",
  "account.email_confirmed",
  "account.email_change_requested",
  "account.email_changed",
  "account.password_changed",
  "account.password_reset_requested",
  "account.password_reset",
  "account.profile_updated",
  "account.exported",
  "account.erased",
  "auth.signed_in",
  "auth.sign_in_failed",
  "auth.rate_limited",
  "auth.signed_out",
  "auth.signed_out_elsewhere",
  "auth.session_revoked",
  "organisation.invitation_sent",
  "organisation.invitation_revoked",
  "organisation.invitation_accepted",
  "organisation.role_changed",
  "organisation.member_removed",
  "network.role_granted",
  "network.role_revoked",
] as const;

export type AuditAction = (typeof auditActions)[number];
