// Checking in at the door, on the module: secrets that say nothing and find nothing outside
// their event, one check-in however many times (and from however many doors) it is tapped,
// and the search by name the door types into.
import { describe, expect, test } from "vitest";
import { createEvent, createPersonOf } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { checkIn, doorCounts, findRegistrants, giveCheckInSecrets, newCheckInSecret } from "./check-in.server";

const database = setUpTestDatabase();

async function registrant(eventId: string, status: RegistrationStatus, name = `Person ${Math.random().toString(36).slice(2, 8)}`) {
  const person = await createPerson(database.prisma, { name });
  return database.prisma.registration.create({ data: { eventId, personId: person.id, status } });
}

const organiser = () => createPerson(database.prisma, { networkRole: "coordinator" });
const historyOf = (registrationId: string) => database.prisma.registrationEvent.findMany({ where: { registrationId }, select: { from: true, to: true, actorId: true } });

describe("check-in secrets", () => {
  test("every confirmed or attended registration gets a secret of 128 random bits that names nobody; the others none; given once", async () => {
    const event = await createEvent(database.prisma, { capacity: 10 });
    const confirmed = await registrant(event.id, "confirmed", "Ana Secret");
    const attended = await registrant(event.id, "attended");
    const waiting = await registrant(event.id, "waitlisted");
    expect(await giveCheckInSecrets(database.prisma, event.id)).toBe(2);
    const rows = await database.prisma.registration.findMany({ where: { eventId: event.id }, select: { id: true, checkInSecret: true } });
    const secretOf = new Map(rows.map((row) => [row.id, row.checkInSecret]));
    for (const registration of [confirmed, attended]) {
      const secret = secretOf.get(registration.id)!;
      expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
      // 22 characters of base64url are 16 bytes: 128 bits.
      expect(Buffer.from(secret, "base64url")).toHaveLength(16);
      expect(secret).not.toContain(registration.id);
      // Not the name encoded (a 3-letter fragment would match a random secret now and then).
      expect(Buffer.from(secret, "base64url").toString("latin1")).not.toContain("Ana Secret");
      expect(secret.toLowerCase()).not.toContain("anasecret");
    }
    expect(secretOf.get(confirmed.id)).not.toBe(secretOf.get(attended.id));
    expect(secretOf.get(waiting.id)).toBeNull();
    expect(await giveCheckInSecrets(database.prisma, event.id)).toBe(0);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: confirmed.id } })).checkInSecret).toBe(secretOf.get(confirmed.id));
  });

  test("a thousand new secrets are all different", () => {
    expect(new Set(Array.from({ length: 1000 }, newCheckInSecret)).size).toBe(1000);
  });
});

describe("checking in", () => {
  test("a confirmed person is checked in once, by whom and when, through the workflow; the count of arrivals goes up; a second tap says when they came", async () => {
    const event = await createEvent(database.prisma, { capacity: 10 });
    const door = await organiser();
    const person = await registrant(event.id, "confirmed", "Łukasz Wałęsa");
    await registrant(event.id, "confirmed");
    await registrant(event.id, "waitlisted");
    expect(await doorCounts(database.prisma, event.id)).toEqual({ arrived: 0, expected: 2 });

    const at = new Date("2027-03-15T08:14:00Z");
    const first = await checkIn(database.prisma, { eventId: event.id, tap: { registrationId: person.id }, actorId: door.id, now: at, ip: "198.51.100.4" });
    expect(first).toMatchObject({ ok: true, outcome: "checkedIn", registrant: { name: "Łukasz Wałęsa", status: "attended", checkedInAt: at } });
    expect(await doorCounts(database.prisma, event.id)).toEqual({ arrived: 1, expected: 2 });
    const stored = await database.prisma.registration.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored).toMatchObject({ status: "attended", checkedInAt: at, checkedInById: door.id });
    expect(await historyOf(person.id)).toEqual([{ from: "confirmed", to: "attended", actorId: door.id }]);
    const audit = await database.prisma.auditEvent.findMany({ where: { action: "events.registration_decided", actorId: door.id } });
    expect(audit).toHaveLength(1);

    const again = await checkIn(database.prisma, { eventId: event.id, tap: { registrationId: person.id }, actorId: door.id, now: new Date("2027-03-15T09:00:00Z") });
    expect(again).toMatchObject({ ok: true, outcome: "alreadyCheckedIn", registrant: { checkedInAt: at } });
    expect(await historyOf(person.id)).toHaveLength(1);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: person.id } })).checkedInAt).toEqual(at);
    expect(await doorCounts(database.prisma, event.id)).toEqual({ arrived: 1, expected: 2 });
  });

  test("a badge's secret checks its person in; a secret of another event, a guessed one or a malformed one finds nothing and changes nothing", async () => {
    const [event, other] = [await createEvent(database.prisma, { capacity: 10 }), await createEvent(database.prisma, { capacity: 10 })];
    const door = await organiser();
    const here = await registrant(event.id, "confirmed");
    const there = await registrant(other.id, "confirmed");
    await giveCheckInSecrets(database.prisma, event.id);
    await giveCheckInSecrets(database.prisma, other.id);
    const secretOf = async (id: string) => (await database.prisma.registration.findUniqueOrThrow({ where: { id } })).checkInSecret!;

    for (const secret of [await secretOf(there.id), newCheckInSecret(), "x".repeat(22), "' OR 1=1 --", ""]) {
      expect(await checkIn(database.prisma, { eventId: event.id, tap: { secret }, actorId: door.id })).toEqual({ ok: false, error: "notFound" });
    }
    // Another event's registration named by its id is not found either.
    expect(await checkIn(database.prisma, { eventId: event.id, tap: { registrationId: there.id }, actorId: door.id })).toEqual({ ok: false, error: "notFound" });
    expect(await database.prisma.registration.count({ where: { status: "attended", eventId: { in: [event.id, other.id] } } })).toBe(0);

    expect(await checkIn(database.prisma, { eventId: event.id, tap: { secret: await secretOf(here.id) }, actorId: door.id })).toMatchObject({ ok: true, outcome: "checkedIn" });
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: here.id } })).status).toBe("attended");
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: there.id } })).status).toBe("confirmed");
  });

  test.each(["waitlisted", "cancelled", "applied", "offered", "declined"] as const)("someone %s cannot be checked in: they are told why, and nothing is written", async (status) => {
    const event = await createEvent(database.prisma, { capacity: 10 });
    const person = await registrant(event.id, status, "Begoña Muñoz");
    const result = await checkIn(database.prisma, { eventId: event.id, tap: { registrationId: person.id }, actorId: (await organiser()).id });
    expect(result).toMatchObject({ ok: false, error: "notConfirmed", registrant: { name: "Begoña Muñoz", status } });
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: person.id } })).status).toBe(status);
    expect(await historyOf(person.id)).toEqual([]);
  });
});

describe("the door's search", () => {
  test("finds a name by the start of any of its words, case and accents ignored, in every alphabet; every status; this event's registrants only", async () => {
    const [event, other] = [await createEvent(database.prisma, { capacity: 10 }), await createEvent(database.prisma, { capacity: 10 })];
    const organisation = await createOrganisation(database.prisma, { name: "Il Faro" });
    const lukasz = await database.prisma.registration.create({
      data: { eventId: event.id, personId: (await createPersonOf(database.prisma, organisation.id, { name: "Łukasz Wałęsa" })).id, organisationId: organisation.id, status: "confirmed" },
    });
    await registrant(event.id, "cancelled", "Жанна Иванова");
    await registrant(event.id, "waitlisted", "Δήμητρα Λαμπράκη");
    await registrant(event.id, "confirmed", "Anne-Marie O'Brien");
    await database.prisma.registration.create({ data: { eventId: event.id, status: "confirmed", delegateName: "Émilie Dupré", delegateEmail: "emilie@example.org" } });
    await registrant(other.id, "confirmed", "Łukasz Other");
    const names = async (typed: string) => (await findRegistrants(database.prisma, event.id, typed)).registrants.map((found) => found.name);

    expect(await findRegistrants(database.prisma, event.id, "lukasz wal")).toEqual({
      registrants: [{ id: lukasz.id, name: "Łukasz Wałęsa", organisation: "Il Faro", status: "confirmed", checkedInAt: null }],
      more: false,
    });
    expect(await names("ŁUK")).toEqual(["Łukasz Wałęsa"]);
    expect(await names("жан")).toEqual(["Жанна Иванова"]);
    expect(await names("λαμπρακη")).toEqual(["Δήμητρα Λαμπράκη"]);
    expect(await names("emilie")).toEqual(["Émilie Dupré"]);
    expect(await names("marie")).toEqual(["Anne-Marie O'Brien"]);
    expect(await names("obrien")).toEqual([]);
    expect(await names("o'brien")).toEqual(["Anne-Marie O'Brien"]);
    // The middle of a word is not the start of one; wildcards are not wildcards.
    expect(await names("ukasz")).toEqual([]);
    expect(await names("%")).toEqual([]);
    expect(await names("_")).toEqual([]);
    expect(await names("")).toEqual([]);
  });

  test("says when there are more than it shows", async () => {
    const event = await createEvent(database.prisma, { capacity: 10 });
    for (let n = 0; n < 4; n++) await registrant(event.id, "confirmed", `Maria ${n}`);
    const found = await findRegistrants(database.prisma, event.id, "maria", { limit: 3 });
    expect(found.registrants.map((registrant) => registrant.name)).toEqual(["Maria 0", "Maria 1", "Maria 2"]);
    expect(found.more).toBe(true);
  });
});

// Two doors (or twenty) tapping one person at the same moment: the workflow's conditional
// update lets exactly one move confirmed → attended (PostgreSQL only: PGlite runs one
// transaction at a time). Checked to fail with that protection switched off: with
// registrationWorkflow.setState updating `where: { id: where.id }` (the status left out of
// its WHERE), every one of the 5 rounds recorded 10 history rows confirmed → attended and
// answered "checkedIn" 10 times (as many as the pool's connections), not once.
raceTest("twenty doors checking one person in at once record one check-in", async () => {
  const event = await createEvent(database.prisma, { capacity: 10 });
  const person = await registrant(event.id, "confirmed");
  const doors = await Promise.all(Array.from({ length: 4 }, organiser));
  await giveCheckInSecrets(database.prisma, event.id);
  const secret = (await database.prisma.registration.findUniqueOrThrow({ where: { id: person.id } })).checkInSecret!;
  const results = await Promise.all(
    Array.from({ length: 20 }, (_, n) =>
      checkIn(database.prisma, { eventId: event.id, tap: n % 2 ? { secret } : { registrationId: person.id }, actorId: doors[n % doors.length]!.id, now: new Date(Date.now() + n) }),
    ),
  );
  const history = await database.prisma.registrationEvent.findMany({ where: { registrationId: person.id, from: "confirmed", to: "attended" } });
  expect(history).toHaveLength(1);
  const outcomes = results.map((result) => (result.ok ? result.outcome : result.error));
  expect(outcomes.filter((outcome) => outcome === "checkedIn")).toHaveLength(1);
  expect(outcomes.filter((outcome) => outcome === "alreadyCheckedIn")).toHaveLength(19);
  const winner = results.find((result) => result.ok && result.outcome === "checkedIn")!;
  const stored = await database.prisma.registration.findUniqueOrThrow({ where: { id: person.id } });
  expect(stored.checkedInAt).toEqual(winner.ok ? winner.registrant.checkedInAt : null);
  expect(stored.checkedInById).toBe(history[0]!.actorId);
  expect(await database.prisma.auditEvent.count({ where: { action: "events.registration_decided", actorId: { in: doors.map((door) => door.id) } } })).toBe(1);
});
