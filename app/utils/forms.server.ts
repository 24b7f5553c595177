// What every form action does with what it was sent.
import type { Submission } from "@conform-to/react";
import { data, type AppLoadContext } from "@remix-run/node";

/** Fields never sent back to the browser with an error (the form is redrawn without them). */
const secretFields = ["password", "currentPassword", "newPassword", "confirmation"];

type Errors = { formError?: string; field?: string; fieldError?: string };

/** The reply Conform redraws the form from: its errors and what the person typed, except passwords. */
export function errorReply<Schema>(submission: Submission<Schema>, { formError, field, fieldError }: Errors = {}) {
  return submission.reply({
    hideFields: secretFields,
    ...(formError ? { formErrors: [formError] } : {}),
    ...(field && fieldError ? { fieldErrors: { [field]: [fieldError] } } : {}),
  });
}

/** The form again with its errors, as a 400. */
export function invalid<Schema>(submission: Submission<Schema>, formError?: string) {
  return data(errorReply(submission, { formError }), { status: 400 });
}

/** An error shown against one field, such as a wrong current password, as a 400. */
export function fieldError<Schema>(submission: Submission<Schema>, field: string, error: string) {
  return data(errorReply(submission, { field, fieldError: error }), { status: 400 });
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
export function requestOrigin(context: AppLoadContext) {
  return { clientAddress: context.clientAddress ?? "" };
}
