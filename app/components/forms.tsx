// Form building blocks: labelled fields whose errors are translated, announced and tied
// to the input (aria-describedby), so every form reads the same with a screen reader.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { honeypotField } from "~/utils/fields.schemas";

/** `tooLong:200` → "At most 200 characters." in the reader's language. */
export function useErrorMessage() {
  const { t } = useTranslation("forms");
  return (key: string) => {
    const [name, value] = key.split(":");
    return t(`errors.${name}`, { value, defaultValue: t("errors.invalid") });
  };
}

export function FieldErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
  const message = useErrorMessage();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((error) => (
        <li key={error}>{message(error)}</li>
      ))}
    </ul>
  );
}

/**
 * What a form's failed submission shows at its top (GOV.UK's error summary): a heading,
 * then each problem as a link to its field. It takes the focus when it appears and after
 * every failed submission, and the page title begins with "Error:" while it is there (the
 * server's render says so through translatedMeta, so it also holds without JavaScript).
 * Pass the form's Conform metadata; `labels` (by field name) say which field each line is about.
 */
export function FormErrors<Schema extends Record<string, unknown>>(props: SummaryProps<Schema> | PlainErrors) {
  return "form" in props ? <FormErrorSummary {...props} /> : <PlainFormErrors {...props} />;
}

type SummaryProps<Schema extends Record<string, unknown>> = {
  form: FormMetadata<Schema, string[]>;
  labels?: Partial<Record<keyof Schema, string>>;
  /** A refusal the action sent beside Conform's reply (refuseWith), about the whole form. */
  error?: string;
};
type PlainErrors = { id: string; errors: string[] | undefined };

/** A message about the page itself (a link that has expired), not a form someone sent: announced, not a summary. */
function PlainFormErrors({ id, errors }: PlainErrors) {
  const message = useErrorMessage();
  return (
    <div id={id} role="alert" className={errors?.length ? "form-errors" : undefined}>
      {errors?.length ? (
        <ul>
          {errors.map((error) => (
            <li key={error}>{message(error)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function FormErrorSummary<Schema extends Record<string, unknown>>({ form, labels = {}, error: refusal }: SummaryProps<Schema>) {
  const message = useErrorMessage();
  const { t } = useTranslation("forms");
  const errors = form.allErrors;
  const failed = form.status === "error";
  const problems = Object.keys(errors).filter((name) => errors[name]?.length);
  // Fields are listed as the last failed submission found them; one the person has
  // corrected since drops out, and nothing new appears until they send the form again.
  const [listed, setListed] = useState(failed ? problems : []);
  // (Compared as JSON: the form's own errors are under the name "", which join() would lose.)
  if (failed && JSON.stringify(listed) !== JSON.stringify(problems)) setListed(problems);
  const refusalItems = refusal ? [{ key: refusal, text: message(refusal) }] : [];
  const fieldItems = listed
    .filter((name) => errors[name]?.length)
    .flatMap((name) =>
      (errors[name] ?? []).map((error) => {
        const text = message(error);
        const label = labels[name as keyof Schema];
        // The form's own errors (name "") belong to no field; a field's id is Conform's.
        // "Label: message", punctuated as the reader's language does (French: "Pays : …").
        return { key: `${name}:${error}`, text: label ? t("summary.item", { label, message: text }) : text, href: name ? `#${form.id}-${name}` : undefined };
      }),
    );
  // The form points to this id (aria-describedby) whenever it is invalid, so it is always there.
  return (
    <div id={form.errorId}>
      <ErrorSummary id={`${form.errorId}-summary`} items={[...refusalItems, ...fieldItems]} focusKey={failed ? errors : refusal} />
    </div>
  );
}

type SummaryItem = { key: string; text: string; href?: string };

function ErrorSummary({ id, items, focusKey }: { id: string; items: SummaryItem[]; focusKey: unknown }) {
  const { t } = useTranslation("forms");
  const summary = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  useEffect(() => {
    if (shown && focusKey) summary.current?.focus();
  }, [shown, focusKey]);
  useErrorTitle(shown);
  if (!shown) return null;
  return (
    // Rendered with errors by the server after a failed submission: autofocus moves the
    // focus to it without JavaScript; with it, the effect above does, on every failure.
    // eslint-disable-next-line jsx-a11y/no-autofocus -- the error summary is where a failed submission must land
    <div id={id} ref={summary} className="form-errors error-summary" role="alert" aria-labelledby={`${id}-heading`} tabIndex={-1} autoFocus>
      <h2 id={`${id}-heading`}>{t("summary.heading")}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.href ? <a href={item.href}>{item.text}</a> : item.text}</li>
        ))}
      </ul>
    </div>
  );
}

/** While an error summary is shown, the title begins with "Error:" (once, however many summaries). */
function useErrorTitle(shown: boolean) {
  const { t } = useTranslation("common");
  const prefix = t("errorTitle", { title: "" });
  useEffect(() => {
    if (!shown) return;
    if (!document.title.startsWith(prefix)) document.title = prefix + document.title;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [shown, prefix]);
}

/** The frame every field shares: its label, an optional hint the control points to, the control, its errors. */
function FieldFrame({
  field,
  label,
  hint,
  children,
}: {
  field: FieldMetadata<string | undefined>;
  label: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {hint ? (
        <p id={hintIdOf(field)} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

const hintIdOf = (field: FieldMetadata<string | undefined>) => `${field.id}-hint`;

type InputType = "text" | "email" | "password" | "url" | "search" | "number" | "datetime-local" | "date";

export function TextField({
  field,
  label,
  type = "text",
  autoComplete,
  hint,
}: {
  field: FieldMetadata<string | undefined>;
  label: ReactNode;
  type?: InputType;
  autoComplete?: string;
  hint?: ReactNode;
}) {
  const { key, ...inputProps } = getInputProps(field, { type, ariaDescribedBy: hint ? hintIdOf(field) : undefined });
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <input key={key} {...inputProps} autoComplete={autoComplete} />
    </FieldFrame>
  );
}

/** Longer text; `lang` when the text is in a known language other than the page's. */
export function TextAreaField({
  field,
  label,
  hint,
  lang,
  rows = 8,
}: {
  field: FieldMetadata<string | undefined>;
  label: ReactNode;
  hint?: ReactNode;
  lang?: string;
  rows?: number;
}) {
  const { key, ...textareaProps } = getTextareaProps(field, { ariaDescribedBy: hint ? hintIdOf(field) : undefined });
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <textarea key={key} {...textareaProps} rows={rows} lang={lang} />
    </FieldFrame>
  );
}

/** A field people never see and bots fill in: a public form with it filled in is refused. */
export function Honeypot() {
  const { t } = useTranslation("forms");
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={`hp-${honeypotField}`}>{t("honeypot")}</label>
      <input id={`hp-${honeypotField}`} name={honeypotField} type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

/** A short notice after something worked ("Your address is confirmed."). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}

export type SelectOption = { value: string; label: string; lang?: string };

/** A labelled select for a Conform field, with an optional hint; `lang` on an option written in its own language. */
export function SelectField({
  field,
  label,
  options,
  hint,
  placeholder,
  autoComplete,
}: {
  field: FieldMetadata<string | undefined>;
  label: ReactNode;
  options: SelectOption[];
  hint?: ReactNode;
  /** A first, empty choice ("Choose…"), so nothing is picked for the person. */
  placeholder?: string;
  autoComplete?: string;
}) {
  const { key, ...selectProps } = getSelectProps(field, { ariaDescribedBy: hint ? hintIdOf(field) : undefined });
  return (
    <FieldFrame field={field} label={label} hint={hint}>
      <select key={key} {...selectProps} autoComplete={autoComplete}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/**
 * One filter of a GET form (a list's filters): "All …" first, then the options. Keyed by the
 * selection, so the select follows client-side navigation (back, a link that clears it).
 */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  selected,
  options,
}: {
  id: string;
  name: string;
  label: ReactNode;
  allLabel: string;
  selected: string | undefined;
  options: readonly SelectOption[];
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={selected ?? ""} key={selected ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A refusal that belongs to no one field (a row action, a confirmation not ticked), shown as an error summary. */
export function ActionError({ error, id = "action-error" }: { error: string | undefined; id?: string }) {
  const message = useErrorMessage();
  return <ErrorSummary id={id} items={error ? [{ key: error, text: message(error) }] : []} focusKey={error} />;
}
