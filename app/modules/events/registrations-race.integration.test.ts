// Places are never oversold, whatever arrives at once (PostgreSQL only: PGlite runs one
// transaction at a time). Each test below fails with the places lock taken out of
// lockPlaces (checked: 200 registrations for 20 places then confirmed 28; 30 delegates
// under a cap of 3 got 10 places; two accepts of one offer failed with a stale state).
import { expect } from "vitest";
import { createEvent, createPersonOf, registrationForm } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { acceptOffer, cancelRegistration, registerPerson } from "./registrations.server";
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
