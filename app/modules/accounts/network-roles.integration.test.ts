import { expect } from "vitest";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { setNetworkRole } from "./network-roles.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.60" };

raceTest("two network admins revoking each other at the same moment leave one network admin", async () => {
  const { prisma } = database;
  // Theirs are the only two network admin roles, so only one of them can go.
  await prisma.user.updateMany({ where: { networkRole: "network_admin" }, data: { networkRole: null } });
  const [first, second] = [await createPerson(prisma, { networkRole: "network_admin" }), await createPerson(prisma, { networkRole: "network_admin" })];
  const results = await Promise.all([
    setNetworkRole(prisma, { userId: first.id, role: null, actorId: second.id }, origin),
    setNetworkRole(prisma, { userId: second.id, role: null, actorId: first.id }, origin),
  ]);
  expect(results.filter((result) => result.ok)).toHaveLength(1);
  expect(await prisma.user.count({ where: { networkRole: "network_admin" } })).toBe(1);
});
