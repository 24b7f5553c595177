// Places are never oversold, whatever arrives at once (PostgreSQL only: PGlite runs one
// transaction at a time). Each test below fails with the places lock switched off,
// `PLACES_LOCK=off TEST_DATABASE_URL=… npx vitest run --project integration-postgres <this file>`
// (checked: 200 registrations for 20 places then confirmed 28; 30 delegates under a cap of
// 3 got 10 places; two accepts of one offer failed with a stale state; 15 groups of three
// for 20 places confirmed 30, and groups under a cap of 4 confirmed 30). The same burst over
// HTTP, through the real server, is tests/race/registration-burst.test.ts.
import { expect } from "vitest";
import { createEvent, createPersonOf, registrationForm } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { acceptOffer, cancelRegistration, registerGroup, registerPerson } from "./registrations.server";
import { waitingPositions } from "./waiting-list.server";

const database = setUpTestDatabase();

/** Registers until placed: a "busy" answer is tried again, as a person would. */
async function registerUntilPlaced(...args: Parameters<typeof registerPerson>) {
  for (;;) {
    const result = await registerPerson(...args);
    if (result.ok || result.error !== "busy") return result;
    // As a person would: wait a moment before trying again, rather than at once.
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
  }
}

raceTest(
  "200 registrations at once for 20 places: exactly 20 confirmed, 180 waiting at positions 1 to 180",
  async () => {
    const event = await createEvent(database.prisma, { capacity: 20 });
    const people = [];
    for (let n = 0; n < 200; n++) people.push(await createPerson(database.prisma));
    const results = await Promise.all(people.map((person) => registerUntilPlaced(database.prisma, { eventId: event.id, personId: person.id, form: registrationForm() })));
    expect(results.every((result) => result.ok)).toBe(true);
    const counts = await database.prisma.registration.groupBy({ by: ["status"], where: { eventId: event.id }, _count: true });
    expect(Object.fromEntries(counts.map((row) => [row.status, row._count]))).toEqual({ confirmed: 20, waitlisted: 180 });
    expect([...(await waitingPositions(database.prisma, event.id)).values()].sort((a, b) => a - b)).toEqual(Array.from({ length: 180 }, (_, index) => index + 1));
  },
  { rounds: 2, timeout: 180_000 },
);

raceTest("delegates of one organisation at once never exceed its cap", async () => {
  const event = await createEvent(database.prisma, { capacity: 50, organisationCap: 3 });
  const organisation = await createOrganisation(database.prisma);
  const people = [];
  for (let n = 0; n < 30; n++) people.push(await createPersonOf(database.prisma, organisation.id));
  await Promise.all(people.map((person) => registerUntilPlaced(database.prisma, { eventId: event.id, personId: person.id, form: registrationForm({ organisationId: organisation.id }) })));
  expect(await database.prisma.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(3);
}, { timeout: 120_000 });

/** Registers a group until placed, as registerUntilPlaced does for one person. */
async function registerGroupUntilPlaced(...args: Parameters<typeof registerGroup>) {
  for (;;) {
    const result = await registerGroup(...args);
    if (result.ok || result.error !== "busy") return result;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
  }
}

/** `groups` groups of three delegates, each named with an address of its own, from `organisationIds` in turn. */
async function groupsOfThree(groups: number, organisationIds: string[]) {
  const admins: { id: string }[] = [];
  for (const organisationId of organisationIds) admins.push(await createPersonOf(database.prisma, organisationId));
  return Array.from({ length: groups }, (_, group) => ({
    organisationId: organisationIds[group % organisationIds.length]!,
    registeredById: admins[group % organisationIds.length]!.id,
    delegates: Array.from({ length: 3 }, (_, n) => ({ name: `Delegate ${group}-${n}`, email: `delegate-${group}-${n}-${Math.random().toString(36).slice(2, 8)}@example.org` })),
  }));
}

raceTest(
  "15 groups of three at once for 20 places, placed together: 6 groups confirmed whole, 9 waiting whole at positions 1 to 9",
  async () => {
    const event = await createEvent(database.prisma, { capacity: 20, groupPolicy: "together" });
    const organisations: string[] = [];
    for (let n = 0; n < 15; n++) organisations.push((await createOrganisation(database.prisma)).id);
    const groups = await groupsOfThree(15, organisations);
    const results = await Promise.all(groups.map((group) => registerGroupUntilPlaced(database.prisma, { eventId: event.id, ...group })));
    expect(results.every((result) => result.ok)).toBe(true);
    const registrations = await database.prisma.registration.findMany({ where: { eventId: event.id }, select: { groupId: true, status: true } });
    expect(registrations.filter((registration) => registration.status === "confirmed")).toHaveLength(18);
    expect(registrations.filter((registration) => registration.status === "waitlisted")).toHaveLength(27);
    // Never split: each group's three share one status.
    const statusesByGroup = new Map<string, Set<string>>();
    for (const registration of registrations) statusesByGroup.set(registration.groupId!, (statusesByGroup.get(registration.groupId!) ?? new Set()).add(registration.status));
    expect([...statusesByGroup.values()].every((statuses) => statuses.size === 1)).toBe(true);
    const positions = [...(await waitingPositions(database.prisma, event.id)).values()].sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 27 }, (_, index) => Math.floor(index / 3) + 1));
  },
  { rounds: 2, timeout: 120_000 },
);

raceTest(
  "10 groups of three from one organisation at once under a cap of 4, split: 4 confirmed, 26 waiting in 9 entries",
  async () => {
    const event = await createEvent(database.prisma, { capacity: 50, organisationCap: 4, groupPolicy: "split" });
    const organisation = await createOrganisation(database.prisma);
    const groups = await groupsOfThree(10, [organisation.id]);
    const results = await Promise.all(groups.map((group) => registerGroupUntilPlaced(database.prisma, { eventId: event.id, ...group })));
    expect(results.every((result) => result.ok)).toBe(true);
    const counts = await database.prisma.registration.groupBy({ by: ["status"], where: { eventId: event.id }, _count: true });
    expect(Object.fromEntries(counts.map((row) => [row.status, row._count]))).toEqual({ confirmed: 4, waitlisted: 26 });
    expect(Math.max(...(await waitingPositions(database.prisma, event.id)).values())).toBe(9);
  },
  { rounds: 2, timeout: 120_000 },
);

raceTest("two accepts of one offered place at once: one confirms it, the other is told there is no offer", async () => {
  const event = await createEvent(database.prisma, { capacity: 1 });
  const [first, second, third] = [await createPerson(database.prisma), await createPerson(database.prisma), await createPerson(database.prisma)];
  const held = await registerPerson(database.prisma, { eventId: event.id, personId: first.id, form: registrationForm() });
  const waiting = await registerPerson(database.prisma, { eventId: event.id, personId: second.id, form: registrationForm() });
  await registerPerson(database.prisma, { eventId: event.id, personId: third.id, form: registrationForm() });
  if (!held.ok || !waiting.ok) throw new Error("setup");
  await cancelRegistration(database.prisma, { registrationId: held.registrationId, actorId: first.id, by: "registrant" });
  const answers = await Promise.all([
    acceptOffer(database.prisma, { registrationId: waiting.registrationId, personId: second.id }),
    acceptOffer(database.prisma, { registrationId: waiting.registrationId, personId: second.id }),
  ]);
  expect(answers).toContainEqual({ ok: true });
  expect(answers).toContainEqual({ ok: false, error: "noOffer" });
  expect(await database.prisma.registration.count({ where: { eventId: event.id, status: { in: ["confirmed", "offered"] } } })).toBe(1);
});
