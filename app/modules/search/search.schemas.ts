// The search page's query string: the words typed, each facet's chosen values, the page.
// A value that is not a valid choice is dropped (and the page says so), so a hand-edited
// or stale link still shows results; nothing a reader types can make the page fail.
import { z } from "zod";
import { OrganisationType } from "~/generated/prisma/enums";
import { isCountryCode, isLanguageCode } from "~/utils/iso-codes";
import { audiences, entryKinds, serviceEvidence, serviceSettings } from "../library/vocabulary";

/** The longest query searched; longer ones are cut there (and the page says so). */
export const maxQueryLength = 200;

export const facetNames = ["kind", "theme", "audience", "country", "language", "type", "setting", "evidence", "visitors"] as const;
export type FacetName = (typeof facetNames)[number];

const oneOf = (values: readonly string[]) => {
  const allowed = new Set(values);
  return (value: string) => allowed.has(value);
};

/** What each facet's values must be. */
const facetValue: Record<FacetName, z.ZodType<string>> = {
  kind: z.string().refine(oneOf(entryKinds)),
  // A key's shape: themes are data, and one not (or no longer) in the taxonomy matches nothing.
  theme: z.string().toLowerCase().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60),
  audience: z.string().refine(oneOf(audiences)),
  country: z.string().toUpperCase().refine(isCountryCode),
  language: z.string().toLowerCase().refine(isLanguageCode),
  type: z.string().refine(oneOf(Object.values(OrganisationType))),
  setting: z.string().refine(oneOf(serviceSettings)),
  evidence: z.string().refine(oneOf(serviceEvidence)),
  visitors: z.literal("yes"),
};

/** A cursor as the page writes it: what the last row of the previous page sorted by. */
export const cursorSchema = z.discriminatedUnion("order", [
  z.object({ order: z.literal("rank"), rank: z.number().finite(), id: z.string().min(1).max(60) }),
  z.object({ order: z.literal("newest"), at: z.string().datetime(), id: z.string().min(1).max(60) }),
]);
export type SearchCursor = z.infer<typeof cursorSchema>;

export type SearchFilters = Record<FacetName, string[]>;

export type SearchRequest = {
  /** The words as typed (control characters replaced, cut to maxQueryLength); "" to browse. */
  q: string;
  filters: SearchFilters;
  cursor: SearchCursor | null;
  /** Which page this is, for "page 2" only: the cursor decides what it holds. */
  page: number;
};

export function emptyFilters(): SearchFilters {
  return Object.fromEntries(facetNames.map((name) => [name, []])) as unknown as SearchFilters;
}

/** Reads the query string; `ignored` names what was dropped or cut ("q", a facet, "page"). */
export function parseSearchRequest(searchParams: URLSearchParams): { request: SearchRequest; ignored: string[] } {
  const ignored: string[] = [];
  // NUL and other control characters mean nothing in a search, and PostgreSQL refuses NUL.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  let q = (searchParams.get("q") ?? "").replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").trim();
  // Lone surrogates cannot be sent to the database as UTF-8.
  q = q.replace(/\p{Cs}/gu, " ");
  if (q.length > maxQueryLength) {
    q = [...q].slice(0, maxQueryLength).join("").trim();
    ignored.push("q");
  }
  const filters = emptyFilters();
  for (const name of facetNames) {
    for (const raw of searchParams.getAll(name).slice(0, 30)) {
      if (raw.trim() === "") continue;
      const parsed = facetValue[name].safeParse(raw.trim());
      if (parsed.success && !filters[name].includes(parsed.data)) filters[name].push(parsed.data);
      else if (!parsed.success && !ignored.includes(name)) ignored.push(name);
    }
  }
  let cursor: SearchCursor | null = null;
  let page = 1;
  const after = searchParams.get("after");
  if (after) {
    cursor = decodeCursor(after);
    const pageNumber = z.coerce.number().int().min(2).max(100_000).safeParse(searchParams.get("page"));
    if (cursor && pageNumber.success) page = pageNumber.data;
    else if (cursor) page = 2;
    else ignored.push("page");
  }
  return { request: { q, filters, cursor, page }, ignored };
}

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(value: string): SearchCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
