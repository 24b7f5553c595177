import { getCollectionProps } from "@conform-to/react";
import type { ReactNode } from "react";
import { FieldErrors } from "./forms";

export type CheckboxOption = { value: string; label: string };

/** A fieldset of checkboxes for a Conform array field (languages, themes…), in a scrollable box when long. */
export function CheckboxList({
  field,
  legend,
  hint,
  options,
}: {
  field: Parameters<typeof getCollectionProps>[0];
  legend: ReactNode;
  hint?: ReactNode;
  options: CheckboxOption[];
}) {
  const hintId = `${field.id}-hint`;
  const describedBy = [hint ? hintId : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ");
  const boxes = getCollectionProps(field, { type: "checkbox", options: options.map((option) => option.value) });
  return (
    <fieldset className="field checkbox-list" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="checkbox-list__options">
        {boxes.map(({ key, ...props }, index) => (
          <label key={key} className="checkbox">
            <input {...props} /> {options[index]?.label}
          </label>
        ))}
      </div>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}
