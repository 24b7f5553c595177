import { expect, test } from "vitest";
import { languages } from "~/utils/languages";
import { setUpTestDatabase } from "../tests/setup/set-up-test-database";
import { demoOrganisations } from "./seed-data/organisations";
import { demoPeople } from "./seed-data/people";
import { applyMigrations } from "./migrate";
import { seedDemoData } from "./seed";

const database = setUpTestDatabase();

test("the demo data has the six founder partners, more members than one page, and Charter v1 in every language", async () => {
  const result = await seedDemoData(database.prisma);
  expect(result).toEqual({ organisationsAdded: demoOrganisations.length, charterAdded: true, accountsAdded: demoPeople.length });

  const founders = await database.prisma.organisation.findMany({ where: { isFounderPartner: true }, select: { city: true } });
  expect(founders.map((f) => f.city).sort()).toEqual(["Bodmin", "Lille", "Monaghan", "Oviedo", "Stockholm", "Trieste"]);
  expect(await database.prisma.organisation.count({ where: { status: "active" } })).toBeGreaterThan(24);

  const charter = await database.prisma.charterVersion.findUniqueOrThrow({ where: { number: 1 }, include: { texts: true } });
  expect(charter.status).toBe("published");
  expect(charter.texts.map((t) => t.language).sort()).toEqual([...languages].sort());
  for (const text of charter.texts) expect(text.body.length).toBeGreaterThan(1500);
});

test("seeding again adds nothing and keeps what users changed", async () => {
  await database.prisma.organisation.update({
    where: { slug: demoOrganisations[0]!.slug },
    data: { name: "Renamed by its admin" },
  });
  const before = await database.prisma.organisation.count();

  expect(await seedDemoData(database.prisma)).toEqual({ organisationsAdded: 0, charterAdded: false, accountsAdded: 0 });
  expect(await database.prisma.organisation.count()).toBe(before);
  const renamed = await database.prisma.organisation.findUnique({ where: { slug: demoOrganisations[0]!.slug } });
  expect(renamed?.name).toBe("Renamed by its admin");
});

test("migrations already applied are not applied twice", async () => {
  expect(await applyMigrations(database.runSql)).toEqual([]);
  const rows = await database.runSql(`SELECT migration_name FROM "_prisma_migrations"`);
  expect(rows.length).toBeGreaterThan(0);
});
