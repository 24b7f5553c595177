import pg from "pg";
import { beforeAll, describe, expect, test } from "vitest";
import type { Language } from "~/utils/languages";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { publishEntry } from "../../../tests/fixtures/search";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { emptyFilters, parseSearchRequest, type SearchFilters } from "./search.schemas";
import { searchLibrary, searchPageSize } from "./search.server";

const database = setUpTestDatabase();
let organisationId = "";

type More = {
  filters?: Partial<SearchFilters>;
  membersOnly?: boolean;
  after?: string;
  rankingCap?: number;
  facetCountLimit?: number;
  totalCountLimit?: number;
  probeSize?: number;
};

function search(readerLanguage: Language, q: string, more: More = {}) {
  const params = new URLSearchParams({ q });
  if (more.after) params.set("after", more.after);
  const { request } = parseSearchRequest(params);
  return searchLibrary(database.prisma, {
    ...request,
    filters: { ...emptyFilters(), ...more.filters },
    readerLanguage,
    membersOnly: more.membersOnly ?? false,
    rankingCap: more.rankingCap,
    facetCountLimit: more.facetCountLimit,
    totalCountLimit: more.totalCountLimit,
    probeSize: more.probeSize,
  });
}

const titles = (page: Awaited<ReturnType<typeof search>>) => page.results.map((result) => result.title);

beforeAll(async () => {
  const { prisma } = database;
  organisationId = (await createOrganisation(prisma, { name: "Centro di salute mentale", type: "public_health_service" })).id;
  const entry = (originalLanguage: string, title: string, body: string, more: Partial<Parameters<typeof publishEntry>[1]> = {}) =>
    publishEntry(prisma, { organisationId, originalLanguage, original: { title, summary: `${title}.`, body }, ...more });
  await entry("fr", "Les équipes mobiles", "Les services communautaires accompagnaient les familles à domicile.", { kind: "service_description", countryCode: "FR" });
  await entry("sv", "Stödgrupper för anhöriga", "Våra stödgrupper träffas varje vecka i kommunen.", { countryCode: "SE" });
  await entry("it", "Centri diurni", "I servizi territoriali sostengono le persone nella comunità.", { kind: "report" });
  await entry("es", "Vivienda primero", "Los servicios comunitarios ofrecen vivienda estable.", { countryCode: "ES" });
  await entry("en", "Peer support groups", "Supporting each other through recovery, week after week.", {
    countryCode: "GB",
    translations: { fr: { title: "Groupes de pair-aidance", summary: "S'entraider", body: "Les groupes de pairs se soutiennent dans le rétablissement." } },
  });
  await entry("en", "Hearing voices network", "A network of hearing voices groups across the region.", { countryCode: "GB" });
  await entry("en", "Members-only clozapine protocol", "An internal protocol for the clozapine clinic.", { visibility: "members", kind: "tool" });
  for (let i = 0; i < searchPageSize + 5; i++) {
    await entry("en", `Training module ${String(i).padStart(2, "0")}`, "A training module on crisis planning.", { kind: "training_material" });
  }
});

describe("stemming in each language", () => {
  test("a French plural and verb form find the singular and infinitive", async () => {
    expect(titles(await search("fr", "service communautaire"))).toEqual(["Les équipes mobiles"]);
    expect(titles(await search("fr", "accompagner famille"))).toEqual(["Les équipes mobiles"]);
  });

  test("Swedish, Italian, Spanish and English stem their own words", async () => {
    expect(titles(await search("sv", "stödgrupp"))).toEqual(["Stödgrupper för anhöriga"]);
    expect(titles(await search("it", "servizio territoriale"))).toEqual(["Centri diurni"]);
    expect(titles(await search("es", "servicio comunitario"))).toEqual(["Vivienda primero"]);
    expect(titles(await search("en", "supported group"))).toEqual(["Peer support groups"]);
  });

  test("accents and case are ignored, both ways", async () => {
    expect(titles(await search("fr", "EQUIPES"))).toEqual(["Les équipes mobiles"]);
    expect(titles(await search("sv", "stodgrupper"))).toEqual(["Stödgrupper för anhöriga"]);
    expect(titles(await search("it", "comunita"))).toEqual(["Centri diurni"]);
  });
});

describe("an entry without text in the reader's language", () => {
  test("is found through its machine translation, which is labelled", async () => {
    const page = await search("fr", "rétablissement");
    expect(page.results).toMatchObject([{ title: "Groupes de pair-aidance", language: "fr", origin: "machine" }]);
  });

  test("is found in its original language, with that language's stemming", async () => {
    const page = await search("es", "hearing voices");
    expect(page.results).toMatchObject([{ title: "Hearing voices network", language: "en", origin: "original" }]);
    // An English reader sees the English original of the translated entry, not the French.
    expect((await search("en", "recovery")).results).toMatchObject([{ title: "Peer support groups", language: "en" }]);
    expect((await search("en", "rétablissement")).results).toEqual([]);
  });
});

describe("members-only entries", () => {
  test("never reach a visitor: not in results, the total or a facet count", async () => {
    const visitor = await search("en", "clozapine");
    expect(visitor.total).toBe(0);
    expect(visitor.results).toEqual([]);
    const browsing = await search("en", "");
    expect(browsing.facets.kind.find((option) => option.value === "tool")).toBeUndefined();
    expect(titles(browsing)).not.toContain("Members-only clozapine protocol");
  });

  test("are found by people who may read them", async () => {
    const member = await search("en", "clozapine", { membersOnly: true });
    expect(titles(member)).toEqual(["Members-only clozapine protocol"]);
    expect(member.facets.kind).toEqual([{ value: "tool", count: 1 }]);
  });
});

describe("facets", () => {
  test("count what choosing each option would show, the other facets applied", async () => {
    const page = await search("en", "");
    expect(page.total).toBe(searchPageSize + 5 + 6);
    const kinds = Object.fromEntries(page.facets.kind.map((option) => [option.value, option.count]));
    // An English reader sees the French, Swedish, Italian and Spanish originals too.
    expect(kinds).toEqual({ training_material: searchPageSize + 5, good_practice: 4, service_description: 1, report: 1 });
    const filtered = await search("en", "", { filters: { kind: ["good_practice"] } });
    expect(filtered.total).toBe(4);
    expect(Object.fromEntries(filtered.facets.country.map((option) => [option.value, option.count]))).toEqual({ GB: 2, SE: 1, ES: 1 });
    // The kind facet keeps its other options' counts while one is chosen.
    expect(filtered.facets.kind).toEqual(page.facets.kind);
    const twoCountries = await search("en", "", { filters: { country: ["SE", "ES"] } });
    expect(titles(twoCountries).sort()).toEqual(["Stödgrupper för anhöriga", "Vivienda primero"]);
  });

  test("beyond the limit, facets are counted among the newest matches and the total stays exact, or says more than", async () => {
    const exact = await search("en", "");
    expect(exact.facetsCountedAmong).toBeNull();
    const counted = await search("en", "", { facetCountLimit: 10 });
    expect(counted.facetsCountedAmong).toBe(10);
    expect(counted.total).toBe(exact.total);
    expect(counted.totalIsLowerBound).toBe(false);
    // The newest eleven are training modules.
    expect(counted.facets.kind).toEqual([{ value: "training_material", count: 11 }]);
    const filtered = await search("en", "", { facetCountLimit: 10, filters: { kind: ["good_practice"] } });
    expect(filtered.total).toBe(4);
    const bounded = await search("en", "", { facetCountLimit: 10, totalCountLimit: 12 });
    expect(bounded).toMatchObject({ total: 12, totalIsLowerBound: true });
  });

  test("a broad search finds the same newest matches whichever way it reads them", async () => {
    // 1,000: the probe holds every document and finds the 13 wanted; 5: the newest five
    // match, too few but a dense share, so the newest 13 × 20 are read; 0: nothing
    // probed, so every match is read through the GIN index and sorted.
    const ways = [1000, 5, 0];
    for (const q of ["training", "crisis planning"]) {
      const pages = await Promise.all(ways.map((probeSize) => search("en", q, { facetCountLimit: 10, totalCountLimit: 12, probeSize })));
      for (const page of pages) {
        expect(page).toEqual(pages[0]);
        expect(page).toMatchObject({ total: 12, totalIsLowerBound: true, facetsCountedAmong: 10, order: "newest" });
      }
      expect(titles(pages[0]!)[0]).toBe(`Training module ${searchPageSize + 4}`);
    }
    const few = await Promise.all(ways.map((probeSize) => search("en", "clozapine", { membersOnly: true, probeSize })));
    expect(few[1]).toEqual(few[0]);
    expect(few[2]).toEqual(few[0]);
    expect(titles(few[0]!)).toEqual(["Members-only clozapine protocol"]);
  });

  test("an organisation's type follows the organisation", async () => {
    const before = await search("en", "", { filters: { type: ["peer_led"] } });
    expect(before.total).toBe(0);
    await database.prisma.organisation.update({ where: { id: organisationId }, data: { type: "peer_led" } });
    const after = await search("en", "", { filters: { type: ["peer_led"] } });
    expect(after.total).toBeGreaterThan(0);
    await database.prisma.organisation.update({ where: { id: organisationId }, data: { type: "public_health_service" } });
  });
});

describe("pages", () => {
  test("follow one another without a gap or a repeat, ranked or newest first", async () => {
    for (const rankingCap of [1000, 5]) {
      const first = await search("en", "training module", { rankingCap });
      expect(first.order).toBe(rankingCap === 5 ? "newest" : "rank");
      expect(first.rankingCapped).toBe(rankingCap === 5);
      expect(first.results).toHaveLength(searchPageSize);
      expect(first.next).not.toBeNull();
      const second = await search("en", "training module", { after: first.next!, rankingCap });
      expect(second.next).toBeNull();
      const all = [...titles(first), ...titles(second)];
      expect(new Set(all).size).toBe(searchPageSize + 5);
    }
  });

  test("browsing lists the newest first", async () => {
    const page = await search("en", "");
    expect(page.order).toBe("newest");
    expect(titles(page)[0]).toBe(`Training module ${searchPageSize + 4}`);
  });
});

describe("snippets", () => {
  test("mark the words found, in the text as written", async () => {
    const [result] = (await search("fr", "communautaire")).results;
    const marked = result!.snippet.parts.filter((part) => part.marked).map((part) => part.text);
    expect(marked).toEqual(["communautaires"]);
    expect(result!.snippet.parts.map((part) => part.text).join("")).toContain("Les services communautaires accompagnaient les familles à domicile.");
  });
});

describe("an archived entry", () => {
  test("leaves the search", async () => {
    const { entryId } = await publishEntry(database.prisma, { organisationId, originalLanguage: "en", original: { title: "Archived zebra entry" } });
    expect(titles(await search("en", "zebra"))).toEqual(["Archived zebra entry"]);
    await database.prisma.libraryEntry.update({ where: { id: entryId }, data: { archivedAt: new Date() } });
    expect(titles(await search("en", "zebra"))).toEqual([]);
  });
});

describe("hostile queries", () => {
  test.each([
    ['"unclosed quote', ""],
    ["!!! & | <-> :* ()", ""],
    ["a\u0000b", ""],
    ["x".repeat(10_000), ""],
    ["'; DROP TABLE \"LibraryEntry\"; --", ""],
    ["or or -", ""],
    ["\ud800 lone surrogate", ""],
  ])("%# is searched without an error", async (q) => {
    const page = await search("en", q);
    expect(page.total).toBeGreaterThanOrEqual(0);
  });

  test("a cursor that is not one starts at the first page", async () => {
    const first = await search("en", "training", { after: "not-a-cursor" });
    expect(first.results).toHaveLength(searchPageSize);
  });
});

describe("an organisation's type changed while one of its entries is being published", () => {
  raceTest("the entry's documents end with the new type", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma, { type: "ngo_or_charity" });
    const entry = await prisma.libraryEntry.create({ data: { organisationId: organisation.id, kind: "report", originalLanguage: "en" } });
    const revision = await prisma.libraryRevision.create({
      data: { entryId: entry.id, number: 1, status: "published", texts: { create: [{ language: "en", field: "title", text: "Racing report" }] } },
    });
    const publisher = new pg.Client({ connectionString: database.url });
    const coordinator = new pg.Client({ connectionString: database.url });
    await Promise.all([publisher.connect(), coordinator.connect()]);
    try {
      await publisher.query("BEGIN");
      await publisher.query(`UPDATE "LibraryEntry" SET "publishedRevisionId" = $1, "firstPublishedAt" = now() WHERE "id" = $2`, [revision.id, entry.id]);
      // The type changes while the publication is not yet committed, then it commits.
      const retyped = coordinator.query(`UPDATE "Organisation" SET "type" = 'peer_led' WHERE "id" = $1`, [organisation.id]);
      await new Promise((resolve) => setTimeout(resolve, 150));
      await publisher.query("COMMIT");
      await retyped;
    } finally {
      await Promise.all([publisher.end(), coordinator.end()]);
    }
    const rows = await database.runSql(`SELECT "organisationType" FROM "LibrarySearchDocument" WHERE "entryId" = $1`, [entry.id]);
    expect(rows).toEqual([{ organisationType: "peer_led" }]);
  });
});
