import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { countryChartRows } from "./country-chart";
import { directoryPageSize, findPublicOrganisation, listDirectory, networkFigures } from "./directory.server";

const database = setUpTestDatabase();

beforeAll(async () => {
  const { prisma } = database;
  for (let i = 0; i < directoryPageSize + 3; i++) {
    await createOrganisation(prisma, { name: `Italian service ${String(i).padStart(2, "0")}`, countryCode: "IT" });
  }
  await createOrganisation(prisma, { name: "Stockholm peers", countryCode: "SE", type: "peer_led", isFounderPartner: true });
  await createOrganisation(prisma, { name: "Lisbon families", countryCode: "PT", type: "family_and_carers" });
  await createOrganisation(prisma, { name: "Applicant in Oslo", countryCode: "NO", status: "applicant", slug: "oslo-applicant" });
  await createOrganisation(prisma, { name: "Suspended in Oslo", countryCode: "NO", status: "suspended" });
});

describe("the public member directory", () => {
  test("lists only active members, in name order, a page at a time", async () => {
    const first = await listDirectory(database.prisma, { page: 1 });
    expect(first.total).toBe(directoryPageSize + 5);
    expect(first.pageCount).toBe(2);
    expect(first.organisations).toHaveLength(directoryPageSize);
    expect(first.organisations[0]?.name).toBe("Italian service 00");

    const second = await listDirectory(database.prisma, { page: 2 });
    expect(second.organisations.map((o) => o.name)).toEqual([
      "Italian service 12",
      "Italian service 13",
      "Italian service 14",
      "Lisbon families",
      "Stockholm peers",
    ]);
    const all = [...first.organisations, ...second.organisations].map((o) => o.name);
    expect(all.some((name) => name.includes("Oslo"))).toBe(false);
  });

  test("names sort as readers expect, accents and case in their natural places", async () => {
    const names = ["Zeta Network", "Ärlig Omsorg", "arlig peers", "Ålands förening", "Éclaircie"];
    const created = [];
    for (const name of names) created.push(await createOrganisation(database.prisma, { name, countryCode: "FI" }));
    try {
      const result = await listDirectory(database.prisma, { country: "FI", page: 1 });
      expect(result.organisations.map((o) => o.name)).toEqual([
        "Ålands förening",
        "Ärlig Omsorg",
        "arlig peers",
        "Éclaircie",
        "Zeta Network",
      ]);
    } finally {
      await database.prisma.organisation.deleteMany({ where: { id: { in: created.map((o) => o.id) } } });
    }
  });

  test("a page past the end shows the last page instead of nothing", async () => {
    const result = await listDirectory(database.prisma, { page: 99 });
    expect(result.page).toBe(2);
    expect(result.organisations.length).toBeGreaterThan(0);
  });

  test("filters by country and by type, and counts what each filter would show", async () => {
    const swedish = await listDirectory(database.prisma, { country: "SE", page: 1 });
    expect(swedish.organisations.map((o) => o.name)).toEqual(["Stockholm peers"]);

    const families = await listDirectory(database.prisma, { type: "family_and_carers", page: 1 });
    expect(families.organisations.map((o) => o.name)).toEqual(["Lisbon families"]);

    const none = await listDirectory(database.prisma, { country: "SE", type: "family_and_carers", page: 1 });
    expect(none.total).toBe(0);
    expect(none.pageCount).toBe(1);
    // The chosen filters stay among the options, so the form shows what is applied.
    expect(none.countries).toContainEqual({ code: "SE", count: 0 });
    expect(none.types).toContainEqual({ type: "family_and_carers", count: 0 });

    expect(swedish.countries).toEqual([
      { code: "IT", count: directoryPageSize + 3 },
      { code: "PT", count: 1 },
      { code: "SE", count: 1 },
    ]);
    expect(swedish.types).toEqual([{ type: "peer_led", count: 1 }]);
    // With a type chosen, the country options count only organisations of that type.
    expect(families.countries).toEqual([{ code: "PT", count: 1 }]);
  });

  describe("by language and theme", () => {
    // Beside the members made above (who speak Italian and English and name no theme).
    let created: string[] = [];
    beforeAll(async () => {
      const { prisma } = database;
      const organisations = [
        await createOrganisation(prisma, {
          name: "Copenhagen peer housing",
          countryCode: "DK",
          type: "peer_led",
          languages: ["da", "en"],
          themes: ["peer-support", "housing"],
        }),
        await createOrganisation(prisma, {
          name: "Aarhus relatives",
          countryCode: "DK",
          type: "family_and_carers",
          languages: ["da"],
          themes: ["families-and-carers"],
        }),
        // A language listed twice still counts the organisation once.
        await createOrganisation(prisma, {
          name: "Lyon voices",
          countryCode: "FR",
          type: "peer_led",
          languages: ["fr", "en", "fr"],
          themes: ["peer-support", "hearing-voices"],
        }),
        await createOrganisation(prisma, {
          name: "Applicant in Lyon",
          countryCode: "FR",
          status: "applicant",
          languages: ["fr"],
          themes: ["peer-support"],
        }),
        // Values no filter could select are not offered as options.
        await createOrganisation(prisma, {
          name: "Outside the taxonomy",
          countryCode: "DK",
          languages: ["xx"],
          themes: ["astrology"],
        }),
      ];
      created = organisations.map((organisation) => organisation.id);
    });
    afterAll(() => database.prisma.organisation.deleteMany({ where: { id: { in: created } } }));

    test("a language shows the members whose people speak it", async () => {
      const danish = await listDirectory(database.prisma, { language: "da", page: 1 });
      expect(danish.organisations.map((o) => o.name)).toEqual(["Aarhus relatives", "Copenhagen peer housing"]);
      expect(danish.total).toBe(2);
      // The language options ignore the language filter: each counts what choosing it shows.
      expect(danish.languages).toEqual([
        { code: "da", count: 2 },
        { code: "en", count: directoryPageSize + 5 + 2 },
        { code: "fr", count: 1 },
        { code: "it", count: directoryPageSize + 5 },
      ]);
      // The other options count only Danish speakers.
      expect(danish.themes).toEqual([
        { theme: "families-and-carers", count: 1 },
        { theme: "housing", count: 1 },
        { theme: "peer-support", count: 1 },
      ]);
      expect(danish.countries).toEqual([{ code: "DK", count: 2 }]);
      expect(danish.types).toEqual([
        { type: "family_and_carers", count: 1 },
        { type: "peer_led", count: 1 },
      ]);
    });

    test("a theme shows the members that work on it, and the options count within it", async () => {
      const peers = await listDirectory(database.prisma, { theme: "peer-support", page: 1 });
      expect(peers.organisations.map((o) => o.name)).toEqual(["Copenhagen peer housing", "Lyon voices"]);
      expect(peers.themes).toEqual([
        { theme: "families-and-carers", count: 1 },
        { theme: "hearing-voices", count: 1 },
        { theme: "housing", count: 1 },
        { theme: "peer-support", count: 2 },
      ]);
      expect(peers.languages).toEqual([
        { code: "da", count: 1 },
        { code: "en", count: 2 },
        { code: "fr", count: 1 },
      ]);
      expect(peers.types).toEqual([{ type: "peer_led", count: 2 }]);
    });

    test("all four filters combine, each option counting with the other three", async () => {
      const frenchPeers = await listDirectory(database.prisma, { type: "peer_led", language: "fr", theme: "peer-support", page: 1 });
      expect(frenchPeers.organisations.map((o) => o.name)).toEqual(["Lyon voices"]);

      const none = await listDirectory(database.prisma, { country: "DK", language: "fr", theme: "hearing-voices", page: 1 });
      expect(none.total).toBe(0);
      expect(none.organisations).toEqual([]);
      // In Denmark, with hearing voices: nobody, but the chosen language stays listed.
      expect(none.languages).toEqual([{ code: "fr", count: 0 }]);
      // In Denmark, in French: nobody either; the chosen theme stays listed.
      expect(none.themes).toEqual([{ theme: "hearing-voices", count: 0 }]);
      expect(none.types).toEqual([]);
      expect(none.countries).toEqual([
        { code: "DK", count: 0 },
        { code: "FR", count: 1 },
      ]);
    });

    test("the chart by country counts members for every filter but the country", async () => {
      const inDenmark = await listDirectory(database.prisma, { country: "DK", theme: "peer-support", page: 1 });
      expect(inDenmark.organisations.map((o) => o.name)).toEqual(["Copenhagen peer housing"]);
      expect(inDenmark.countries).toEqual([
        { code: "DK", count: 1 },
        { code: "FR", count: 1 },
      ]);
      expect(countryChartRows(inDenmark.countries, "en")).toEqual([
        { code: "DK", name: "Denmark", count: 1, share: 100 },
        { code: "FR", name: "France", count: 1, share: 100 },
      ]);

      const everyone = await listDirectory(database.prisma, { page: 1 });
      expect(countryChartRows(everyone.countries, "fr").map((row) => [row.name, row.count])).toEqual([
        ["Italie", directoryPageSize + 3],
        ["Danemark", 3],
        ["France", 1],
        ["Portugal", 1],
        ["Suède", 1],
      ]);
    });
  });

  test("an organisation's page exists only while it is an active member", async () => {
    const active = await createOrganisation(database.prisma, { slug: "visible-member" });
    expect((await findPublicOrganisation(database.prisma, "visible-member"))?.name).toBe(active.name);
    expect(await findPublicOrganisation(database.prisma, "oslo-applicant")).toBeNull();
    expect(await findPublicOrganisation(database.prisma, "no-such-slug")).toBeNull();
    await database.prisma.organisation.delete({ where: { id: active.id } });
  });

  test("the home page figures count active members, their countries and founders", async () => {
    expect(await networkFigures(database.prisma)).toEqual({
      members: directoryPageSize + 5,
      countries: 3,
      founders: 1,
    });
  });
});

describe("searching the directory by name or city", () => {
  // A database of its own: the members made at the top of this file are not in it.
  const searchable = setUpTestDatabase();
  beforeAll(async () => {
    const { prisma } = searchable;
    await createOrganisation(prisma, { name: "EPSM Lille Métropole", countryCode: "FR", city: "Lille", type: "public_health_service", languages: ["fr"] });
    await createOrganisation(prisma, { name: "Entendeurs de voix", countryCode: "FR", city: "Lille", type: "peer_led", languages: ["fr"] });
    await createOrganisation(prisma, { name: "Œuvre Falret", countryCode: "FR", city: "Saint-Étienne", type: "ngo_or_charity", languages: ["fr"] });
    await createOrganisation(prisma, { name: "Hörselröster Göteborg", countryCode: "SE", city: "Göteborg", type: "peer_led", languages: ["sv", "en"] });
    await createOrganisation(prisma, { name: "Metropolitan peers", countryCode: "GB", city: "London", type: "peer_led", languages: ["en"] });
    await createOrganisation(prisma, { name: "Applicant in Lille", countryCode: "FR", city: "Lille", status: "applicant" });
  });

  const names = async (filters: Omit<Parameters<typeof listDirectory>[1], "page">) =>
    (await listDirectory(searchable.prisma, { page: 1, ...filters })).organisations.map((o) => o.name);

  test("every word typed must start a word of the name or the city, case and accents aside", async () => {
    expect(await names({ q: "epsm lille" })).toEqual(["EPSM Lille Métropole"]);
    expect(await names({ q: "EPSM LILLE" })).toEqual(["EPSM Lille Métropole"]);
    expect(await names({ q: "metropole" })).toEqual(["EPSM Lille Métropole"]);
    expect(await names({ q: "métropole" })).toEqual(["EPSM Lille Métropole"]);
    // The start of a word is enough: "métro" finds Métropole and Metropolitan.
    expect(await names({ q: "métro" })).toEqual(["EPSM Lille Métropole", "Metropolitan peers"]);
    expect(await names({ q: "goteborg" })).toEqual(["Hörselröster Göteborg"]);
    expect(await names({ q: "oeuvre" })).toEqual(["Œuvre Falret"]);
    expect(await names({ q: "lille voix" })).toEqual(["Entendeurs de voix"]);
    expect(await names({ q: "lille paris" })).toEqual([]);
  });

  test("the city is searched too, hyphenated names by each of their words", async () => {
    // Only active members: the applicant in Lille is not found.
    expect(await names({ q: "Lille" })).toEqual(["Entendeurs de voix", "EPSM Lille Métropole"]);
    expect(await names({ q: "saint etienne" })).toEqual(["Œuvre Falret"]);
    expect(await names({ q: "Saint-Étienne" })).toEqual(["Œuvre Falret"]);
    expect(await names({ q: "london" })).toEqual(["Metropolitan peers"]);
  });

  test("the search combines with the filters, and the options and chart count within it", async () => {
    const peersInLille = await listDirectory(searchable.prisma, { q: "lille", type: "peer_led", page: 1 });
    expect(peersInLille.organisations.map((o) => o.name)).toEqual(["Entendeurs de voix"]);
    expect(peersInLille.total).toBe(1);
    // Each option counts what it would show with the search applied.
    expect(peersInLille.types).toEqual([
      { type: "peer_led", count: 1 },
      { type: "public_health_service", count: 1 },
    ]);
    expect(peersInLille.countries).toEqual([{ code: "FR", count: 1 }]);

    const english = await listDirectory(searchable.prisma, { q: "göteborg", type: "peer_led", language: "en", page: 1 });
    expect(english.organisations.map((o) => o.name)).toEqual(["Hörselröster Göteborg"]);
    expect(english.languages).toEqual([
      { code: "en", count: 1 },
      { code: "sv", count: 1 },
    ]);
    expect(await names({ q: "métro", country: "GB" })).toEqual(["Metropolitan peers"]);
  });

  test("what a reader types is only words: query syntax and punctuation are not obeyed", async () => {
    expect(await names({ q: "lille & !epsm" })).toEqual(["EPSM Lille Métropole"]);
    expect(await names({ q: "lille:* | x" })).toEqual([]);
    expect(await names({ q: "'); DROP TABLE \"Organisation\"; --" })).toEqual([]);
    // Nothing but punctuation narrows nothing.
    expect(await names({ q: "…!?" })).toHaveLength(5);
    expect(await searchable.prisma.organisation.count()).toBe(6);
  });
});
