// The network's shared theme taxonomy (DOMAIN.md, "The good-practice library"): what
// organisations work on, what experts know, and what library entries are about. The themes
// are data (Theme, ThemeName; themes.server.ts reads and changes them); this file holds
// what the browser needs too: how a key is made, and the zod check of chosen keys, made
// with the stored keys a loader hands the page, so both sides refuse the same values.
import { z } from "zod";
import { tickedBoxes } from "~/utils/fields.schemas";
import { defaultLanguage } from "~/utils/languages";

/** A theme as pages use it: its stable key and its name in each portal language. */
export type Theme = { key: string; position: number; names: Record<string, string> };

/** The longest key made from an English name. */
export const maxThemeKeyLength = 60;

/**
 * The key of a new theme, made once from its English name ("Peer support" → `peer-support`):
 * accents dropped, anything but letters and digits a single hyphen. Empty when the name has
 * no letter or digit at all.
 */
export function themeKeyFromName(englishName: string): string {
  return englishName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxThemeKeyLength)
    .replace(/^-+|-+$/g, "");
}

/** A theme's name in `language`, or in English where it has none (a language added later). */
export function themeName(theme: Pick<Theme, "key" | "names">, language: string): string {
  return theme.names[language] ?? theme.names[defaultLanguage] ?? theme.key;
}

// A ticked box sent twice (a hand-made form) counts once.
const distinct = <T>(values: T[]) => [...new Set(values)];

/**
 * Ticked themes, each one of `known` (the stored keys, from `themeKeys` on the server or
 * the loader's options in the browser); anything else is "invalidChoice".
 */
export function themeChoices(known: readonly string[], { min = 0, max = known.length }: { min?: number; max?: number } = {}) {
  const knownKeys = new Set(known);
  return tickedBoxes({ min, max: Math.max(max, min) })
    .refine((values) => values.every((value) => knownKeys.has(value)), "invalidChoice")
    .transform(distinct);
}

/** One theme chosen in a filter (a query string): one of `known`, else refused. */
export function themeFilter(known: readonly string[]) {
  const knownKeys = new Set(known);
  return z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => knownKeys.has(value), "invalidChoice");
}
