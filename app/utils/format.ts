// Dates, numbers, countries and languages in the reader's language, through Intl.
import type { Language } from "./languages";

export function formatDate(date: Date | string, language: Language, options?: Intl.DateTimeFormatOptions) {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC", ...options }).format(
    typeof date === "string" ? new Date(date) : date,
  );
}

export function formatNumber(value: number, language: Language) {
  return new Intl.NumberFormat(language).format(value);
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
