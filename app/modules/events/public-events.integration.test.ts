// The public event pages: what a visitor sees, and what they never see.
import { beforeAll, describe, expect, test } from "vitest";
import * as calendarRoute from "~/routes/$lang.events.$eventId_.calendar[.ics]";
import * as eventRoute from "~/routes/$lang.events.$eventId";
import * as listRoute from "~/routes/$lang.events._index";
import { createEvent } from "../../../tests/fixtures/events";
import { createPerson, makeRequest, outcomeOf, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { registerPerson } from "./registrations.server";
import { registrationForm } from "../../../tests/fixtures/events";
import * as sitemapRoute from "~/routes/sitemap[.xml]";
import { childNamed, childrenNamed, parseXml } from "../../../tests/fixtures/strict-xml";

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

type ListData = {
  total: number;
  ignored: string[];
  filters: Record<string, string>;
  events: { title: string }[];
  options: Record<"types" | "seasons" | "countries" | "languages", { value: string; name: string }[]>;
};

async function list(query: string, lang = "en") {
  const outcome = await visit(listRoute, `/${lang}/events${query}`, { lang });
  expect(outcome.status).toBe(200);
  return outcome.data as ListData;
}

describe("the public list's filters", () => {
  const day = 86_400_000;
  const titles = { trieste: "Filter: Trieste winter school", lyon: "Filter: Lyon winter school", stockholm: "Filter: Stockholm conference", past: "Filter: past Trieste school", draft: "Filter: draft school in Italy" };
  beforeAll(async () => {
    const { prisma } = database;
    await createEvent(prisma, { type: "international_school", season: "winter", mode: "application", deliveryLanguages: ["it", "en"] }, { title: titles.trieste });
    await createEvent(prisma, { type: "international_school", season: "winter", city: "Lyon", countryCode: "FR", timeZone: "Europe/Paris", deliveryLanguages: ["fr"] }, { title: titles.lyon });
    await createEvent(prisma, { type: "conference", city: "Stockholm", countryCode: "SE", timeZone: "Europe/Stockholm", deliveryLanguages: ["sv", "en"] }, { title: titles.stockholm });
    await createEvent(prisma, { type: "international_school", season: "summer", startsAt: new Date(Date.now() - 40 * day), endsAt: new Date(Date.now() - 38 * day) }, { title: titles.past });
    await createEvent(prisma, { type: "international_school", season: "winter", status: "draft", publishedAt: null }, { title: titles.draft });
  });
  const shown = (data: ListData) => data.events.map((event) => event.title).filter((title) => title.startsWith("Filter:"));

  test("the list filtered to schools in Italy shows only the Trieste school", async () => {
    const data = await list("?type=international_school&country=IT");
    expect(shown(data)).toEqual([titles.trieste]);
    expect(data.total).toBe(1);
    expect(data.filters).toEqual({ when: "upcoming", type: "international_school", country: "IT" });
  });

  test("a season shows the schools of that season, and past schools only among past events", async () => {
    expect(shown(await list("?season=winter"))).toEqual([titles.trieste, titles.lyon]);
    expect(shown(await list("?season=summer"))).toEqual([]);
    expect(shown(await list("?when=past&season=summer"))).toEqual([titles.past]);
  });

  test("filtering by a language of delivery keeps the events given in it", async () => {
    expect(shown(await list("?language=sv"))).toEqual([titles.stockholm]);
    expect(shown(await list("?language=EN"))).toEqual([titles.trieste, titles.stockholm]);
  });

  test("the options come from the published events, countries and languages named in the reader's language", async () => {
    const data = await list("", "fr");
    expect(data.options.countries.map((option) => option.name)).toEqual(expect.arrayContaining(["Italie", "France", "Suède"]));
    expect(data.options.languages.map((option) => option.name)).toEqual(expect.arrayContaining(["Suédois", "Italien"]));
    expect(data.options.types.map((option) => option.value)).toEqual(expect.arrayContaining(["international_school", "conference"]));
    expect(data.options.seasons.map((option) => option.value)).toEqual(["winter"]);
  });

  test("an empty result says so, and the chosen value stays in the form", async () => {
    const data = await list("?country=SE&type=international_school");
    expect(data.total).toBe(0);
    expect(data.events).toEqual([]);
    expect(data.options.types.map((option) => option.value)).toContain("international_school");
  });

  test("values that are not filters are ignored and reported, never a 500", async () => {
    const data = await list("?type=%3Cscript%3E&country=Italy&language=xx&season=monsoon&when=tomorrow");
    expect(data.ignored.sort()).toEqual(["country", "language", "season", "type", "when"]);
    expect(data.filters).toEqual({ when: "upcoming" });
  });
});

describe("the sitemap's events", () => {
  test("a published event is in the sitemap in every language with its alternates, with the list page; a draft is never in it", async () => {
    const published = await createEvent(database.prisma, {}, { title: "Sitemap conference" });
    const draft = await createEvent(database.prisma, { status: "draft", publishedAt: null }, { title: "Sitemap draft" });
    const root = parseXml(await (await sitemapRoute.loader()).text());
    const urls = childrenNamed(root, "url");
    const locations = urls.map((url) => new URL(childNamed(url, "loc")!.text).pathname);
    for (const language of ["en", "fr", "it", "es", "sv"]) {
      expect(locations).toContain(`/${language}/events`);
      expect(locations).toContain(`/${language}/events/${published.id}`);
    }
    expect(locations.some((path) => path.includes(draft.id))).toBe(false);
    const french = urls.find((url) => new URL(childNamed(url, "loc")!.text).pathname === `/fr/events/${published.id}`)!;
    expect(childrenNamed(french, "xhtml:link").map((link) => link.attributes.hreflang)).toEqual(["en", "fr", "it", "es", "sv", "x-default"]);
  });
});
