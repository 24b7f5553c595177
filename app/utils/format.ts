// Dates, numbers, countries and languages in the reader's language, through Intl.
import type { Language } from "./languages";

/**
 * The first of the month where the language writes it as an ordinal and Intl does not:
 * "1er janvier" in French, "1º gennaio" in Italian. Spanish ("1 de enero"), Swedish
 * ("1 januari") and English keep the number.
 */
const firstOfTheMonth: Partial<Record<Language, string>> = { fr: "1er", it: "1º" };

/** A date (and time, if asked) as the reader's language writes it: every page and email goes through here. */
export function formatDate(date: Date | string, language: Language, options?: Intl.DateTimeFormatOptions) {
  // A long date unless the caller names its own style or parts (Intl refuses both at once).
  const ownShape = options && Object.keys(options).some((option) => option !== "timeZone" && option !== "timeStyle" && option !== "hourCycle");
  const formatter = new Intl.DateTimeFormat(language, { ...(ownShape ? {} : { dateStyle: "long" }), timeZone: "UTC", ...options });
  const value = typeof date === "string" ? new Date(date) : date;
  const first = firstOfTheMonth[language];
  if (!first) return formatter.format(value);
  const parts = formatter.formatToParts(value);
  // Only beside a month in words: 01/01/2026 stays as it is.
  const monthInWords = parts.some((part) => part.type === "month" && !/^\d+$/.test(part.value));
  return parts.map((part) => (part.type === "day" && monthInWords && Number(part.value) === 1 ? first : part.value)).join("");
}

/** A number as the reader's language writes it; `options` for a share (`{ style: "percent" }`) or a set number of decimals. */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions) {
  return new Intl.NumberFormat(language, options).format(value);
}

export function formatList(items: string[], language: Language) {
  return new Intl.ListFormat(language, { style: "long", type: "conjunction" }).format(items);
}

const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(language: Language, type: "region" | "language", code: string) {
  const key = `${language}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([language], { type, fallback: "code" });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `IT` → "Italy" / "Italie" / "Italia"… */
export function countryName(code: string, language: Language) {
  return displayName(language, "region", code);
}

/** `sv` → "Swedish" / "suédois"… */
export function languageName(code: string, language: Language) {
  return displayName(language, "language", code);
}

/** Sorts strings as a reader of `language` expects (accents, case). */
export function compareText(language: Language) {
  return new Intl.Collator(language, { sensitivity: "base" }).compare;
}

/** "suédois" → "Suédois": a name standing alone (a language's, in a label or a heading) starts a sentence. */
export function capitalise(text: string, language: string) {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
