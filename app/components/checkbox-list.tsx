import { getCollectionProps } from "@conform-to/react";
import { useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FieldErrors } from "./forms";

export type CheckboxOption = { value: string; label: string };

type Box = ReturnType<typeof getCollectionProps>[number];

/**
 * A fieldset of checkboxes for a Conform array field (languages, themes…), in a scrollable
 * box when long. With `firstChoices`, those options come first and the others wait behind
 * a disclosure (`more` is its label), which opens by itself when one of them is ticked; with
 * JavaScript, a box there filters them as you type. Without it, it is a plain list.
 */
export function CheckboxList({
  field,
  legend,
  hint,
  options,
  firstChoices,
  more,
}: {
  field: Parameters<typeof getCollectionProps>[0];
  legend: ReactNode;
  hint?: ReactNode;
  options: CheckboxOption[];
  /** Values offered first, in this order; the rest go behind the disclosure. */
  firstChoices?: readonly string[];
  more?: ReactNode;
}) {
  const hintId = `${field.id}-hint`;
  const describedBy = [hint ? hintId : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ");
  const first = firstChoices
    ? firstChoices.flatMap((value) => options.filter((option) => option.value === value))
    : options;
  const rest = firstChoices ? options.filter((option) => !firstChoices.includes(option.value)) : [];
  const ordered = [...first, ...rest];
  const boxes = getCollectionProps(field, { type: "checkbox", options: ordered.map((option) => option.value) }).map(
    // The first box carries the field's id: the error summary links there.
    (box, index) => ({ ...box, id: index === 0 ? field.id : box.id, label: ordered[index]?.label ?? box.value }),
  );
  const firstBoxes = boxes.slice(0, first.length);
  const restBoxes = boxes.slice(first.length);
  return (
    <fieldset className="field checkbox-list" aria-describedby={describedBy || undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="checkbox-list__options">
        {firstBoxes.map((box) => (
          <Checkbox key={box.key} box={box} />
        ))}
      </div>
      {restBoxes.length ? <MoreOptions id={`${field.id}-more`} summary={more} boxes={restBoxes} /> : null}
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

function Checkbox({ box, hidden }: { box: Box & { label: string }; hidden?: boolean }) {
  const { key: _key, label, ...props } = box;
  return (
    <label className="checkbox" hidden={hidden}>
      <input {...props} /> {label}
    </label>
  );
}

/** The options behind the disclosure, with a filter once the page runs JavaScript. */
function MoreOptions({ id, summary, boxes }: { id: string; summary: ReactNode; boxes: (Box & { label: string })[] }) {
  const { t } = useTranslation("forms");
  const [query, setQuery] = useState("");
  const [canFilter, setCanFilter] = useState(false);
  // Rendered after hydration only: without JavaScript a filter box would do nothing.
  useEffect(() => setCanFilter(true), []);
  const wanted = fold(query.trim());
  const matches = (box: Box & { label: string }) => !wanted || fold(box.label).includes(wanted) || box.value === wanted;
  const shown = boxes.filter(matches).length;
  return (
    <details className="checkbox-list__more" open={boxes.some((box) => box.defaultChecked) || undefined}>
      <summary>{summary}</summary>
      {canFilter ? (
        <div className="checkbox-list__filter">
          <label htmlFor={`${id}-filter`}>{t("filter.label")}</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            // Enter in the filter narrows the list; it must not send the form.
            onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
            aria-controls={`${id}-options`}
            autoComplete="off"
          />
          <p role="status" className="field-hint">
            {query ? t("filter.count", { count: shown }) : ""}
          </p>
        </div>
      ) : null}
      <div id={`${id}-options`} className="checkbox-list__options">
        {boxes.map((box) => (
          <Checkbox key={box.key} box={box} hidden={!matches(box)} />
        ))}
      </div>
    </details>
  );
}

/** Case and accents set aside: "fra" finds "Français", "ceske" finds "české". */
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase();

/** Languages to tick: the ones people pick most first, every other behind "Other languages". */
export function LanguageCheckboxList({
  field,
  legend,
  hint,
  choices,
}: {
  field: Parameters<typeof getCollectionProps>[0];
  legend: ReactNode;
  hint?: ReactNode;
  /** From languageChoices (app/utils/options.server.ts). */
  choices: { options: CheckboxOption[]; firstChoices: readonly string[] };
}) {
  const { t } = useTranslation("forms");
  return (
    <CheckboxList field={field} legend={legend} hint={hint} options={choices.options} firstChoices={choices.firstChoices} more={t("otherLanguages")} />
  );
}
