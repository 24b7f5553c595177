// What every form action does with what it was sent: read it, pick the handler for its
// `intent`, and answer a refusal in one shape (FormReply, app/utils/form-reply.ts).
import type { Submission } from "@conform-to/react";
import { data, type AppLoadContext } from "@remix-run/node";
import { pageForm, type FormReply } from "./form-reply";
import type { Origin } from "./origin";

/** Fields never sent back to the browser with an error (the form is redrawn without them). */
const secretFields = ["password", "currentPassword", "newPassword", "confirmation"];

type Errors = {
  formError?: string;
  field?: string;
  fieldError?: string;
  /** What the message names ({{organisation}}…), sent beside Conform's reply. */
  values?: Record<string, string>;
};

/** The reply Conform redraws the form from: its errors and what the person typed, except passwords. */
export function errorReply<Schema>(submission: Submission<Schema>, { formError, field, fieldError }: Omit<Errors, "values"> = {}) {
  return submission.reply({
    hideFields: secretFields,
    ...(formError ? { formErrors: [formError] } : {}),
    ...(field && fieldError ? { fieldErrors: { [field]: [fieldError] } } : {}),
  });
}

/** The form `form` sent back with Conform's reply (its errors and what was typed), as a 400 unless `status` says otherwise. */
export function refuseForm<Schema>(form: string, submission: Submission<Schema>, errors: Errors = {}, status = 400) {
  const { values, ...messages } = errors;
  return data<FormReply>({ form, result: errorReply(submission, messages), ...(values ? { values } : {}) }, { status });
}

/** A message for the form `form` as a whole (for a row action: `pageForm`), as a 400 unless `status` says otherwise. */
export function refuseWith(form: string, error: string, status = 400) {
  return data<FormReply>({ form, error }, { status });
}

type IntentHandlers = Record<string, () => Promise<unknown>>;

/**
 * A page with several forms tells them apart by the field `intent`: this runs the handler
 * named by it, and refuses a missing or unknown intent with a 400 (never a 500).
 */
export async function handleIntent<Handlers extends IntentHandlers>(
  formData: FormData,
  handlers: Handlers,
): Promise<Awaited<ReturnType<Handlers[keyof Handlers]>> | ReturnType<typeof refuseWith>> {
  const intent = formData.get("intent");
  const handler = typeof intent === "string" && Object.hasOwn(handlers, intent) ? handlers[intent] : undefined;
  if (!handler) return refuseWith(pageForm, "invalid");
  return (await handler()) as Awaited<ReturnType<Handlers[keyof Handlers]>>;
}

/** The form a browser sent; anything that is not a form (JSON, garbage) is a 400, not a 500. */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw new Response("Bad Request: expected a form", { status: 400, statusText: "Bad Request" });
  }
}

/** The client's address, for rate limits and the audit log. */
export function requestOrigin(context: AppLoadContext): Origin {
  return { clientAddress: context.clientAddress ?? "" };
}
