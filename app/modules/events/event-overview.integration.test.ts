// The coordinators' overview of an event, as the page and its CSV file give it: counts by
// status, organisation and country, the waiting list in its order, the attendance rate
// once the event has begun, the feedback's averages; read with the same few queries
// whatever the number of organisations.
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import * as csvRoute from "~/routes/$lang.coordination.events.$eventId_.overview[.csv]";
import * as pageRoute from "~/routes/$lang.coordination.events.$eventId_.overview";
import { createEvent } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { axeViolations } from "../../../tests/setup/axe";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { eventOverview } from "./event-overview.server";

const database = setUpTestDatabase();
const day = 86_400_000;

/** An event that began yesterday (or begins in a month) with registrations from two organisations and none, and three feedback answers. */
async function runningEvent({ started = true } = {}) {
  const prisma = database.prisma;
  const now = Date.now();
  const event = await createEvent(prisma, started ? { startsAt: new Date(now - day), endsAt: new Date(now + day), registrationClosesAt: new Date(now - 2 * day) } : {}, { title: "Overview school" });
  const faro = await createOrganisation(prisma, { name: "Il Faro", countryCode: "IT" });
  const athens = await createOrganisation(prisma, { name: "Ένωση Αθηνών", countryCode: "GR" });
  const register = async (data: { organisationId?: string; status: "confirmed" | "attended" | "waitlisted" | "cancelled"; name: string; waitingSince?: Date; delegate?: boolean }) => {
    const person = data.delegate ? null : await createPerson(prisma, { name: data.name });
    return prisma.registration.create({
      data: {
        eventId: event.id,
        personId: person?.id ?? null,
        delegateName: data.delegate ? data.name : null,
        delegateEmail: data.delegate ? `${data.name.toLowerCase().replace(/\W+/g, ".")}@example.org` : null,
        organisationId: data.organisationId ?? null,
        status: data.status,
        waitingSince: data.waitingSince ?? null,
      },
    });
  };
  await register({ organisationId: faro.id, status: "confirmed", name: "Paola" });
  await register({ organisationId: faro.id, status: "attended", name: "Marco" });
  await register({ organisationId: faro.id, status: "waitlisted", name: "Second Waiting", waitingSince: new Date(now - 60_000) });
  await register({ organisationId: athens.id, status: "attended", name: "Eleni" });
  await register({ organisationId: athens.id, status: "cancelled", name: "Nikos" });
  await register({ status: "waitlisted", name: "First Waiting", waitingSince: new Date(now - 120_000), delegate: true });
  for (const [overall, content, organisation] of [[5, 3, 5], [4, 3, 5], [4, 4, 5]] as const) {
    await prisma.eventFeedback.create({ data: { eventId: event.id, language: "en", overall, content, organisation } });
  }
  const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
  return { event, faro, athens, coordinator };
}

async function load(eventId: string, userId: string, language = "en") {
  const cookie = await signedInCookie(database.prisma, userId);
  return outcomeOf(() => pageRoute.loader({ request: makeRequest(`/${language}/coordination/events/${eventId}/overview`, { cookie }), params: { lang: language, eventId }, context: testContext } as never));
}

type Shown = Awaited<ReturnType<typeof pageRoute.loader>>;

describe("the overview page", () => {
  test("counts registrations by status, by organisation and by country, lists the waiting list in order, and gives attendance and feedback", async () => {
    const { event, coordinator } = await runningEvent();
    const data = (await load(event.id, coordinator.id)).data as Shown;
    expect(data.total).toBe("6");
    expect(Object.fromEntries(data.byStatus.map((row) => [row.status, row.count]))).toEqual({ applied: "0", confirmed: "1", waitlisted: "2", offered: "0", declined: "0", cancelled: "1", attended: "2" });
    expect(data.byOrganisation.map((row) => [row.name, row.country, row.total, row.taken, row.waiting])).toEqual([
      ["Il Faro", "Italy", "3", "2", "1"],
      ["Ένωση Αθηνών", "Greece", "2", "1", "0"],
      [null, null, "1", "0", "1"],
    ]);
    expect(data.byCountry.map((row) => [row.country, row.total, row.taken])).toEqual([
      ["Italy", "3", "2"],
      ["Greece", "2", "1"],
      [null, "1", "0"],
    ]);
    expect(data.waitingList.map((entry) => [entry.position, entry.name, entry.organisation])).toEqual([
      ["1", "First Waiting", null],
      ["2", "Second Waiting", "Il Faro"],
    ]);
    // Attended 2 of the 3 expected (confirmed or attended).
    expect(data.attendance).toEqual({ attended: "2", expected: "3", rate: "66.7%" });
    expect(data.feedback).toMatchObject({ answers: 3, ratings: [{ rating: "overall", average: "4.3" }, { rating: "content", average: "3.3" }, { rating: "organisation", average: "5.0" }] });
  });

  test("gives no attendance rate before the event has begun, and writes numbers as the reader's language does", async () => {
    const { event, coordinator } = await runningEvent({ started: false });
    const data = (await load(event.id, coordinator.id, "fr")).data as Shown;
    expect(data.attendance).toBeNull();
    expect(data.byCountry[0]!.country).toBe("Italie");
    expect(data.feedback.ratings[0]!.average).toBe("4,3");
  });

  test("renders with the organisers' navigation and a link to the feedback, and passes axe", async () => {
    const { event, coordinator } = await runningEvent();
    const path = `/en/coordination/events/${event.id}/overview`;
    const response = await answer(makeRequest(path, { cookie: await signedInCookie(database.prisma, coordinator.id) }), testContext);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(`href="/en/coordination/events/${event.id}/feedback"`);
    expect(html).toContain(`href="/en/coordination/events/${event.id}/overview.csv"`);
    expect(html).toContain("Attendance rate: 66.7%");
    expect(await axeViolations(html, `http://localhost${path}`)).toEqual([]);
  });

  test("of an event that does not exist is a 404", async () => {
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    expect((await load("nosuchevent", coordinator.id)).status).toBe(404);
  });
});

test("the figures as CSV: one block per table, read back by a CSV parser", async () => {
  const { event, coordinator } = await runningEvent();
  const cookie = await signedInCookie(database.prisma, coordinator.id);
  const response = await csvRoute.loader({ request: makeRequest(`/it/coordination/events/${event.id}/overview.csv`, { cookie }), params: { lang: "it", eventId: event.id }, context: testContext } as never);
  expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("Content-Disposition")).toMatch(/filename="overview-school-\d{4}-\d{2}-\d{2}-panoramica\.csv"/);
  const rows: string[][] = parse(Buffer.from(await response.arrayBuffer()), { bom: true });
  const block = (title: string) => {
    const start = rows.findIndex((row) => row[0] === title);
    const end = rows.findIndex((row, index) => index > start && row.every((cell) => cell === ""));
    // Every row is as wide as the widest: the padding at its end is no cell of this table.
    return rows.slice(start + 2, end).map((row) => row.slice(0, row.findLastIndex((cell) => cell !== "") + 1));
  };
  expect(rows[0]![0]).toBe("Overview school");
  expect(block("Iscrizioni per stato")).toContainEqual(["Presente", "2"]);
  expect(block("Iscrizioni per stato").at(-1)).toEqual(["Totale", "6"]);
  expect(block("Iscrizioni per organizzazione")).toEqual([
    ["Il Faro", "Italia", "3", "2", "1"],
    ["Ένωση Αθηνών", "Grecia", "2", "1", "0"],
    ["Nessuna organizzazione", "Nessuna organizzazione, quindi nessun paese", "1", "0", "1"],
  ]);
  expect(block("Lista d’attesa").map((row) => row.slice(0, 3))).toEqual([
    ["1", "First Waiting", ""],
    ["2", "Second Waiting", "Il Faro"],
  ]);
  expect(block("Presenze")).toEqual([["2", "3", "66.7"]]);
  expect(block("Valutazioni")).toEqual([["3", "4.33", "3.33", "5"]]);
});

/** The same client, counting every query it is asked for. */
function countingClient(prisma: PrismaClient) {
  let queries = 0;
  const wrap = (target: object): object =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value = Reflect.get(object, property, receiver) as unknown;
        if (typeof value === "function") return (...args: unknown[]) => (queries++, (value as (...a: unknown[]) => unknown).apply(object, args));
        if (value && typeof value === "object" && typeof property === "string" && !property.startsWith("$") && !property.startsWith("_")) return wrap(value);
        return value;
      },
    });
  return { client: wrap(prisma) as PrismaClient, count: () => queries };
}

test("the overview asks the database the same few questions for two organisations as for twenty", async () => {
  const small = await runningEvent();
  const large = await runningEvent();
  for (let index = 0; index < 18; index++) {
    const organisation = await createOrganisation(database.prisma, { countryCode: index % 2 ? "SE" : "ES" });
    await database.prisma.registration.create({ data: { eventId: large.event.id, delegateName: `Delegate ${index}`, organisationId: organisation.id, status: "confirmed" } });
  }
  const counted = async (eventId: string) => {
    const { client, count } = countingClient(database.prisma);
    const overview = await eventOverview(client, eventId, "en");
    return { count: count(), organisations: overview!.byOrganisation.length };
  };
  const [few, many] = [await counted(small.event.id), await counted(large.event.id)];
  expect([few.organisations, many.organisations]).toEqual([3, 21]);
  expect(many.count).toBe(few.count);
  expect(few.count).toBeLessThanOrEqual(8);
});
