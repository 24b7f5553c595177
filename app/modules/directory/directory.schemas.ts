import { z } from "zod";
import { OrganisationType } from "~/generated/prisma/enums";
import { hasNoControlCharacters } from "~/utils/fields.schemas";
import { isLanguageCode } from "~/utils/iso-codes";
import { themeFilter } from "../taxonomy/themes";

/**
 * The directory's filters, read from the query string. A value that is not a valid
 * filter is dropped (and reported), so a hand-edited or stale link still shows a page.
 */
export const directoryFiltersSchema = (themeKeys: readonly string[]) => z.object({
  /** Words of a member's name or city, as a reader types them. */
  q: z.string().trim().max(200).refine(hasNoControlCharacters).optional(),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  type: z.nativeEnum(OrganisationType).optional(),
  /** A language the organisation's people speak, ISO 639-1. */
  language: z.string().trim().toLowerCase().refine(isLanguageCode).optional(),
  theme: themeFilter(themeKeys).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

export type DirectoryFilters = {
  q?: string;
  country?: string;
  type?: OrganisationType;
  language?: string;
  /** A theme key. */
  theme?: string;
  page: number;
};

const filterKeys = ["q", "country", "type", "language", "theme", "page"] as const;

/** `themeKeys`: the stored themes (themeKeys in app/modules/taxonomy/themes.server.ts). */
export function parseDirectoryFilters(searchParams: URLSearchParams, themeKeys: readonly string[]): {
  filters: DirectoryFilters;
  ignored: string[];
} {
  const filters: DirectoryFilters = { page: 1 };
  const ignored: string[] = [];
  const schema = directoryFiltersSchema(themeKeys);
  for (const key of filterKeys) {
    const raw = searchParams.get(key);
    if (raw === null || raw.trim() === "") continue;
    const parsed = schema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
    else ignored.push(key);
  }
  return { filters, ignored };
}
