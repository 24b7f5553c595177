import { z } from "zod";
import { OrganisationType } from "~/generated/prisma/enums";

/**
 * The directory's filters, read from the query string. A value that is not a valid
 * filter is dropped (and reported), so a hand-edited or stale link still shows a page.
 */
export const directoryFiltersSchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  type: z.nativeEnum(OrganisationType).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

export type DirectoryFilters = { country?: string; type?: OrganisationType; page: number };

export function parseDirectoryFilters(searchParams: URLSearchParams): {
  filters: DirectoryFilters;
  ignored: string[];
} {
  const filters: DirectoryFilters = { page: 1 };
  const ignored: string[] = [];
  for (const key of ["country", "type", "page"] as const) {
    const raw = searchParams.get(key);
    if (raw === null || raw === "") continue;
    const parsed = directoryFiltersSchema.shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) Object.assign(filters, { [key]: parsed.data });
    else ignored.push(key);
  }
  return { filters, ignored };
}
