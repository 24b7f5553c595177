// The public event pages: what a visitor sees, and what they never see.
import { describe, expect, test } from "vitest";
import * as calendarRoute from "~/routes/$lang.events.$eventId_.calendar[.ics]";
import * as eventRoute from "~/routes/$lang.events.$eventId";
import * as listRoute from "~/routes/$lang.events._index";
import { createEvent } from "../../../tests/fixtures/events";
import { createPerson, makeRequest, outcomeOf, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { registerPerson } from "./registrations.server";
import { registrationForm } from "../../../tests/fixtures/events";

const database = setUpTestDatabase();

function visit(route: { loader: (args: never) => unknown }, path: string, params: Record<string, string>) {
  return outcomeOf(() => route.loader({ request: makeRequest(path), params, context: testContext } as never));
}

describe("the public event pages", () => {
  test("list published events with their places from the ledger, and never a draft", async () => {
    const open = await createEvent(database.prisma, { capacity: 2 }, { title: "Open school" });
    await createEvent(database.prisma, { status: "draft", publishedAt: null }, { title: "Draft school" });
    await registerPerson(database.prisma, { eventId: open.id, personId: (await createPerson(database.prisma)).id, form: registrationForm() });
    const list = await visit(listRoute, "/fr/events", { lang: "fr" });
    const events = (list.data as { events: { title: string; places: { free: number } }[] }).events;
    expect(events.map((event) => event.title)).toContain("Open school (fr)");
    expect(events.map((event) => event.title)).not.toContain("Draft school (fr)");
    expect(events.find((event) => event.title === "Open school (fr)")?.places.free).toBe(1);
  });

  test("a draft is a 404 on its page and its calendar file", async () => {
    const draft = await createEvent(database.prisma, { status: "draft", publishedAt: null });
    expect((await visit(eventRoute, `/en/events/${draft.id}`, { lang: "en", eventId: draft.id })).status).toBe(404);
    expect((await visit(calendarRoute, `/en/events/${draft.id}/calendar.ics`, { lang: "en", eventId: draft.id })).status).toBe(404);
  });

  test("the calendar file is an iCalendar file in the reader's language with the venue's zone", async () => {
    const event = await createEvent(database.prisma);
    const response = (await calendarRoute.loader({ request: makeRequest(`/fr/events/${event.id}/calendar.ics`), params: { lang: "fr", eventId: event.id }, context: testContext } as never)) as Response;
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("SUMMARY:Spring school (fr)");
    expect(text).toContain("DTSTART;TZID=Europe/Rome:");
  });
});
