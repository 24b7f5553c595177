// The door's pages as a browser uses them: the check-in page without JavaScript (a GET
// search, a POST per check-in that comes back with what happened), the taps route the
// page's script sends to (JSON), and the badges to print, each as an organiser and as
// someone who may not.
import { describe, expect, test } from "vitest";
import * as badgesRoute from "~/routes/$lang.coordination.events.$eventId_.badges[.pdf]";
import * as checkInRoute from "~/routes/$lang.coordination.events.$eventId_.check-in";
import * as tapsRoute from "~/routes/$lang.coordination.events.$eventId_.check-in_.taps";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { createEvent, createPersonOf } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { decideRegistration } from "./registrations.server";

const database = setUpTestDatabase();

type Route = { loader?: (args: never) => unknown; action?: (args: never) => unknown };

async function call(route: Route, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string, form: Record<string, string> = {}) {
  const request = makeRequest(path, { method, cookie: await signedInCookie(database.prisma, userId), form });
  return outcomeOf(() => (method === "GET" ? route.loader! : route.action!)({ request, params, context: testContext } as never));
}

/** A resource route's own Response (the taps' JSON, the PDF), as the browser gets it. */
async function respond(route: Route, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string, form: Record<string, string> = {}) {
  const request = makeRequest(path, { method, cookie: await signedInCookie(database.prisma, userId), form });
  try {
    return (await (method === "GET" ? route.loader! : route.action!)({ request, params, context: testContext } as never)) as Response;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

async function door() {
  const event = await createEvent(database.prisma, { capacity: 10, timeZone: "Europe/Rome" }, { title: "Scuola di Trieste" });
  const organisation = await createOrganisation(database.prisma, { name: "Il Faro" });
  const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
  const add = async (name: string, status: RegistrationStatus) => {
    const person = await createPersonOf(database.prisma, organisation.id, { name });
    return database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, organisationId: organisation.id, status } });
  };
  const page = `/en/coordination/events/${event.id}/check-in`;
  return { event, organisation, coordinator, add, page, params: { lang: "en", eventId: event.id } };
}

type DoorPage = {
  counts: { arrived: number; expected: number };
  results: { id: string; name: string; status: string; arrivedAt: string | null }[];
  notice: unknown;
};

describe("the check-in page without JavaScript", () => {
  test("a search shows each person found with their status; the button checks one in, and the page comes back saying so, the count one higher", async () => {
    const { coordinator, add, page, params } = await door();
    const maria = await add("Maria Rossi", "confirmed");
    await add("Mario Bianchi", "waitlisted");
    await add("Anna Verdi", "confirmed");

    const before = (await call(checkInRoute, "GET", `${page}?q=mari`, params, coordinator.id)).data as DoorPage;
    expect(before.counts).toEqual({ arrived: 0, expected: 2 });
    expect(before.results.map((result) => [result.name, result.status])).toEqual([
      ["Maria Rossi", "confirmed"],
      ["Mario Bianchi", "waitlisted"],
    ]);

    const posted = await call(checkInRoute, "POST", page, params, coordinator.id, { intent: "checkIn", registrationId: maria.id, q: "mari" });
    expect(posted.status).toBe(302);
    expect(posted.location).toBe(`${page}?q=mari&notice=checkedIn&registration=${maria.id}`);
    const after = (await call(checkInRoute, "GET", posted.location!, params, coordinator.id)).data as DoorPage;
    expect(after.counts).toEqual({ arrived: 1, expected: 2 });
    expect(after.notice).toMatchObject({ outcome: "checkedIn", name: "Maria Rossi" });
    expect(after.results.find((result) => result.id === maria.id)).toMatchObject({ status: "attended", arrivedAt: expect.stringMatching(/^\d\d:\d\d$/) });

    // The same button again (a second door, a double tap): a notice with the time, no second record.
    const again = await call(checkInRoute, "POST", page, params, coordinator.id, { intent: "checkIn", registrationId: maria.id, q: "mari" });
    expect(again.location).toBe(`${page}?q=mari&notice=alreadyCheckedIn&registration=${maria.id}`);
    const told = (await call(checkInRoute, "GET", again.location!, params, coordinator.id)).data as DoorPage;
    expect(told.notice).toMatchObject({ outcome: "alreadyCheckedIn", name: "Maria Rossi", time: after.results.find((result) => result.id === maria.id)!.arrivedAt });
    expect(told.counts).toEqual({ arrived: 1, expected: 2 });
    expect(await database.prisma.registrationEvent.count({ where: { registrationId: maria.id } })).toBe(1);
  });

  test("someone waiting is refused with why; another event's registration is not found; a notice in a typed address says only how things stand", async () => {
    const { coordinator, add, page, params } = await door();
    const waiting = await add("Mario Bianchi", "waitlisted");
    const confirmed = await add("Anna Verdi", "confirmed");
    const elsewhere = await (await door()).add("Somebody Else", "confirmed");

    const refused = await call(checkInRoute, "POST", page, params, coordinator.id, { intent: "checkIn", registrationId: waiting.id });
    expect(refused.location).toBe(`${page}?notice=notConfirmed&registration=${waiting.id}`);
    expect(((await call(checkInRoute, "GET", refused.location!, params, coordinator.id)).data as DoorPage).notice).toMatchObject({ outcome: "notConfirmed", status: "waitlisted" });
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("waitlisted");

    const notOurs = await call(checkInRoute, "POST", page, params, coordinator.id, { intent: "checkIn", registrationId: elsewhere.id });
    expect(notOurs.status).toBe(404);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: elsewhere.id } })).status).toBe("confirmed");

    // "checkedIn" of someone who was not: the page says how it stands, not what the address claims.
    const claimed = (await call(checkInRoute, "GET", `${page}?notice=checkedIn&registration=${confirmed.id}`, params, coordinator.id)).data as DoorPage;
    expect(claimed.notice).toMatchObject({ outcome: "notConfirmed", status: "confirmed" });
    expect(((await call(checkInRoute, "GET", `${page}?notice=checkedIn&registration=${elsewhere.id}`, params, coordinator.id)).data as DoorPage).notice).toBeNull();
  });

  test("the page renders, for a browser without JavaScript, a search form and one check-in form per confirmed person, and no scan button", async () => {
    const { coordinator, add, page } = await door();
    const confirmed = await add("Жанна Иванова", "confirmed");
    await add("Жанна Петрова", "cancelled");
    const response = await answer(makeRequest(`${page}?q=${encodeURIComponent("жанна")}`, { cookie: await signedInCookie(database.prisma, coordinator.id) }), testContext);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<form[^>]*method="get"[^>]*role="search"/);
    expect(html.match(/name="intent" value="checkIn"/g)).toHaveLength(1);
    expect(html).toContain(`name="registrationId" value="${confirmed.id}"`);
    expect(html).toContain("Their registration was cancelled.");
    expect(html).not.toMatch(/<button[^>]*>Scan a badge</);
    expect(html).toContain(`href="/en/coordination/events/${confirmed.eventId}/badges.pdf"`);
  });
});

describe("the taps the page's script sends", () => {
  test("a badge's secret checks its person in and is answered in JSON; again, with the time; a guessed or another event's secret is not found", async () => {
    const { event, coordinator, add, params } = await door();
    const anna = await add("Anna Verdi", "confirmed");
    const other = await door();
    const stranger = await other.add("Somebody Else", "confirmed");
    await respond(badgesRoute, "GET", `/en/coordination/events/${event.id}/badges.pdf`, params, coordinator.id);
    await respond(badgesRoute, "GET", `/en/coordination/events/${other.event.id}/badges.pdf`, other.params, coordinator.id);
    const secretOf = async (id: string) => (await database.prisma.registration.findUniqueOrThrow({ where: { id } })).checkInSecret!;
    const taps = `/en/coordination/events/${event.id}/check-in/taps`;
    const tap = (form: Record<string, string>) => respond(tapsRoute, "POST", taps, params, coordinator.id, form);

    const first = await tap({ secret: await secretOf(anna.id) });
    expect(first.status).toBe(200);
    expect(first.headers.get("Content-Type")).toMatch(/^application\/json/);
    const checkedIn = await first.json();
    expect(checkedIn).toEqual({ outcome: "checkedIn", name: "Anna Verdi", organisation: "Il Faro", time: expect.stringMatching(/^\d\d:\d\d$/) });
    expect(await (await tap({ secret: await secretOf(anna.id) })).json()).toEqual({ ...checkedIn, outcome: "alreadyCheckedIn" });
    expect(await (await tap({ registrationId: anna.id })).json()).toEqual({ ...checkedIn, outcome: "alreadyCheckedIn" });

    for (const secret of [await secretOf(stranger.id), "AAAAAAAAAAAAAAAAAAAAAA", "https://example.org/not-a-badge"]) {
      const response = await tap({ secret });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ outcome: "notFound" });
    }
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: stranger.id } })).status).toBe("confirmed");
    const nothing = await tap({});
    expect(nothing.status).toBe(400);
    expect(await nothing.json()).toEqual({ outcome: "invalid" });
  });

  test("checking in needs an organiser: anyone else is refused and nothing changes", async () => {
    const { event, add, params } = await door();
    const anna = await add("Anna Verdi", "confirmed");
    const organisation = await createOrganisation(database.prisma);
    const admin = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
    const refused = await respond(tapsRoute, "POST", `/en/coordination/events/${event.id}/check-in/taps`, params, admin.id, { registrationId: anna.id });
    expect(refused.status).toBe(403);
    expect((await call(checkInRoute, "POST", `/en/coordination/events/${event.id}/check-in`, params, admin.id, { intent: "checkIn", registrationId: anna.id })).status).toBe(403);
    expect((await respond(badgesRoute, "GET", `/en/coordination/events/${event.id}/badges.pdf`, params, admin.id)).status).toBe(403);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: anna.id } })).status).toBe("confirmed");
  });
});

describe("the badges route", () => {
  test("downloads the PDF of the event's confirmed people, or of one organisation's; an organisation that is not an id is a 404", async () => {
    const { event, coordinator, add, params, organisation } = await door();
    await add("Anna Verdi", "confirmed");
    const path = `/en/coordination/events/${event.id}/badges.pdf`;
    const response = await respond(badgesRoute, "GET", `${path}?organisation=${organisation.id}`, params, coordinator.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="badges-Scuola-di-Trieste.pdf"');
    expect((await pdfPages(await response.arrayBuffer())).text).toContain("Anna Verdi");
    expect((await respond(badgesRoute, "GET", `${path}?organisation=${encodeURIComponent("' OR 1=1")}`, params, coordinator.id)).status).toBe(404);
    expect((await respond(badgesRoute, "GET", "/en/coordination/events/nosuchevent/badges.pdf", { lang: "en", eventId: "nosuchevent" }, coordinator.id)).status).toBe(404);
  });
});

describe("an organiser's decision on the registrations page", () => {
  test("marking someone attended by hand records when, as the door would; putting them back to confirmed clears it", async () => {
    const { coordinator, add, page, params } = await door();
    const anna = await add("Anna Verdi", "confirmed");
    expect(await decideRegistration(database.prisma, { registrationId: anna.id, to: "attended", actorId: coordinator.id })).toEqual({ ok: true });
    expect(await database.prisma.registration.findUniqueOrThrow({ where: { id: anna.id } })).toMatchObject({ checkedInAt: expect.any(Date), checkedInById: coordinator.id });
    const posted = await call(checkInRoute, "POST", page, params, coordinator.id, { intent: "checkIn", registrationId: anna.id });
    expect(posted.location).toContain("notice=alreadyCheckedIn");
    expect(await decideRegistration(database.prisma, { registrationId: anna.id, to: "confirmed", actorId: coordinator.id })).toEqual({ ok: true });
    expect(await database.prisma.registration.findUniqueOrThrow({ where: { id: anna.id } })).toMatchObject({ status: "confirmed", checkedInAt: null, checkedInById: null });
  });
});
