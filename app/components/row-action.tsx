// A small form on a table row or list item: hidden ids and a button (remove, revoke,
// remind…). The button names its row for screen readers ("Remove Ana Silva"), since a
// page has one such button per row.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

/** A post form carrying `fields` as hidden inputs (the intent and the row's id). */
export function RowActionForm({
  id,
  fields,
  className,
  children,
}: {
  id?: string;
  fields: Record<string, string>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" id={id} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </Form>
  );
}

/** A submit button whose accessible name ends with the row it acts on; `intent` when it is one of several. */
export function RowActionButton({
  label,
  subject,
  intent,
  className,
}: {
  label: string;
  subject: string;
  intent?: string;
  className?: string;
}) {
  return (
    <button type="submit" name={intent ? "intent" : undefined} value={intent} className={className}>
      {label}
      <span className="visually-hidden"> {subject}</span>
    </button>
  );
}

/** The usual case: one secondary button that sends the row's intent and ids. */
export function RowAction({
  intent,
  fields,
  label,
  subject,
  formClassName,
}: {
  intent: string;
  fields: Record<string, string>;
  label: string;
  subject: string;
  formClassName?: string;
}) {
  return (
    <RowActionForm fields={{ intent, ...fields }} className={formClassName}>
      <RowActionButton label={label} subject={subject} className="button--secondary" />
    </RowActionForm>
  );
}
