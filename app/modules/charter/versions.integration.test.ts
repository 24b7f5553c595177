import { expect } from "vitest";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { createDraft } from "./versions.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.61" };

raceTest("drafts written at the same moment get the next numbers, one each", async () => {
  const admin = await createPerson(database.prisma, { networkRole: "network_admin" });
  const draft = { effectiveFrom: new Date("2030-01-01"), texts: [{ language: "en", title: "Charter", body: "Text." }], actorId: admin.id };
  const results = await Promise.all([1, 2, 3].map(() => createDraft(database.prisma, draft, origin)));
  const numbers = results.map((result) => result.number).sort((a, b) => a - b);
  expect(numbers).toEqual([numbers[0], numbers[0]! + 1, numbers[0]! + 2]);
});
