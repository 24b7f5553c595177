import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-database";
import { directoryPageSize, findPublicOrganisation, listDirectory, networkFigures } from "./directory.server";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const { prisma } = database;
  for (let i = 0; i < directoryPageSize + 3; i++) {
    await createOrganisation(prisma, { name: `Italian service ${String(i).padStart(2, "0")}`, countryCode: "IT" });
  }
  await createOrganisation(prisma, { name: "Stockholm peers", countryCode: "SE", type: "peer_led", isFounderPartner: true });
  await createOrganisation(prisma, { name: "Lisbon families", countryCode: "PT", type: "family_and_carers" });
  await createOrganisation(prisma, { name: "Applicant in Oslo", countryCode: "NO", status: "applicant", slug: "oslo-applicant" });
  await createOrganisation(prisma, { name: "Suspended in Oslo", countryCode: "NO", status: "suspended" });
});

afterAll(() => database.destroy());

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
