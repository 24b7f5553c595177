// Which text a reader sees for each field of a record kept per field and per language (a
// library revision; next events and agreements): the reader's language where that field has
// a text, else the field's original. Each chosen text says where it came from and whether
// it was made from an older original. pickTranslation (pick-translation.ts) is the rule
// for one field; this applies it field by field, and to "show me the original".
import type { Language } from "~/utils/languages";
import { pickTranslation } from "./pick-translation";
import { isOutOfDate } from "./source-digest";
import type { StoredTranslation } from "./translations";

export type FieldText<Field extends string = string> = StoredTranslation & {
  field: Field;
  text: string;
  sourceSha256: string | null;
};

export type ShownField<Field extends string = string> = {
  field: Field;
  text: string;
  /** The language of the text shown (mark the element with lang="…"). */
  language: string;
  origin: StoredTranslation["origin"];
  /** The reader's language had no text for this field; another one is shown. */
  isFallback: boolean;
  /** A translation made from an earlier text of the original. */
  isOutOfDate: boolean;
};

export type ShownFields<Field extends string = string> = {
  fields: Partial<Record<Field, ShownField<Field>>>;
  /** The language most fields are written in originally (the record's original language). */
  originalLanguage: string | null;
  /** How much of the record the reader gets in their language: all, part, none. */
  readerCoverage: "all" | "some" | "none";
  anyMachine: boolean;
  anyOutOfDate: boolean;
};

/**
 * For each field, the text the reader sees: in `reader`'s language if that field has one,
 * else the field's original. With `original: true`, every field's original, whatever the
 * reader's language (the shareable "read the original" link).
 */
export function pickFields<Field extends string>(
  texts: readonly FieldText<Field>[],
  reader: Language,
  { original = false }: { original?: boolean } = {},
): ShownFields<Field> {
  const byField = new Map<Field, FieldText<Field>[]>();
  for (const text of texts) byField.set(text.field, [...(byField.get(text.field) ?? []), text]);

  const fields: Partial<Record<Field, ShownField<Field>>> = {};
  let inReaderLanguage = 0;
  for (const [field, candidates] of byField) {
    const originalText = candidates.find((text) => text.origin === "original");
    const picked = original && originalText ? { translation: originalText, isFallback: false } : pickTranslation(candidates, reader);
    if (!picked) continue;
    const { translation } = picked;
    if (translation.language === reader) inReaderLanguage++;
    fields[field] = {
      field,
      text: translation.text,
      language: translation.language,
      origin: translation.origin,
      isFallback: translation.language !== reader,
      isOutOfDate: originalText !== undefined && translation !== originalText && isOutOfDate(translation, originalText.text),
    };
  }
  const shown = Object.values(fields) as ShownField<Field>[];
  return {
    fields,
    originalLanguage: mostCommon(texts.filter((text) => text.origin === "original").map((text) => text.language)),
    readerCoverage: inReaderLanguage === 0 ? "none" : inReaderLanguage === shown.length ? "all" : "some",
    anyMachine: shown.some((text) => text.origin === "machine"),
    anyOutOfDate: shown.some((text) => text.isOutOfDate),
  };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}
