// Choosing which stored translation of a text a reader sees: the one fallback rule.
// Show it with app/components/translated-text.tsx, which tells the reader about it.
import { defaultLanguage, type Language } from "../../utils/languages";
import type { StoredTranslation } from "./translations";

export type PickedTranslation<T extends StoredTranslation> = {
  translation: T;
  /** True when the reader's language was missing and another one is shown. */
  isFallback: boolean;
};

/**
 * The reader's language if present; else the original text (English first if several
 * are marked original, as every Charter text is); else English; else any. Null only
 * when there is no text at all.
 */
export function pickTranslation<T extends StoredTranslation>(
  translations: readonly T[],
  reader: Language,
): PickedTranslation<T> | null {
  const exact = translations.find((t) => t.language === reader);
  if (exact) return { translation: exact, isFallback: false };
  const originals = translations.filter((t) => t.origin === "original");
  const fallback =
    originals.find((t) => t.language === defaultLanguage) ??
    originals[0] ??
    translations.find((t) => t.language === defaultLanguage) ??
    translations[0];
  return fallback ? { translation: fallback, isFallback: true } : null;
}
