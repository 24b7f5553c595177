// Form building blocks: labelled fields whose errors are translated, announced and tied
// to the input (aria-describedby), so every form reads the same with a screen reader.
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
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

/** Errors about the whole form, announced when they appear. */
export function FormErrors({ id, errors }: { id: string; errors: string[] | undefined }) {
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

type InputType = "text" | "email" | "password" | "url" | "search";

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

/** A refusal that belongs to no one field (a row action, a confirmation not ticked), announced when it appears. */
export function ActionError({ error }: { error: string | undefined }) {
  const message = useErrorMessage();
  return <div role="alert">{error ? <p className="form-errors">{message(error)}</p> : null}</div>;
}
