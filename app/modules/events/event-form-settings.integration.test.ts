// The event form's settings for running an event: the programme's hours, how long each
// kind of personal answer is kept, and each question's stage, kind (a date too) and days.
// Through the coordinators' pages, as a browser posts them.
import { describe, expect, test } from "vitest";
import * as editRoute from "~/routes/$lang.coordination.events.$eventId_.edit";
import * as newRoute from "~/routes/$lang.coordination.events.new";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { eraseDate } from "./answer-retention";

const database = setUpTestDatabase();

type Form = Record<string, string | string[]>;

async function call(route: { loader?: (args: never) => unknown; action?: (args: never) => unknown }, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string, form: Form = {}) {
  const cookie = await signedInCookie(database.prisma, userId);
  const request = makeRequest(path, { method, cookie, form: form as Record<string, string> });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

function schoolForm(overrides: Form = {}): Form {
  return {
    intent: "save",
    originalLanguage: "en",
    type: "international_school",
    season: "summer",
    venue: "Parco di San Giovanni",
    city: "Trieste",
    countryCode: "IT",
    timeZone: "Europe/Rome",
    startsAt: "2027-07-05T09:00",
    endsAt: "2027-07-09T17:00",
    registrationOpensAt: "2026-11-01T09:00",
    registrationClosesAt: "2027-06-01T23:59",
    deliveryLanguages: ["en", "it"],
    capacity: "20",
    offerHours: "48",
    mode: "application",
    groupPolicy: "together",
    "texts.en.title": "Summer school on recovery",
    "texts.en.description": "Five days in Trieste.",
    programmeHours: "32",
    dietaryRetentionDays: "",
    accessibilityRetentionDays: "30",
    interpretationRetentionDays: "0",
    motivationRetentionDays: "180",
    "questions[0].kind": "yes_no",
    "questions[0].stage": "registration",
    "questions[0].retentionDays": "7",
    "questions[0].labels.en": "Will you join the visit to the cooperative?",
    "questions[1].kind": "date",
    "questions[1].stage": "follow_up",
    "questions[1].required": "on",
    "questions[1].labels.en": "Day of arrival",
    "questions[1].labels.it": "Giorno di arrivo",
    ...overrides,
  };
}

const coordinator = () => createPerson(database.prisma, { networkRole: "coordinator" });
const idFrom = (location: string | null) => location!.split("/").at(-2)!;
const errorsOf = (data: unknown) => (data as { result: { error: Record<string, string[]> } }).result.error;
const typedOf = (data: unknown) => (data as { result: { initialValue: Record<string, unknown> } }).result.initialValue;

describe("the event form's retention and follow-up settings", () => {
  test("a coordinator sets hours, days per answer and a follow-up date question; the form shows them again and the erasure is scheduled", async () => {
    const organiser = await coordinator();
    const created = await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, organiser.id, schoolForm());
    expect(created.status).toBe(302);
    const eventId = idFrom(created.location);
    const event = await database.prisma.event.findUniqueOrThrow({ where: { id: eventId }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(event).toMatchObject({ programmeHours: 32, dietaryRetentionDays: null, accessibilityRetentionDays: 30, interpretationRetentionDays: 0, motivationRetentionDays: 180 });
    expect(event.questions.map(({ kind, stage, retentionDays, required }) => ({ kind, stage, retentionDays, required }))).toEqual([
      { kind: "yes_no", stage: "registration", retentionDays: 7, required: false },
      { kind: "date", stage: "follow_up", retentionDays: null, required: true },
    ]);
    // The earliest erasure: interpretation needs, kept 0 days, at the end (17:00 in Trieste).
    const job = await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "events.erase-answers", key: eventId, status: "pending" } });
    expect(job.runAt.toISOString()).toBe("2027-07-09T15:00:00.000Z");

    const page = await call(editRoute, "GET", `/en/coordination/events/${eventId}/edit`, { lang: "en", eventId }, organiser.id);
    const defaults = (page.data as { event: { defaults: Record<string, unknown> & { questions: Record<string, unknown>[] } } }).event.defaults;
    expect(defaults).toMatchObject({ programmeHours: "32", accessibilityRetentionDays: "30", interpretationRetentionDays: "0", motivationRetentionDays: "180" });
    expect(defaults.dietaryRetentionDays).toBeUndefined();
    expect(defaults.questions.slice(0, 2)).toMatchObject([
      { kind: "yes_no", stage: "registration", retentionDays: "7" },
      { kind: "date", stage: "follow_up", retentionDays: undefined },
    ]);
    expect((page.data as { options: { defaultRetentionDays: number } }).options.defaultRetentionDays).toBe(90);
  });

  test("changing the end or a question's days moves the erasure job", async () => {
    const organiser = await coordinator();
    const created = await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, organiser.id, schoolForm({ interpretationRetentionDays: "" }));
    const eventId = idFrom(created.location);
    const questions = await database.prisma.eventQuestion.findMany({ where: { eventId }, orderBy: { position: "asc" } });
    const runAt = async () => (await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "events.erase-answers", key: eventId, status: "pending" } })).runAt.toISOString();
    // The question kept 7 days is first.
    expect(await runAt()).toBe(eraseDate(new Date("2027-07-09T15:00:00Z"), 7, "Europe/Rome").toISOString());
    const saved = await call(editRoute, "POST", `/en/coordination/events/${eventId}/edit`, { lang: "en", eventId }, organiser.id, {
      ...schoolForm({ interpretationRetentionDays: "", endsAt: "2027-07-10T13:00", "questions[0].retentionDays": "2" }),
      "questions[0].id": questions[0]!.id,
      "questions[1].id": questions[1]!.id,
    });
    expect(saved.status).toBe(302);
    expect(await runAt()).toBe("2027-07-12T11:00:00.000Z");
    expect(await database.prisma.scheduledJob.count({ where: { kind: "events.erase-answers", key: eventId, status: "pending" } })).toBe(1);
  });

  test("days outside 0 to 3650, a part of a day or a word are refused with a clear message, and what was typed stays", async () => {
    const organiser = await coordinator();
    const before = await database.prisma.event.count();
    const refused = await call(
      newRoute,
      "POST",
      "/en/coordination/events/new",
      { lang: "en" },
      organiser.id,
      schoolForm({
        dietaryRetentionDays: "-1",
        accessibilityRetentionDays: "3651",
        interpretationRetentionDays: "4.5",
        motivationRetentionDays: "ninety",
        programmeHours: "0",
        "questions[0].retentionDays": "10000",
        "questions[1].stage": "later",
      }),
    );
    expect(refused.status).toBe(400);
    expect(errorsOf(refused.data)).toMatchObject({
      dietaryRetentionDays: ["tooSmall:0"],
      accessibilityRetentionDays: ["tooLarge:3650"],
      interpretationRetentionDays: ["invalidNumber"],
      motivationRetentionDays: ["invalidNumber"],
      programmeHours: ["tooSmall:1"],
      "questions[0].retentionDays": ["tooLarge:3650"],
      "questions[1].stage": ["invalidChoice"],
    });
    expect(typedOf(refused.data)).toMatchObject({ dietaryRetentionDays: "-1", motivationRetentionDays: "ninety", questions: [{ retentionDays: "10000" }, { stage: "later" }] });
    expect(await database.prisma.event.count()).toBe(before);
  });
});
