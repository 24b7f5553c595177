// The one shape in which every action answers a refused form, and how a page finds the
// reply meant for one of its forms. Actions build it with app/utils/forms.server.ts.
import type { SubmissionResult } from "@conform-to/react";

/**
 * `form` names the form on the page that was refused (`page` for a message shown at the
 * top, such as a refused row action); `result` is Conform's reply (field errors and what
 * was typed), `error` a message key (the `forms` namespace) for the form as a whole, and
 * `values` what a message names (an organisation…). A page with one form answers as `page`.
 */
export type FormReply = { form: string; result?: SubmissionResult<string[]>; error?: string; values?: Record<string, string> };

/** Where a message that belongs to no one form (a row action, an unknown intent) is shown. */
export const pageForm = "page";

/** The reply to the form `form`, if the last action answered that form. */
export function replyFor(actionData: unknown, form: string): FormReply | undefined {
  const reply = actionData as FormReply | undefined;
  return reply && typeof reply === "object" && reply.form === form ? reply : undefined;
}

/** Set on the root's data, for `meta` functions, when the page answers a refused form (app/components/page-meta.tsx). */
export const formRefusedKey = "formRefused";

/**
 * True when an action's data is a refused form: a message for the whole form or a field
 * error in Conform's reply. The page title then says "Error:" (app/components/page-meta.tsx).
 */
export function isRefusal(actionData: unknown): boolean {
  const reply = actionData as FormReply | undefined;
  if (!reply || typeof reply !== "object" || typeof reply.form !== "string") return false;
  if (reply.error) return true;
  return Object.values(reply.result?.error ?? {}).some((errors) => Boolean(errors?.length));
}
