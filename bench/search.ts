// `npm run bench`, the search scenario: a library of BENCH_ENTRIES (default 100,000)
// generated entries in five languages on the PostgreSQL server at TEST_DATABASE_URL, in a
// database of its own that is dropped afterwards. It prints p50 and p95 of searchLibrary
// (facet counts included, as the page asks for them) per kind of query, then the search
// page's throughput against bare node:http serving the same bytes, in the same run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { emptyFilters, type SearchFilters } from "~/modules/search/search.schemas";
import { searchLibrary } from "~/modules/search/search.server";
import { prismaClientOver } from "~/utils/database/open-database.server";
import { applyMigrations } from "../prisma/migrate";
import { connections, measure, row, seconds, start, stopChildren, waitFor } from "./load";
import { commonQueries, commonWords, corpusLanguages, rareQueries, rareWords, type CorpusLanguage } from "./search-corpus";

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.log("Search scenario skipped: set TEST_DATABASE_URL to a PostgreSQL server (it makes and drops a database of its own).");
  process.exit(0);
}
const entries = Number(process.env.BENCH_ENTRIES ?? 100_000);
const runsPerKind = Number(process.env.BENCH_QUERIES ?? 200);
const measurePage = process.env.BENCH_PAGE !== "off";
// BENCH_REUSE=<database name> measures a database kept by an earlier BENCH_KEEP=1 run.
const reused = process.env.BENCH_REUSE;
const databaseName = reused ?? `portal_bench_search_${process.pid}`;
const databaseUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The taxonomy's keys, read once the database is there (the filters of the facet queries). */
let themes: string[] = [];

const seconds_ = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** The library, generated in bulk with SQL; published the way the library publishes (the triggers build the index). */
async function generate(client: pg.Client) {
  await client.query(`CREATE TABLE bench_words ("language" text PRIMARY KEY, "common" text[], "rare" text[])`);
  for (const language of corpusLanguages) {
    await client.query(`INSERT INTO bench_words VALUES ($1, $2, $3)`, [language, commonWords[language], rareWords[language]]);
  }
  // n words of a language, the first of its list far more often than the last.
  await client.query(`CREATE FUNCTION bench_text(words text[], n int) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg(words[1 + floor(power(random(), 2.2) * cardinality(words))::int], ' ') FROM generate_series(1, n)
  $$`);
  let since = performance.now();
  await client.query(`INSERT INTO "Organisation" ("id", "slug", "name", "type", "countryCode", "city", "languages", "status", "updatedAt")
    SELECT 'bench-org-' || i, 'bench-org-' || i, 'Bench organisation ' || i, (enum_range(NULL::"OrganisationType"))[1 + i % 7],
      (ARRAY['IT', 'FR', 'ES', 'SE', 'GB', 'IE', 'BE', 'PT', 'DE', 'NL'])[1 + i % 10], 'City', ARRAY['en'], 'active', now()
    FROM generate_series(1, 500) i`);
  await client.query(
    `INSERT INTO "LibraryEntry" ("id", "organisationId", "kind", "originalLanguage", "updatedAt")
    SELECT 'be' || i, 'bench-org-' || (1 + i % 500), (enum_range(NULL::"LibraryEntryKind"))[1 + (i * 13) % 7],
      (ARRAY['en', 'en', 'en', 'fr', 'fr', 'it', 'it', 'es', 'es', 'sv'])[1 + (i * 7) % 10], now()
    FROM generate_series(1, $1::int) i`,
    [entries],
  );
  await client.query(
    `INSERT INTO "LibraryRevision" ("id", "entryId", "number", "status", "visibility", "themes", "audiences", "countryCode",
       "settings", "evidence", "hostsVisitors", "serviceLanguages", "decidedAt", "updatedAt")
    SELECT 'br' || i, 'be' || i, 1, 'published', (CASE WHEN i % 50 = 0 THEN 'members' ELSE 'public' END)::"LibraryVisibility",
      t.keys[1 + i % 15:1 + i % 15] || t.keys[1 + (i * 7) % 15:1 + (i * 7) % 15],
      ARRAY[(ARRAY['people-who-use-services', 'families', 'staff', 'managers', 'commissioners', 'policy-makers'])[1 + i % 6]],
      (ARRAY['IT', 'FR', 'ES', 'SE', 'GB', 'IE', 'BE', 'PT', 'DE', 'NL', 'AT', 'GR'])[1 + (i * 3) % 12],
      CASE WHEN e."kind" = 'service_description' THEN ARRAY[(enum_range(NULL::"ServiceSetting"))[1 + i % 4]] ELSE ARRAY[]::"ServiceSetting"[] END,
      CASE WHEN e."kind" = 'service_description' THEN (enum_range(NULL::"ServiceEvidence"))[1 + i % 3] END,
      e."kind" = 'service_description' AND i % 3 = 0, ARRAY[e."originalLanguage"], now(), now()
    FROM generate_series(1, $1::int) i JOIN "LibraryEntry" e ON e."id" = 'be' || i
      CROSS JOIN (SELECT array_agg("key" ORDER BY "position") AS keys FROM "Theme") t`,
    [entries],
  );
  console.log(`  organisations, entries, revisions: ${seconds_(since)} s`);
  since = performance.now();
  // The original's texts (a rare word in about one body in a hundred), then a machine
  // translation into one other language for every other entry.
  const texts = (language: string, origin: string, where: string) => `
    INSERT INTO "LibraryText" ("revisionId", "language", "field", "text", "origin", "sourceSha256", "updatedAt")
    SELECT 'br' || i, w."language", f."field"::"LibraryTextField",
      CASE f."field"
        WHEN 'title' THEN initcap(bench_text(w."common", 4 + i % 6))
        WHEN 'summary' THEN bench_text(w."common", 25 + i % 30) || '.'
        WHEN 'body' THEN bench_text(w."common", 120 + (i * 7) % 240) || '.'
          || CASE WHEN i % 97 = 0 THEN ' ' || w."rare"[1 + (i / 97) % cardinality(w."rare")] || '.' ELSE '' END
        ELSE bench_text(w."common", 12 + i % 10) END,
      '${origin}', ${origin === "original" ? "NULL" : "'bench'"}, now()
    FROM generate_series(1, ${entries}) i
    JOIN "LibraryEntry" e ON e."id" = 'be' || i
    JOIN bench_words w ON w."language" = ${language}
    CROSS JOIN unnest(CASE WHEN e."kind" = 'service_description' THEN ARRAY['title', 'summary', 'body', 'target_group', 'outcomes']
                           ELSE ARRAY['title', 'summary', 'body'] END) AS f("field")
    WHERE ${where}`;
  await client.query(texts(`e."originalLanguage"`, "original", "true"));
  await client.query(
    texts(
      `(ARRAY['en', 'fr', 'it', 'es', 'sv'])[1 + (array_position(ARRAY['en', 'fr', 'it', 'es', 'sv'], e."originalLanguage") + i % 4) % 5]`,
      "machine",
      "i % 2 = 0",
    ),
  );
  console.log(`  texts: ${seconds_(since)} s`);
  // Statistics first, so the triggers' statements are planned for tables of this size.
  await client.query(`ANALYZE`);
  since = performance.now();
  // Published in one statement per 10,000 entries. The row trigger would rebuild each entry
  // on its own; for a bulk load it is held back and the same function it calls rebuilds the
  // 10,000 at once (one statement instead of 10,000).
  await client.query(`ALTER TABLE "LibraryEntry" DISABLE TRIGGER "LibraryEntry_search_update"`);
  for (let from = 1; from <= entries; from += 10_000) {
    await client.query(
      `UPDATE "LibraryEntry" SET "publishedRevisionId" = 'br' || substr("id", 3),
         "firstPublishedAt" = timestamp '2020-01-01' + substr("id", 3)::int * interval '17 minutes'
       WHERE substr("id", 3)::int BETWEEN $1 AND $2`,
      [from, from + 9_999],
    );
    await client.query(`SELECT library_search_rebuild(ARRAY(SELECT 'be' || i FROM generate_series($1::int, $2::int) i))`, [from, Math.min(entries, from + 9_999)]);
  }
  await client.query(`ALTER TABLE "LibraryEntry" ENABLE TRIGGER "LibraryEntry_search_update"`);
  console.log(`  publishing and building the search documents: ${seconds_(since)} s`);
  await client.query(`VACUUM ANALYZE`);
  const counts = await client.query(`SELECT count(*)::int AS "documents", count(DISTINCT "entryId")::int AS "entries" FROM "LibrarySearchDocument"`);
  console.log(`  ${counts.rows[0].entries} entries, ${counts.rows[0].documents} search documents`);
}

type Kind = { name: string; make: (round: number) => { language: CorpusLanguage; q: string; filters?: Partial<SearchFilters> } };

const pick = <T>(list: readonly T[], round: number) => list[round % list.length]!;
const readerOf = (round: number) => pick(corpusLanguages, Math.floor(round / 7));

const kinds: Kind[] = [
  { name: "common term", make: (round) => ({ language: readerOf(round), q: pick(commonQueries[readerOf(round)], round) }) },
  { name: "rare term", make: (round) => ({ language: readerOf(round), q: pick(rareQueries[readerOf(round)], round) }) },
  {
    name: "common term + facets",
    make: (round) => ({
      language: readerOf(round),
      q: pick(commonQueries[readerOf(round)], round),
      filters: { kind: ["service_description"], country: [pick(["IT", "FR", "ES", "SE"], round)] },
    }),
  },
  {
    name: "rare term + facet",
    make: (round) => ({ language: readerOf(round), q: pick(rareQueries[readerOf(round)], round), filters: { theme: [pick(themes, round)] } }),
  },
  // A reader typing another language's word finds that language's originals.
  { name: "other language's word", make: (round) => ({ language: readerOf(round), q: pick(rareQueries[pick(corpusLanguages, round + 1)], round) }) },
  { name: "browse (no words)", make: (round) => ({ language: readerOf(round), q: "" }) },
  { name: "browse + facet", make: (round) => ({ language: readerOf(round), q: "", filters: { theme: [pick(themes, round)] } }) },
];

/** Thrown to skip the page measurement (BENCH_PAGE=off). */
class Done extends Error {}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-search-"));
try {
  if (!reused) {
    await admin(`DROP DATABASE IF EXISTS ${databaseName}`);
    await admin(`CREATE DATABASE ${databaseName}`);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await applyMigrations(async (sql, params) => (await client.query(sql, params)).rows);
    console.log(`Search: generating ${entries.toLocaleString("en")} entries on ${new URL(serverUrl).host}`);
    await generate(client);
    await client.end();
  }

  const prisma = prismaClientOver(new PrismaPg({ connectionString: databaseUrl }));
  themes = (await prisma.theme.findMany({ orderBy: { position: "asc" }, select: { key: true } })).map((theme) => theme.key);
  console.log(`\nsearchLibrary (total, facet counts, one page with snippets), ${runsPerKind} queries per kind, one at a time`);
  console.log(`${"kind".padEnd(24)} ${"p50".padStart(8)} ${"p95".padStart(8)}   mean matches`);
  for (const kind of kinds) {
    const timings: number[] = [];
    let matches = 0;
    for (let round = -10; round < runsPerKind; round++) {
      const { language, q, filters } = kind.make(Math.abs(round));
      const since = performance.now();
      const page = await searchLibrary(prisma, {
        q,
        filters: { ...emptyFilters(), ...filters },
        cursor: null,
        page: 1,
        readerLanguage: language,
        membersOnly: round % 2 === 0,
      });
      if (round >= 0) {
        timings.push(performance.now() - since);
        matches += page.total;
      }
    }
    timings.sort((a, b) => a - b);
    console.log(
      `${kind.name.padEnd(24)} ${percentile(timings, 0.5).toFixed(1).padStart(6)} ms ${percentile(timings, 0.95).toFixed(1).padStart(6)} ms   ${Math.round(matches / runsPerKind).toLocaleString("en")}`,
    );
  }
  await prisma.$disconnect();

  if (!measurePage) throw new Done();
  const pagePath = `/fr/search?q=${encodeURIComponent("logements")}&theme=housing`;
  start("bench/page-server.ts", { PORT: "3203", NODE_ENV: "production", DATABASE_URL: databaseUrl, DEMO_ACCOUNTS: "off", MAIL_WORKER: "off" });
  const page = await waitFor(`http://127.0.0.1:3203${pagePath}`);
  const bodyFile = path.join(workDir, "search.html");
  fs.writeFileSync(bodyFile, Buffer.from(await page.arrayBuffer()));
  start("bench/bare-server.ts", { PORT: "3204", BENCH_BODY_FILE: bodyFile });
  await waitFor("http://127.0.0.1:3204/");
  console.log(`\nSearch page ${pagePath} (${fs.statSync(bodyFile).size} bytes), ${connections} connections, ${seconds} s each`);
  const portal = await measure(`http://127.0.0.1:3203${pagePath}`);
  const bare = await measure("http://127.0.0.1:3204/");
  console.log(row("portal (Remix+PG)", portal));
  console.log(row("bare node:http", bare));
  console.log(`throughput ratio portal/bare: ${(portal.requestsPerSecond / bare.requestsPerSecond).toFixed(3)}`);
  console.log(`p95 latency ratio portal/bare: ${(portal.p95 / bare.p95).toFixed(1)}`);
} catch (error) {
  if (!(error instanceof Done)) throw error;
} finally {
  stopChildren();
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (process.env.BENCH_KEEP || reused) console.log(`kept ${databaseUrl}`);
  else await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch((error: unknown) => console.error(error));
  fs.rmSync(workDir, { recursive: true, force: true });
}
