// Dates, numbers, countries and languages in the reader's language, through Intl.
import type { Language } from "./languages";

/**
 * One Intl formatter per language and options, made on first use and kept: making one
 * costs far more than using it (a CPU profile of the directory found a tenth of its time
 * in `new Intl.NumberFormat`), and a page formats hundreds of numbers and dates.
 */
const formatters = new Map<string, unknown>();
function kept<T>(kind: string, language: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${language}|${options ? JSON.stringify(options) : ""}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

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
  const shape: Intl.DateTimeFormatOptions = { ...(ownShape ? {} : { dateStyle: "long" }), timeZone: "UTC", ...options };
  const formatter = kept("date", language, shape, () => new Intl.DateTimeFormat(language, shape));
  const value = typeof date === "string" ? new Date(date) : date;
  const first = firstOfTheMonth[language];
  if (!first) return formatter.format(value);
  const parts = formatter.formatToParts(value);
  // Only beside a month in words: 01/01/2026 stays as it is.
  const monthInWords = parts.some((part) => part.type === "month" && !/^\d+$/.test(part.value));
  return parts.map((part) => (part.type === "day" && monthInWords && Number(part.value) === 1 ? first : part.value)).join("");
}

/** 1234567 → "1.2 MB" in the reader's language (units of 1,000, as file managers show them now). */
export function formatFileSize(bytes: number, language: Language) {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return formatNumber(value, language, { style: "unit", unit: units[unit], unitDisplay: "short", maximumFractionDigits: unit === 0 ? 0 : 1 });
}

/** A number as the reader's language writes it; `options` for a share (`{ style: "percent" }`) or a set number of decimals. */
export function formatNumber(value: number, language: Language, options?: Intl.NumberFormatOptions) {
  return kept("number", language, options, () => new Intl.NumberFormat(language, options)).format(value);
}

export function formatList(items: string[], language: Language) {
  return kept("list", language, undefined, () => new Intl.ListFormat(language, { style: "long", type: "conjunction" })).format(items);
}

function displayName(language: Language, type: "region" | "language", code: string) {
  const names = kept(`names-${type}`, language, undefined, () => new Intl.DisplayNames([language], { type, fallback: "code" }));
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
  return kept("collator", language, undefined, () => new Intl.Collator(language, { sensitivity: "base" })).compare;
}

/** "suédois" → "Suédois": a name standing alone (a language's, in a label or a heading) starts a sentence. */
export function capitalise(text: string, language: string) {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
