// The library's search: full text in every language with each language's stemming, facet
// counts, keyset pages and highlighted snippets, over "LibrarySearchDocument" (migration
// 20261203010000_library_search), which PostgreSQL keeps up to date by itself. Raw SQL
// lives here and nowhere else: Prisma has no tsvector support.
//
// Which document of an entry a reader searches: the one in the reader's language if there
// is one (perhaps a machine translation), else the original's. The table says so per row
// ("shownTo"), so choosing is a filter, not a join. Each document is matched with its own
// language's configuration: a Spanish reader's "servicios comunitarios" is stemmed as
// Spanish against Spanish text and as English against an English-only original, so both
// are found.
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import type { TranslationOrigin } from "~/generated/prisma/enums";
import { languages, type Language } from "~/utils/languages";
import { encodeCursor, type FacetName, type SearchCursor, type SearchFilters, type SearchRequest } from "./search.schemas";
import { plainSnippet, snippetFromHeadline, startMark, stopMark, type Snippet } from "./snippet";

export const searchPageSize = 20;

/**
 * Beyond this many matches, results are listed newest first rather than ranked: ranking
 * reads every match, and a word found in most entries says little about which is best.
 * The page says so.
 */
export const rankingCap = 1000;

/**
 * Facet counts are exact up to this many matches (before facet filters); beyond, they are
 * counted among the newest this many, and the page says so. Counting every facet over
 * tens of thousands of rows is what made a broad search slow (bench/search.ts).
 */
export const facetCountLimit = 1000;

/** The total is exact up to this many; beyond, the page says "more than". */
export const totalCountLimit = 2000;

export type SearchOptions = SearchRequest & {
  readerLanguage: Language;
  /** Whether the reader may see members-only entries (maySeeMembersOnly, app/modules/library/members-only.server.ts). */
  membersOnly: boolean;
  /** Tests lower these; the page uses rankingCap, facetCountLimit and totalCountLimit. */
  rankingCap?: number;
  facetCountLimit?: number;
  totalCountLimit?: number;
  /** Tests set it to take each of newestMatches's three ways; the page uses probeSize. */
  probeSize?: number;
};

export type SearchResult = {
  entryId: string;
  title: string;
  organisationName: string;
  kind: string;
  /** The language of the text shown: the reader's, or the original's. */
  language: string;
  /** The weakest origin of the text shown ("machine" when any field is a machine translation). */
  origin: TranslationOrigin;
  snippet: Snippet;
};

export type FacetCount = { value: string; count: number };

export type SearchPage = {
  total: number;
  /** True when there are more than `total` results (totalCountLimit). */
  totalIsLowerBound: boolean;
  /** Set when facet counts are among the newest this many matches only (facetCountLimit). */
  facetsCountedAmong: number | null;
  /** "rank": best first; "newest": browsing, or more matches than rankingCap. */
  order: "rank" | "newest";
  /** True when words were typed but matched so many entries that ranking was skipped. */
  rankingCapped: boolean;
  results: SearchResult[];
  /** The `after` parameter of the next page, or null on the last. */
  next: string | null;
  facets: Record<FacetName, FacetCount[]>;
};

/** A portal language's configuration name, as portal_search_config gives it. */
const otherLanguages = Prisma.sql`ARRAY[${Prisma.join([...languages])}]::text[]`;

/** The folded query parsed in one language's configuration (websearch syntax: "…", or, -). */
function queryIn(language: Prisma.Sql, q: string) {
  return Prisma.sql`websearch_to_tsquery(portal_search_config(${language}), portal_search_fold(${q}::text))`;
}

/**
 * The text search condition: per language, the language's rows against the query parsed
 * in that language, so each branch is one scan of the (language, document) GIN index.
 */
function matches(q: string) {
  if (q === "") return Prisma.sql`true`;
  const branches = languages.map(
    (language) => Prisma.sql`(d."language" = ${language}::text AND d."document" @@ ${queryIn(Prisma.sql`${language}::text`, q)})`,
  );
  branches.push(
    Prisma.sql`(d."language" <> ALL(${otherLanguages}) AND d."document" @@ ${queryIn(Prisma.sql`'simple'`, q)})`,
  );
  return Prisma.sql`(${Prisma.join(branches, " OR ")})`;
}

/** The same query for ranking and headlines, in the row's own language. */
function rowQuery(q: string) {
  return queryIn(Prisma.sql`d."language"`, q);
}

/** What every row a reader may see satisfies, whatever they filter. */
function visibleTo(options: SearchOptions) {
  return Prisma.sql`${options.readerLanguage}::text = ANY(d."shownTo")
    AND (d."visibility" = 'public' OR ${options.membersOnly}::boolean)`;
}

/**
 * `column` is one of `values`: written `=` for a single value, which the GIN index can
 * answer (it has no `= ANY`).
 */
function oneOf(column: string, values: string[]) {
  const sql = Prisma.raw(`d."${column}"`);
  return values.length === 1 ? Prisma.sql`${sql} = ${values[0]}::text` : Prisma.sql`${sql} = ANY(${values}::text[])`;
}

/** One facet's filter on a row (values of one facet are alternatives: "fr or it"). */
function facetCondition(name: FacetName, values: string[]) {
  if (values.length === 0) return Prisma.sql`true`;
  switch (name) {
    case "kind":
      return oneOf("kind", values);
    case "theme":
      return Prisma.sql`d."themes" && ${values}::text[]`;
    case "audience":
      return Prisma.sql`d."audiences" && ${values}::text[]`;
    case "country":
      return oneOf("countryCode", values);
    case "language":
      return oneOf("language", values);
    case "type":
      return oneOf("organisationType", values);
    case "setting":
      return Prisma.sql`d."settings" && ${values}::text[]`;
    case "evidence":
      return oneOf("evidence", values);
    case "visitors":
      return Prisma.sql`d."hostsVisitors"`;
  }
}

function allFacetConditions(filters: SearchFilters) {
  return Prisma.join(
    (Object.keys(filters) as FacetName[]).map((name) => facetCondition(name, filters[name])),
    " AND ",
  );
}

/** How a facet's values are read from a matching row: one value, or an array unnested. */
const facetValues: Record<FacetName, { single: string } | { array: string }> = {
  kind: { single: "kind" },
  theme: { array: "themes" },
  audience: { array: "audiences" },
  country: { single: "countryCode" },
  language: { single: "language" },
  type: { single: "organisationType" },
  setting: { array: "settings" },
  evidence: { single: "evidence" },
  visitors: { single: "visitors" },
};

/** How many of the newest documents are read first, to see whether the words are common. */
export const probeSize = 500;
/**
 * A query matching at least this share of the newest documents is read newest first:
 * at 5 %, its first 2,001 matches are among some 40,000 documents, fewer rows than a
 * bitmap over all its matches would read.
 */
export const denseShare = 20;

function hasFilters(filters: SearchFilters) {
  return (Object.keys(filters) as FacetName[]).some((name) => filters[name].length > 0);
}

/**
 * CTEs ending in `name`: the newest `count` documents the reader may see that match the
 * words (no facet filter), with `columns` and their "position" (1 for the newest). The
 * same rows whichever way they are found, the first way that finds `count` of them:
 * 1. the newest probeSize documents in the browse index's order, the words checked on
 *    each (enough when few are wanted, and it tells whether the words are common);
 * 2. if a 1/denseShare share of those matched, the newest `count` × denseShare the same way;
 * 3. else every match, through the GIN index, sorted (rare words: a few hundred rows).
 * Reading in newest-first order, what 1 or 2 find is the newest matches. A later way's
 * gate is a one-time filter on the earlier one's count, so PostgreSQL does not run it
 * when an earlier one sufficed. The planner cannot make this choice itself: it estimates
 * "peer & group" as the product of each word's share (3,660 rows where there were
 * 33,122, bench/search.ts), so it chose the bitmap and read 26,000 pages.
 */
function newestMatches(options: SearchOptions, columns: Prisma.Sql, count: number, name: string) {
  const where = Prisma.sql`${visibleTo(options)} AND ${matches(options.q)}`;
  const order = Prisma.sql`ORDER BY d."firstPublishedAt" DESC, d."entryId" DESC`;
  const selected = Prisma.sql`${columns}, d."firstPublishedAt" AS "sortAt", d."entryId" AS "sortId"`;
  if (options.q === "") {
    // Browsing: every document matches, so the browse index gives the newest directly.
    return Prisma.sql`${Prisma.raw(`"${name}"`)} AS MATERIALIZED (
      SELECT ${selected}, row_number() OVER (${order}) AS "position"
      FROM "LibrarySearchDocument" d WHERE ${where} ${order} LIMIT ${count}
    )`;
  }
  const sample = options.probeSize ?? probeSize;
  const newest = (documents: number) =>
    Prisma.sql`(SELECT * FROM "LibrarySearchDocument" d ${order} LIMIT ${documents}) d`;
  return Prisma.sql`probe AS MATERIALIZED (
      SELECT ${selected} FROM ${newest(sample)} WHERE ${where} ${order} LIMIT ${count}
    ),
    probed AS (SELECT count(*) AS "found" FROM probe),
    wide AS MATERIALIZED (
      SELECT ${selected} FROM ${newest(count * denseShare)}
      WHERE (SELECT "found" FROM probed) < ${count} AND (SELECT "found" FROM probed) > 0
        AND (SELECT "found" FROM probed) * ${denseShare} >= ${sample}
        AND ${where} ${order} LIMIT ${count}
    ),
    widened AS (SELECT count(*) AS "found" FROM wide),
    everything AS MATERIALIZED (
      SELECT ${selected} FROM "LibrarySearchDocument" d
      WHERE (SELECT "found" FROM probed) < ${count} AND (SELECT "found" FROM widened) < ${count}
        AND ${where} ${order} LIMIT ${count}
    ),
    ${Prisma.raw(`"${name}"`)} AS MATERIALIZED (
      SELECT *, row_number() OVER (ORDER BY "sortAt" DESC, "sortId" DESC) AS "position" FROM (
        SELECT * FROM probe WHERE (SELECT "found" FROM probed) >= ${count}
        UNION ALL SELECT * FROM wide WHERE (SELECT "found" FROM widened) >= ${count}
        UNION ALL SELECT * FROM everything
      ) AS found
    )`;
}

type FacetRow = { facet: FacetName | "total"; value: string | null; count: number };

/**
 * The total and each facet's counts in one statement: one pass over the matching rows
 * (the newest `limit` + 1 of them), each facet counted with every other facet's filter
 * applied but not its own, so each option says how many results choosing it (too) would
 * show. `complete` is false when there were more matches than `limit`.
 */
async function countFacets(db: PrismaClient, options: SearchOptions, limit: number, totalLimit: number) {
  // Without facet filters, the total is the number of matches up to totalLimit + 1, which
  // the same newest-first pass finds: the facets are counted over its first limit + 1.
  const pooled = hasFilters(options.filters) ? limit + 1 : Math.max(limit, totalLimit) + 1;
  const names = Object.keys(options.filters) as FacetName[];
  const flags = names.map((name) => Prisma.sql`${facetCondition(name, options.filters[name])} AS ${Prisma.raw(`"f_${name}"`)}`);
  const allBut = (skip: FacetName | null) =>
    Prisma.raw(names.filter((name) => name !== skip).map((name) => `m."f_${name}"`).join(" AND ") || "true");
  const parts = [
    Prisma.sql`SELECT 'total' AS "facet", NULL AS "value", count(*)::int AS "count" FROM m WHERE ${allBut(null)}`,
    Prisma.sql`SELECT 'counted', NULL, count(*)::int FROM m`,
    Prisma.sql`SELECT 'pooled', NULL, count(*)::int FROM pool`,
  ];
  for (const name of names) {
    const source = facetValues[name];
    const facet = Prisma.sql`${name}::text`;
    if ("array" in source) {
      parts.push(Prisma.sql`SELECT ${facet}, v, count(*)::int FROM m CROSS JOIN LATERAL unnest(${Prisma.raw(`m."${source.array}"`)}) AS v
        WHERE ${allBut(name)} GROUP BY v`);
    } else {
      parts.push(Prisma.sql`SELECT ${facet}, ${Prisma.raw(`m."${source.single}"`)}::text, count(*)::int FROM m
        WHERE ${allBut(name)} GROUP BY 2`);
    }
  }
  const rows = await db.$queryRaw<FacetRow[]>`
    WITH ${newestMatches(options, Prisma.sql`d."kind", d."themes", d."audiences", d."countryCode", d."language", d."organisationType",
        d."settings", d."evidence", CASE WHEN d."hostsVisitors" THEN 'yes' END AS "visitors",
        ${Prisma.join(flags, ", ")}`, pooled, "pool")},
    m AS (SELECT * FROM pool WHERE "position" <= ${limit + 1})
    ${Prisma.join(parts, " UNION ALL ")}`;
  let total = 0;
  let counted = 0;
  let found = 0;
  const facets = Object.fromEntries(names.map((name) => [name, [] as FacetCount[]])) as unknown as Record<FacetName, FacetCount[]>;
  for (const row of rows) {
    if (row.facet === "total") total = Number(row.count);
    else if ((row.facet as string) === "counted") counted = Number(row.count);
    else if ((row.facet as string) === "pooled") found = Number(row.count);
    else if (row.value !== null) facets[row.facet].push({ value: row.value, count: Number(row.count) });
  }
  // A chosen value stays listed (with 0) so the form still shows what is filtered.
  for (const name of names) {
    for (const value of options.filters[name]) {
      if (!facets[name].some((option) => option.value === value)) facets[name].push({ value, count: 0 });
    }
  }
  // `pooledTotal`: the total up to totalLimit + 1 when no facet is filtered, else null.
  const pooledTotal = pooled > limit + 1 ? found : null;
  return { total, facets, complete: counted <= limit, pooledTotal };
}

/** How many results there are, counting no further than `limit` + 1. */
async function countResults(db: PrismaClient, options: SearchOptions, limit: number) {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (
      SELECT 1 FROM "LibrarySearchDocument" d
      WHERE ${visibleTo(options)} AND ${matches(options.q)} AND ${allFacetConditions(options.filters)}
      LIMIT ${limit + 1}
    ) AS counted`;
  return Number(row?.count ?? 0);
}

/** `at`: firstPublishedAt as ISO 8601 in UTC (the column holds UTC, as Prisma writes it). */
type PageRow = { entryId: string; language: string; rank: number | null; at: string };

const publishedAt = Prisma.sql`to_char(d."firstPublishedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

async function findPage(db: PrismaClient, options: SearchOptions, order: "rank" | "newest") {
  const cursor: SearchCursor | null = options.cursor?.order === order ? options.cursor : null;
  const where = Prisma.sql`${visibleTo(options)} AND ${matches(options.q)} AND ${allFacetConditions(options.filters)}`;
  if (order === "rank") {
    const rank = Prisma.sql`ts_rank_cd(d."document", ${rowQuery(options.q)})::float8`;
    // The rank goes as text: a JS number bound as a parameter loses digits on the way, and
    // the keyset must compare the exact float8 the previous page sorted by.
    const after = cursor?.order === "rank" ? Prisma.sql`AND (${rank}, d."entryId") < (${String(cursor.rank)}::float8, ${cursor.id}::text)` : Prisma.empty;
    return db.$queryRaw<PageRow[]>`
      SELECT d."entryId", d."language", ${rank} AS "rank", ${publishedAt} AS "at"
      FROM "LibrarySearchDocument" d
      WHERE ${where} ${after}
      ORDER BY 3 DESC, d."entryId" DESC
      LIMIT ${searchPageSize + 1}`;
  }
  const after =
    cursor?.order === "newest"
      ? Prisma.sql`AND (d."firstPublishedAt", d."entryId") < ((${cursor.at}::timestamptz AT TIME ZONE 'UTC'), ${cursor.id}::text)`
      : Prisma.empty;
  return db.$queryRaw<PageRow[]>`
    SELECT d."entryId", d."language", NULL::float8 AS "rank", ${publishedAt} AS "at"
    FROM "LibrarySearchDocument" d
    WHERE ${where} ${after}
    ORDER BY d."firstPublishedAt" DESC, d."entryId" DESC
    LIMIT ${searchPageSize + 1}`;
}

const snippetSourceLength = 3000;

type DetailRow = {
  entryId: string;
  language: string;
  origin: TranslationOrigin;
  kind: string;
  organisationName: string;
  title: string;
  plain: string;
  headline: string | null;
};

/**
 * The page's rows as shown: title, organisation, and the snippet, highlighted by
 * ts_headline on the chosen document's own text only. Markdown's punctuation is taken
 * out first, so a snippet reads as text. ts_headline reads the first
 * snippetSourceLength characters of summary and body: it costs in proportion to the text,
 * and was a quarter of a broad search's time on whole bodies.
 */
async function describeRows(db: PrismaClient, rows: PageRow[], q: string): Promise<SearchResult[]> {
  if (rows.length === 0) return [];
  const options = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=32, MinWords=16, ShortWord=2, HighlightAll=false`;
  const headline =
    q === ""
      ? Prisma.sql`NULL::text`
      : Prisma.sql`ts_headline(portal_search_config(d."language"), portal_search_fold(p."plain"), ${rowQuery(q)}, ${options})`;
  const details = await db.$queryRaw<DetailRow[]>`
    SELECT d."entryId", d."language", d."origin", d."kind", o."name" AS "organisationName", title."text" AS "title",
      p."plain", ${headline} AS "headline"
    FROM unnest(${rows.map((row) => row.entryId)}::text[], ${rows.map((row) => row.language)}::text[]) AS chosen("entryId", "language")
    JOIN "LibrarySearchDocument" d ON d."entryId" = chosen."entryId" AND d."language" = chosen."language"
    JOIN "Organisation" o ON o."id" = d."organisationId"
    JOIN "LibraryText" title ON title."revisionId" = d."revisionId" AND title."language" = d."language" AND title."field" = 'title'
    CROSS JOIN LATERAL (
      SELECT left(regexp_replace(regexp_replace(
        concat_ws(E'\n', (SELECT "text" FROM "LibraryText" WHERE "revisionId" = d."revisionId" AND "language" = d."language" AND "field" = 'summary'),
                         (SELECT "text" FROM "LibraryText" WHERE "revisionId" = d."revisionId" AND "language" = d."language" AND "field" = 'body')),
        '\\]\\([^)]*\\)', ' ', 'g'), '[][#*_>|~\`\\u0001-\\u0003]+', ' ', 'g'), ${snippetSourceLength}) AS "plain"
    ) p`;
  const byEntry = new Map(details.map((row) => [row.entryId, row]));
  return rows.flatMap((row) => {
    const detail = byEntry.get(row.entryId);
    if (!detail) return [];
    return [
      {
        entryId: detail.entryId,
        title: detail.title,
        organisationName: detail.organisationName,
        kind: detail.kind,
        language: detail.language,
        origin: detail.origin,
        snippet: detail.headline === null ? plainSnippet(detail.plain) : snippetFromHeadline(detail.plain, detail.headline),
      },
    ];
  });
}

/** One page of the library's search (or, without words, of the library newest first). */
export async function searchLibrary(db: PrismaClient, options: SearchOptions): Promise<SearchPage> {
  const limit = options.totalCountLimit ?? totalCountLimit;
  const counted = await countFacets(db, options, options.facetCountLimit ?? facetCountLimit, limit);
  const { facets } = counted;
  let total = counted.total;
  let totalIsLowerBound = false;
  if (!counted.complete) {
    total = counted.pooledTotal ?? (await countResults(db, options, limit));
    if (total > limit) [total, totalIsLowerBound] = [limit, true];
  }
  const rankingCapped = options.q !== "" && (totalIsLowerBound || total > (options.rankingCap ?? rankingCap));
  const order = options.q === "" || rankingCapped ? "newest" : "rank";
  const rows = total === 0 ? [] : await findPage(db, options, order);
  const shown = rows.slice(0, searchPageSize);
  const last = shown.at(-1);
  const next =
    rows.length > searchPageSize && last
      ? encodeCursor(
          order === "rank"
            ? { order, rank: last.rank ?? 0, id: last.entryId }
            : { order, at: last.at, id: last.entryId },
        )
      : null;
  return {
    total,
    totalIsLowerBound,
    facetsCountedAmong: counted.complete ? null : (options.facetCountLimit ?? facetCountLimit),
    order,
    rankingCapped,
    results: await describeRows(db, shown, options.q),
    next,
    facets,
  };
}
