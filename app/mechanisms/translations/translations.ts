// Texts kept per field and per language (an organisation's description, a Charter text;
// next the library's entries, agreements and events). Each stored text says how it came
// to be in its language, and these are the rules for changing a set of them. The tables
// hold one row per (owner, language) with an `origin` column: see OrganisationDescription
// and CharterText in prisma/schema.prisma. Which text a reader sees: pick-translation.ts.
import { TranslationOrigin } from "~/generated/prisma/enums";

/**
 * `original`: written in this language; `human`: a translation of the original by a
 * person (or a machine's, reviewed by one); `machine`: a machine translation nobody has
 * reviewed, which readers are told. In the order forms offer them.
 */
export const translationOrigins = [TranslationOrigin.original, TranslationOrigin.human, TranslationOrigin.machine] as const;

export type StoredTranslation = { language: string; origin: TranslationOrigin };

export type SaveRefusal = "translationExists" | "originalExists";
export type RemovalRefusal = "translationGone" | "lastTranslation" | "originalHasTranslations";

/**
 * Why saving a text in `input.language` is refused, or null. Saving writes that
 * language's text and origin and nothing else: saving a translation (`human` or
 * `machine`) never touches the original or the other translations, and a person
 * reviewing a machine translation saves it as `human`. The rules:
 * - at most one language is the original: marking a second one is refused, so another
 *   language becomes the original by first saving the current one as a translation;
 * - with `isNew`, a language that already has a text is refused, not overwritten.
 */
export function whySaveIsRefused(
  existing: readonly StoredTranslation[],
  input: StoredTranslation,
  options: { isNew?: boolean } = {},
): SaveRefusal | null {
  if (options.isNew && existing.some((text) => text.language === input.language)) return "translationExists";
  const otherOriginal = existing.some((text) => text.origin === "original" && text.language !== input.language);
  if (input.origin === "original" && otherOriginal) return "originalExists";
  return null;
}

/**
 * Why removing the text in `language` is refused, or null: a field once written keeps at
 * least one text, and its original stays while translations of it are left.
 */
export function whyRemovalIsRefused(existing: readonly StoredTranslation[], language: string): RemovalRefusal | null {
  const target = existing.find((text) => text.language === language);
  if (!target) return "translationGone";
  if (existing.length === 1) return "lastTranslation";
  if (target.origin === "original") return "originalHasTranslations";
  return null;
}
