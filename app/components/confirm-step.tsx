// The second step of a decision that cannot be undone (approving an application, changing
// a membership status): the action answered the first post with what would happen, and
// this form posts the same values again with `confirmed=yes`. A page of its own in the
// browser's history, so it works without JavaScript; with it, focus moves to the question.
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { ActionError } from "./forms";

/** The field that turns a first post (asking) into the decision itself. */
export const confirmedField = "confirmed";

export function ConfirmStep({
  heading,
  children,
  values,
  confirmLabel,
  cancelLabel,
  cancelTo,
  error,
  danger = false,
}: {
  heading: string;
  /** What will happen, and any warning, in the reader's words. */
  children: ReactNode;
  /** The values of the first post, sent again unchanged. */
  values: Record<string, string>;
  confirmLabel: string;
  cancelLabel: string;
  cancelTo: string;
  /** Why the last confirmation was not carried out (something changed meanwhile). */
  error?: string;
  danger?: boolean;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="confirm-heading" className="confirm-step">
      <h2 id="confirm-heading" ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      <ActionError error={error} />
      {children}
      <Form method="post">
        {Object.entries(values).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={confirmedField} value="yes" />
        <p className="actions">
          <button type="submit" className={danger ? "button--danger" : undefined}>
            {confirmLabel}
          </button>{" "}
          <Link to={cancelTo}>{cancelLabel}</Link>
        </p>
      </Form>
    </section>
  );
}
