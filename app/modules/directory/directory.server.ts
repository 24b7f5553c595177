// The public member directory: active members only, filtered and paged.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { isLanguageCode } from "~/utils/iso-codes";
import type { DirectoryFilters } from "./directory.schemas";
import { themeKeys } from "../taxonomy/themes.server";

export const directoryPageSize = 12;

/** Statuses whose organisations appear in public. */
const publicStatus = "active" as const;

const listItemSelect = {
  slug: true,
  name: true,
  type: true,
  countryCode: true,
  city: true,
  isFounderPartner: true,
  memberSince: true,
} satisfies Prisma.OrganisationSelect;

export async function listDirectory(db: PrismaClient, filters: DirectoryFilters) {
  const matching = filters.q ? await membersMatching(db, filters.q) : undefined;
  const facets = await countFacets(db, filters, matching);
  const total = facets.total;
  const pageCount = Math.max(1, Math.ceil(total / directoryPageSize));
  const page = Math.min(filters.page, pageCount);
  const organisations = await db.organisation.findMany({
    where: {
      status: publicStatus,
      id: matching ? { in: matching } : undefined,
      countryCode: filters.country,
      type: filters.type,
      languages: filters.language ? { has: filters.language } : undefined,
      themes: filters.theme ? { has: filters.theme } : undefined,
    },
    select: listItemSelect,
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    skip: (page - 1) * directoryPageSize,
    take: directoryPageSize,
  });
  // Each filter's options count what choosing them would show, given the other filters;
  // the country options double as the chart of members by country. The chosen options
  // stay listed (with 0) so the form still shows what is filtered.
  return {
    organisations,
    total,
    page,
    pageCount,
    countries: options(facets.country, filters.country).map(([code, count]) => ({ code, count })),
    types: options(facets.type, filters.type).map(([type, count]) => ({ type, count })),
    languages: options(facets.language, filters.language).map(([code, count]) => ({ code, count })),
    themes: options(facets.theme, filters.theme).map(([theme, count]) => ({ theme, count })),
  };
}

type Facet = "country" | "type" | "language" | "theme";
type FacetRow = { facet: Facet | "total"; value: string; count: number };

/**
 * The total and every filter's option counts in one statement: one pass over the active
 * members, each facet counted with the other three filters applied. Languages and themes
 * are arrays, so they are unnested, each organisation's values deduplicated first (cheaper
 * than count(DISTINCT), which sorts) so a repeated value is not counted twice.
 */
async function countFacets(db: PrismaClient, filters: DirectoryFilters, matching: string[] | undefined) {
  const searched = matching ?? null;
  const country = filters.country ?? null;
  const type = filters.type ?? null;
  const language = filters.language ?? null;
  const theme = filters.theme ?? null;
  const rows = await db.$queryRaw<FacetRow[]>`
    WITH member AS (
      SELECT "id", "countryCode", "type"::text AS "type", "languages", "themes",
        (${country}::text IS NULL OR "countryCode" = ${country}::text) AS "inCountry",
        (${type}::text IS NULL OR "type"::text = ${type}::text) AS "ofType",
        COALESCE(${language}::text IS NULL OR ${language}::text = ANY("languages"), false) AS "speaks",
        COALESCE(${theme}::text IS NULL OR ${theme}::text = ANY("themes"), false) AS "worksOn"
      FROM "Organisation"
      WHERE "status" = ${publicStatus}::"MembershipStatus"
        AND (${searched}::text[] IS NULL OR "id" = ANY(${searched}::text[]))
    )
    SELECT 'total' AS "facet", '' AS "value", count(*)::int AS "count"
      FROM member WHERE "inCountry" AND "ofType" AND "speaks" AND "worksOn"
    UNION ALL
    SELECT 'country', "countryCode", count(*)::int
      FROM member WHERE "ofType" AND "speaks" AND "worksOn" GROUP BY "countryCode"
    UNION ALL
    SELECT 'type', "type", count(*)::int
      FROM member WHERE "inCountry" AND "speaks" AND "worksOn" GROUP BY "type"
    UNION ALL
    SELECT 'language', spoken."code", count(*)::int
      FROM member CROSS JOIN LATERAL (SELECT DISTINCT unnest("languages")) AS spoken("code")
      WHERE "inCountry" AND "ofType" AND "worksOn" GROUP BY spoken."code"
    UNION ALL
    SELECT 'theme', worked."key", count(*)::int
      FROM member CROSS JOIN LATERAL (SELECT DISTINCT unnest("themes")) AS worked("key")
      WHERE "inCountry" AND "ofType" AND "speaks" GROUP BY worked."key"`;
  const facets = {
    total: 0,
    country: new Map<string, number>(),
    type: new Map<string, number>(),
    language: new Map<string, number>(),
    theme: new Map<string, number>(),
  };
  const isTheme = new Set(await themeKeys(db));
  for (const row of rows) {
    if (row.facet === "total") facets.total = Number(row.count);
    // Values a filter could not select (a code outside ISO 639-1, a retired theme) are not offered.
    else if ((row.facet !== "language" || isLanguageCode(row.value)) && (row.facet !== "theme" || isTheme.has(row.value)))
      facets[row.facet].set(row.value, Number(row.count));
  }
  return facets;
}

/**
 * The active members whose name or city has every word typed, each as the start of a
 * word, accents and case aside: "epsm lille", "metropole" and "métro" all find "EPSM Lille
 * Métropole". Both sides are folded by the database's portal_search_fold (migration
 * 20261202050000), and the match is a lookup in the GIN index of "searchWords". The
 * words are letters and digits only, so nothing a reader types is read as query syntax.
 * A query without words (only punctuation) narrows nothing.
 */
async function membersMatching(db: PrismaClient, query: string): Promise<string[] | undefined> {
  const words = query.normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 12);
  if (words.length === 0) return undefined;
  const prefixes = words.map((word) => `${word}:*`).join(" & ");
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Organisation"
    WHERE "status" = ${publicStatus}::"MembershipStatus"
      AND "searchWords" @@ to_tsquery('simple', portal_search_fold(${prefixes}))`;
  return rows.map((row) => row.id);
}

/** A facet's options as [value, count], the chosen value kept even when nothing has it. */
function options<K extends string>(counts: Map<string, number>, chosen: K | undefined) {
  const entries = [...counts] as [K, number][];
  if (chosen && !counts.has(chosen)) entries.push([chosen, 0]);
  return entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** An active member's public profile, or null (unknown slug, or not a public member). */
export async function findPublicOrganisation(db: PrismaClient, slug: string) {
  return db.organisation.findFirst({
    where: { slug, status: publicStatus },
    select: {
      ...listItemSelect,
      id: true,
      status: true,
      website: true,
      publicEmail: true,
      languages: true,
      logoFile: true,
      descriptions: { select: { language: true, text: true, origin: true } },
    },
  });
}

/** The figures the home page shows about the network. */
export async function networkFigures(db: PrismaClient) {
  const [members, countries, founders] = await Promise.all([
    db.organisation.count({ where: { status: publicStatus } }),
    db.organisation.groupBy({ by: ["countryCode"], where: { status: publicStatus } }),
    db.organisation.count({ where: { status: publicStatus, isFounderPartner: true } }),
  ]);
  return { members, countries: countries.length, founders };
}

/**
 * The languages the network's members speak, the most spoken first: forms that ask for
 * languages offer these before the long list (app/utils/options.server.ts).
 */
export async function languagesMembersSpeak(db: PrismaClient, limit = 15): Promise<string[]> {
  const rows = await db.$queryRaw<{ code: string }[]>`
    SELECT "code" FROM (
      SELECT DISTINCT "id", unnest("languages") AS "code" FROM "Organisation"
      WHERE "status" = ${publicStatus}::"MembershipStatus"
    ) AS "spoken"
    GROUP BY "code"
    ORDER BY count(*) DESC, "code"
    LIMIT ${limit}`;
  return rows.map((row) => row.code);
}
