// Introductions that arrive at once (PostgreSQL only: PGlite runs one transaction at a
// time). `TEST_DATABASE_URL=… npx vitest run --project integration-postgres <this file>`.
// Checked: without the open-requests lock, six requests at once made more than three.
import { expect } from "vitest";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { introduceOrganisations, maxOpenRequests, requestIntroduction } from "./introductions.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "" };

raceTest("six requests from one organisation at once: three are open, three refused for the cap", async () => {
  const asking = await createOrganisation(database.prisma);
  const admin = await createPerson(database.prisma);
  const partners = await Promise.all(Array.from({ length: 6 }, () => createOrganisation(database.prisma)));
  const results = await Promise.all(
    partners.map((partner) => requestIntroduction(database.prisma, { organisationId: asking.id, partnerId: partner.id, actorId: admin.id }, origin)),
  );
  expect(results.filter((result) => result.ok)).toHaveLength(maxOpenRequests);
  expect(results.filter((result) => !result.ok).map((result) => (result.ok ? "" : result.error))).toEqual(["twinning_tooManyRequests", "twinning_tooManyRequests", "twinning_tooManyRequests"]);
  expect(await database.prisma.twinningIntroduction.count({ where: { organisationAId: asking.id, status: "open" } })).toBe(maxOpenRequests);
});

raceTest("two organisations asking for each other at once, and a coordinator introducing them meanwhile: one introduction is open", async () => {
  const [one, other] = [await createOrganisation(database.prisma), await createOrganisation(database.prisma)];
  const person = await createPerson(database.prisma, { networkRole: "coordinator" });
  const results = await Promise.all([
    requestIntroduction(database.prisma, { organisationId: one.id, partnerId: other.id, actorId: person.id }, origin),
    requestIntroduction(database.prisma, { organisationId: other.id, partnerId: one.id, actorId: person.id }, origin),
    introduceOrganisations(database.prisma, { organisationAId: one.id, organisationBId: other.id, actorId: person.id }, origin),
  ]);
  expect(results.filter((result) => result.ok)).toHaveLength(1);
  expect(results.filter((result) => !result.ok).map((result) => (result.ok ? "" : result.error))).toEqual(["twinning_introductionOpen", "twinning_introductionOpen"]);
});
