// Allotments as organisers set them on the registrations page: the loader's list and the
// action's form, posted with a coordinator's cookie, and what the ledger and the waiting
// list then say.
import { describe, expect, test } from "vitest";
import * as organisersRoute from "~/routes/$lang.coordination.events.$eventId_.registrations";
import { createEvent, createMemberInGoodStanding, registrationForm } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { instantToWallTime } from "~/utils/zoned-time";
import { placesOf } from "./places.server";
import { registerPerson, setAllotments } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;

type Page = {
  allotments: { key: string; organisationName: string | null; places: number; used: number; released: boolean; releasesAt: string; releasesOn: string }[];
  candidates: { id: string; name: string; inGoodStanding: boolean }[];
};
type Reply = { form: string; error?: string; result?: { error?: Record<string, string[]>; initialValue?: Record<string, string> } };

async function organiser() {
  return createPerson(database.prisma, { networkRole: "coordinator" });
}

async function call(method: "GET" | "POST", eventId: string, userId: string, form: Record<string, string> = {}, lang = "en") {
  const cookie = await signedInCookie(database.prisma, userId);
  const request = makeRequest(`/${lang}/coordination/events/${eventId}/registrations`, { method, cookie, form });
  const run = method === "GET" ? organisersRoute.loader : organisersRoute.action;
  return outcomeOf(() => run({ request, params: { lang, eventId }, context: testContext } as never));
}

/** A week from now at the venue, as the form's date field reads it. */
const inAWeek = () => instantToWallTime(new Date(Date.now() + 7 * day), "Europe/Rome");

function row(n: number, values: { organisation?: string; places?: string; releasesAt?: string; change?: string }) {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`allotment-${n}-${name}`, value]));
}

async function waitingOutsider(eventId: string) {
  const result = await registerPerson(database.prisma, { eventId, personId: (await createPerson(database.prisma)).id, form: registrationForm() });
  if (!result.ok || result.status !== "waitlisted") throw new Error(`expected to wait, got ${JSON.stringify(result)}`);
  return result.registrationId;
}

const statusOf = async (id: string) => (await database.prisma.registration.findUniqueOrThrow({ where: { id } })).status;

describe("the organisers' allotments", () => {
  test("the page lists each allotment with its places, how many are used and its release date at the venue, labelled with the zone", async () => {
    const event = await createEvent(database.prisma, { capacity: 5 });
    const member = await createMemberInGoodStanding(database.prisma, { name: "Fondazione Basaglia" });
    const coordinator = await organiser();
    const releasesAt = new Date(Date.UTC(2031, 0, 15, 8, 0));
    await setAllotments(database.prisma, { eventId: event.id, actorId: coordinator.id, allotments: [{ organisationId: member.id, places: 2, releasesAt }, { organisationId: null, places: 1, releasesAt }] });
    const page = (await call("GET", event.id, coordinator.id)).data as Page;
    expect(page.allotments.map((allotment) => [allotment.organisationName, allotment.places, allotment.used, allotment.released, allotment.releasesAt])).toEqual([
      [null, 1, 0, false, "2031-01-15T09:00"],
      ["Fondazione Basaglia", 2, 0, false, "2031-01-15T09:00"],
    ]);
    expect(page.allotments[0]!.releasesOn).toMatch(/January 15, 2031.* 9:00 AM \(Europe\/Rome\)$/);
    const french = (await call("GET", event.id, coordinator.id, {}, "fr")).data as Page;
    expect(french.allotments[0]!.releasesOn).toBe("15 janvier 2031 à 09:00 (Europe/Rome)");
    expect(page.candidates.find((candidate) => candidate.id === member.id)).toMatchObject({ inGoodStanding: true });
  });

  test("an organiser adds an allotment for a member in good standing and one for the members' pool, with dates typed at the venue", async () => {
    const event = await createEvent(database.prisma, { capacity: 5 });
    const member = await createMemberInGoodStanding(database.prisma);
    const coordinator = await organiser();
    const outcome = await call("POST", event.id, coordinator.id, {
      intent: "allotments",
      rows: "2",
      ...row(0, { organisation: member.id, places: "2", releasesAt: "2031-03-01T12:00" }),
      ...row(1, { organisation: "pool", places: "1", releasesAt: "2031-03-02T12:00" }),
    });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/en/coordination/events/${event.id}/registrations?notice=allotments`);
    const stored = await database.prisma.eventAllotment.findMany({ where: { eventId: event.id }, orderBy: { releasesAt: "asc" } });
    expect(stored.map((allotment) => [allotment.organisationId, allotment.places, allotment.releasesAt.toISOString()])).toEqual([
      [member.id, 2, "2031-03-01T11:00:00.000Z"],
      [null, 1, "2031-03-02T11:00:00.000Z"],
    ]);
    expect(await placesOf(database.prisma, event.id)).toMatchObject({ free: 2, reserved: 3 });
    expect(await database.prisma.auditEvent.count({ where: { action: "events.allotment_changed", actorId: coordinator.id } })).toBe(1);
  });

  test("an allotment larger than the free places is refused, keeping what was typed, and changes nothing", async () => {
    const event = await createEvent(database.prisma, { capacity: 3 });
    await registerPerson(database.prisma, { eventId: event.id, personId: (await createPerson(database.prisma)).id, form: registrationForm() });
    const coordinator = await organiser();
    const outcome = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "1", ...row(0, { organisation: "pool", places: "3", releasesAt: inAWeek() }) });
    expect(outcome.status).toBe(400);
    const reply = outcome.data as Reply;
    expect(reply.form).toBe("allotments");
    expect(reply.result?.error?.[""]).toEqual(["event_allotmentsTooLarge:2"]);
    expect(reply.result?.initialValue?.["allotment-0-places"]).toBe("3");
    expect(await database.prisma.eventAllotment.count({ where: { eventId: event.id } })).toBe(0);
    expect(await database.prisma.auditEvent.count({ where: { action: "events.allotment_changed", actorId: coordinator.id } })).toBe(0);
  });

  test("a release date in the past is refused on its row", async () => {
    const event = await createEvent(database.prisma);
    const coordinator = await organiser();
    const yesterday = instantToWallTime(new Date(Date.now() - day), "Europe/Rome");
    const outcome = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "1", ...row(0, { organisation: "pool", places: "1", releasesAt: yesterday }) });
    expect(outcome.status).toBe(400);
    expect((outcome.data as Reply).result?.error?.["allotment-0-releasesAt"]).toEqual(["event_releaseInPast"]);
    expect(await database.prisma.eventAllotment.count({ where: { eventId: event.id } })).toBe(0);
  });

  test("a date that is no date, places that are no number and a row without its date are refused on their fields", async () => {
    const event = await createEvent(database.prisma);
    const coordinator = await organiser();
    const outcome = await call("POST", event.id, coordinator.id, {
      intent: "allotments",
      rows: "2",
      ...row(0, { organisation: "pool", places: "many", releasesAt: "2031-02-30T10:00" }),
      ...row(1, { organisation: "pool", places: "" }),
    });
    expect(outcome.status).toBe(400);
    const errors = (outcome.data as Reply).result?.error ?? {};
    expect(errors["allotment-0-places"]).toEqual(["invalid"]);
    expect(errors["allotment-0-releasesAt"]).toEqual(["invalidDate"]);
    expect(errors["allotment-1-places"]).toEqual(["required"]);
    expect(errors["allotment-1-releasesAt"]).toEqual(["required"]);
    const hostile = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "1", ...row(0, { organisation: "<script>", places: "1", releasesAt: inAWeek() }) });
    expect(hostile.status).toBe(400);
    expect((hostile.data as Reply).result?.error?.["allotment-0-organisation"]).toEqual(["invalid"]);
    expect((await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "9999" })).status).toBe(400);
  });

  test("an organisation that has not signed the Charter in force is refused, saying why, and one that is not active too", async () => {
    const event = await createEvent(database.prisma);
    const coordinator = await organiser();
    await createMemberInGoodStanding(database.prisma); // so a Charter is in force
    const unsigned = await createOrganisation(database.prisma, { name: "Unsigned association" });
    const page = (await call("GET", event.id, coordinator.id)).data as Page;
    expect(page.candidates.find((candidate) => candidate.id === unsigned.id)).toMatchObject({ inGoodStanding: false });
    const refused = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "1", ...row(0, { organisation: unsigned.id, places: "1", releasesAt: inAWeek() }) });
    expect((refused.data as Reply).result?.error?.["allotment-0-organisation"]).toEqual(["event_charterNotSigned"]);
    const applicant = await createOrganisation(database.prisma, { status: "suspended" });
    const inactive = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "1", ...row(0, { organisation: applicant.id, places: "1", releasesAt: inAWeek() }) });
    expect((inactive.data as Reply).result?.error?.["allotment-0-organisation"]).toEqual(["event_notAMember"]);
    expect(await database.prisma.eventAllotment.count({ where: { eventId: event.id } })).toBe(0);
  });

  test("removing an allotment offers its places to the waiting list", async () => {
    const event = await createEvent(database.prisma, { capacity: 2 });
    const coordinator = await organiser();
    await setAllotments(database.prisma, { eventId: event.id, actorId: coordinator.id, allotments: [{ organisationId: null, places: 2, releasesAt: new Date(Date.now() + 7 * day) }] });
    const waiting = await waitingOutsider(event.id);
    const outcome = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "3", ...row(0, { organisation: "pool", places: "2", releasesAt: inAWeek(), change: "remove" }) });
    expect(outcome.status).toBe(302);
    expect(await database.prisma.eventAllotment.count({ where: { eventId: event.id } })).toBe(0);
    expect(await statusOf(waiting)).toBe("offered");
  });

  test("releasing an allotment earlier than planned returns its places to the open pool and moves the waiting list; saved again, it stays released", async () => {
    const event = await createEvent(database.prisma, { capacity: 1 });
    const coordinator = await organiser();
    await setAllotments(database.prisma, { eventId: event.id, actorId: coordinator.id, allotments: [{ organisationId: null, places: 1, releasesAt: new Date(Date.now() + 7 * day) }] });
    const waiting = await waitingOutsider(event.id);
    const released = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "1", ...row(0, { organisation: "pool", places: "1", releasesAt: inAWeek(), change: "release" }) });
    expect(released.status).toBe(302);
    expect(await statusOf(waiting)).toBe("offered");
    const page = (await call("GET", event.id, coordinator.id)).data as Page;
    expect(page.allotments).toMatchObject([{ key: "pool", released: true, used: 0 }]);
    // The released row carries no date: saving the form again keeps it as it is.
    const again = await call("POST", event.id, coordinator.id, { intent: "allotments", rows: "1", ...row(0, { organisation: "pool", change: "keep" }) });
    expect(again.status).toBe(302);
    expect(await database.prisma.eventAllotment.findFirstOrThrow({ where: { eventId: event.id } })).toMatchObject({ places: 1, releasedAt: expect.any(Date) });
  });

  test("someone without events:manage can neither see nor post the form", async () => {
    const event = await createEvent(database.prisma);
    const person = await createPerson(database.prisma);
    expect((await call("GET", event.id, person.id)).status).toBe(403);
    expect((await call("POST", event.id, person.id, { intent: "allotments", rows: "1", ...row(0, { organisation: "pool", places: "1", releasesAt: inAWeek() }) })).status).toBe(403);
    expect(await database.prisma.eventAllotment.count({ where: { eventId: event.id } })).toBe(0);
  });
});
