// Running events through the pages: coordinators create, edit, publish and cancel them;
// host organisations' admins prepare drafts. Loaders and actions are called with a
// signed-in person's cookie and a posted form, as a browser would.
import { describe, expect, test } from "vitest";
import * as editRoute from "~/routes/$lang.coordination.events.$eventId_.edit";
import * as overviewRoute from "~/routes/$lang.coordination.events._index";
import * as newRoute from "~/routes/$lang.coordination.events.new";
import * as hostedEditRoute from "~/routes/$lang.organisations.$slug.events.$eventId";
import * as hostedListRoute from "~/routes/$lang.organisations.$slug.events._index";
import * as hostedNewRoute from "~/routes/$lang.organisations.$slug.events.new";
import { createEvent, mailSubjects, registrationForm } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { listPublicEvents } from "./public-events.server";
import { registerPerson } from "./registrations.server";

const database = setUpTestDatabase();

type Form = Record<string, string | string[]>;

async function call(route: { loader?: (args: never) => unknown; action?: (args: never) => unknown }, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string | null, form: Form = {}) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const request = makeRequest(path, { method, cookie, form: form as Record<string, string> });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

/** A summer school in Trieste, typed as it reads there, with a French title and one choice question. */
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
    capacity: "3",
    offerHours: "48",
    mode: "first_come",
    groupPolicy: "together",
    "texts.en.title": "Summer school on recovery",
    "texts.en.description": "Five days in Trieste.",
    "texts.en.conduct": "Be kind.",
    "texts.fr.title": "École d’été sur le rétablissement",
    "questions[0].kind": "choice",
    "questions[0].required": "on",
    "questions[0].labels.en": "Which visit?",
    "questions[0].choices.en": "The park\nThe cooperative",
    "questions[1].kind": "text",
    ...overrides,
  };
}

const coordinator = () => createPerson(database.prisma, { networkRole: "coordinator" });

async function hostAdmin() {
  const organisation = await createOrganisation(database.prisma, { status: "active" });
  const admin = await createPerson(database.prisma);
  await database.prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
  return { organisation, admin };
}

const idFrom = (location: string | null) => location!.split("/").at(-2)!;

describe("coordinators create and publish events", () => {
  test("a coordinator creates a school as a draft, publishes it, and it appears in the public list", async () => {
    const organiser = await coordinator();
    const created = await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, organiser.id, schoolForm());
    expect(created.status).toBe(302);
    expect(created.location).toMatch(/^\/en\/coordination\/events\/[a-z0-9]+\/edit\?notice=created$/);
    const eventId = idFrom(created.location);
    const event = await database.prisma.event.findUniqueOrThrow({ where: { id: eventId }, include: { texts: true, questions: { include: { texts: true } } } });
    expect(event).toMatchObject({ status: "draft", season: "summer", capacity: 3, offerHours: 48, createdById: organiser.id });
    // 09:00 in Trieste in July is 07:00 UTC.
    expect(event.startsAt.toISOString()).toBe("2027-07-05T07:00:00.000Z");
    expect(event.texts.find((text) => text.language === "en" && text.field === "title")).toMatchObject({ origin: "original", sourceSha256: null });
    expect(event.texts.find((text) => text.language === "fr" && text.field === "title")).toMatchObject({ origin: "human", text: "École d’été sur le rétablissement" });
    expect(event.questions).toHaveLength(1);
    expect(event.questions[0]).toMatchObject({ kind: "choice", required: true });
    expect(event.questions[0]!.choiceKeys).toHaveLength(2);
    expect(event.questions[0]!.texts[0]).toMatchObject({ language: "en", label: "Which visit?", choiceLabels: ["The park", "The cooperative"] });
    expect((await listPublicEvents(database.prisma, "en")).events.map((shown) => shown.id)).not.toContain(eventId);

    const overview = await call(overviewRoute, "GET", "/en/coordination/events", { lang: "en" }, organiser.id);
    expect(overview.data).toMatchObject({ events: [{ id: eventId, status: "draft" }] });
    const published = await call(editRoute, "POST", `/en/coordination/events/${eventId}/edit`, { lang: "en", eventId }, organiser.id, { intent: "publish" });
    expect(published.location).toBe(`/en/coordination/events/${eventId}/edit?notice=published`);
    expect((await listPublicEvents(database.prisma, "fr")).events.find((shown) => shown.id === eventId)).toBeDefined();
    expect(await database.prisma.auditEvent.count({ where: { action: "events.event_published", actorId: organiser.id } })).toBe(1);
  });

  test("the edit page shows the event as it was typed, in the venue's time zone", async () => {
    const organiser = await coordinator();
    const created = await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, organiser.id, schoolForm());
    const eventId = idFrom(created.location);
    const page = await call(editRoute, "GET", `/en/coordination/events/${eventId}/edit`, { lang: "en", eventId }, organiser.id);
    expect(page.data).toMatchObject({
      event: {
        status: "draft",
        defaults: { startsAt: "2027-07-05T09:00", registrationClosesAt: "2027-06-01T23:59", texts: { fr: { title: "École d’été sur le rétablissement" } }, questions: [{ kind: "choice", choices: { en: "The park\nThe cooperative" } }, {}, {}] },
      },
    });
  });

  test("a refused form keeps everything typed: a school without its season, ending before it starts, with no title", async () => {
    const organiser = await coordinator();
    const form = schoolForm({ season: "", endsAt: "2027-07-04T09:00", "texts.en.title": "" });
    const refused = await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, organiser.id, form);
    expect(refused.status).toBe(400);
    const reply = refused.data as { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(reply.result.error.season).toEqual(["seasonRequired"]);
    expect(reply.result.error.endsAt).toEqual(["endsBeforeStart"]);
    expect(reply.result.error["texts.en.title"]).toEqual(["required"]);
    expect(reply.result.initialValue).toMatchObject({ venue: "Parco di San Giovanni", texts: { en: { description: "Five days in Trieste." } } });
    expect(await database.prisma.event.count({ where: { venue: "Parco di San Giovanni", createdById: organiser.id } })).toBe(0);
  });

  test("registration that closes before it opens, and a capacity of 0, are refused", async () => {
    const organiser = await coordinator();
    const refused = await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, organiser.id, schoolForm({ registrationClosesAt: "2026-10-01T09:00", capacity: "0" }));
    const reply = refused.data as { result: { error: Record<string, string[]> } };
    expect(reply.result.error.registrationClosesAt).toEqual(["closesBeforeOpens"]);
    expect(reply.result.error.capacity).toEqual(["tooSmall:1"]);
  });

  test("someone who is not a coordinator cannot open the new event page nor post to it", async () => {
    const person = await createPerson(database.prisma);
    expect((await call(newRoute, "GET", "/en/coordination/events/new", { lang: "en" }, person.id)).status).toBe(403);
    expect((await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, person.id, schoolForm())).status).toBe(403);
  });
});

describe("editing a published event keeps its registrations", () => {
  test("lowering capacity below confirmed places is refused and changes nothing", async () => {
    const organiser = await coordinator();
    const event = await createEvent(database.prisma, { capacity: 3 });
    for (let index = 0; index < 2; index++) await registerPerson(database.prisma, { eventId: event.id, personId: (await createPerson(database.prisma)).id, form: registrationForm() });
    const form = schoolForm({ capacity: "1", "texts.en.title": "A new title" });
    const refused = await call(editRoute, "POST", `/en/coordination/events/${event.id}/edit`, { lang: "en", eventId: event.id }, organiser.id, form);
    expect(refused.status).toBe(400);
    const reply = refused.data as { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(reply.result.error[""]).toEqual(["eventAdmin_belowHeld"]);
    expect(reply.result.initialValue).toMatchObject({ capacity: "1" });
    const stored = await database.prisma.event.findUniqueOrThrow({ where: { id: event.id }, include: { texts: { where: { language: "en", field: "title" } } } });
    expect(stored).toMatchObject({ capacity: 3, type: "conference", texts: [{ text: "Spring school" }] });
    expect(await database.prisma.registration.count({ where: { eventId: event.id, status: "confirmed" } })).toBe(2);
  });

  test("raising the capacity offers the new place to the first person waiting, and the registrations stay", async () => {
    const organiser = await coordinator();
    const event = await createEvent(database.prisma, { capacity: 1 });
    const first = await registerPerson(database.prisma, { eventId: event.id, personId: (await createPerson(database.prisma)).id, form: registrationForm() });
    const waiting = await registerPerson(database.prisma, { eventId: event.id, personId: (await createPerson(database.prisma)).id, form: registrationForm() });
    expect(waiting).toMatchObject({ status: "waitlisted" });
    const saved = await call(editRoute, "POST", `/en/coordination/events/${event.id}/edit`, { lang: "en", eventId: event.id }, organiser.id, schoolForm({ capacity: "2" }));
    expect(saved.location).toBe(`/en/coordination/events/${event.id}/edit?notice=saved`);
    const statuses = await database.prisma.registration.findMany({ where: { eventId: event.id }, select: { id: true, status: true } });
    expect(statuses).toEqual(
      expect.arrayContaining([
        { id: first.ok ? first.registrationId : "", status: "confirmed" },
        { id: waiting.ok ? waiting.registrationId : "", status: "offered" },
      ]),
    );
  });

  test("a question someone has answered cannot be removed", async () => {
    const organiser = await coordinator();
    const created = await call(newRoute, "POST", "/en/coordination/events/new", { lang: "en" }, organiser.id, schoolForm({ "registrationOpensAt": "2026-01-01T09:00" }));
    const eventId = idFrom(created.location);
    await call(editRoute, "POST", `/en/coordination/events/${eventId}/edit`, { lang: "en", eventId }, organiser.id, { intent: "publish" });
    const question = await database.prisma.eventQuestion.findFirstOrThrow({ where: { eventId } });
    const registered = await registerPerson(database.prisma, { eventId, personId: (await createPerson(database.prisma)).id, form: registrationForm({ answers: { [question.id]: question.choiceKeys[0]! } }) });
    expect(registered.ok).toBe(true);
    const removing = schoolForm({ "questions[0].id": question.id, "questions[0].labels.en": "", "questions[0].choices.en": "" });
    const refused = await call(editRoute, "POST", `/en/coordination/events/${eventId}/edit`, { lang: "en", eventId }, organiser.id, removing);
    expect(refused.data).toMatchObject({ result: { error: { "": ["eventAdmin_questionAnswered"] } } });
    expect(await database.prisma.eventQuestion.count({ where: { eventId } })).toBe(1);
  });
});

describe("cancelling an event", () => {
  test("cancelling asks for a reason first, then cancels every registration and emails each registrant in their language", async () => {
    const organiser = await coordinator();
    const event = await createEvent(database.prisma, { capacity: 1 });
    const french = await createPerson(database.prisma, { preferredLanguage: "fr" });
    const italian = await createPerson(database.prisma, { preferredLanguage: "it" });
    await registerPerson(database.prisma, { eventId: event.id, personId: french.id, form: registrationForm() });
    await registerPerson(database.prisma, { eventId: event.id, personId: italian.id, form: registrationForm() });
    const params = { lang: "en", eventId: event.id };
    const path = `/en/coordination/events/${event.id}/edit`;
    const ask = await call(editRoute, "POST", path, params, organiser.id, { intent: "cancel" });
    expect(ask.location).toBe(`${path}?step=cancel`);
    const step = await call(editRoute, "GET", `${path}?step=cancel`, params, organiser.id);
    expect(step.data).toMatchObject({ step: "cancel" });
    const noReason = await call(editRoute, "POST", path, params, organiser.id, { intent: "cancel", confirmed: "yes", reason: "" });
    expect(noReason.status).toBe(400);
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("published");

    const cancelled = await call(editRoute, "POST", path, params, organiser.id, { intent: "cancel", confirmed: "yes", reason: "The venue flooded." });
    expect(cancelled.location).toBe(`${path}?notice=cancelled`);
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: "cancelled", cancellationReason: "The venue flooded." });
    const registrations = await database.prisma.registration.findMany({ where: { eventId: event.id }, select: { status: true } });
    expect(registrations.map((registration) => registration.status)).toEqual(["cancelled", "cancelled"]);
    expect((await mailSubjects(database.prisma, french.email!)).at(-1)).toBe("Annulé\u202f: Spring school (fr)");
    expect((await mailSubjects(database.prisma, italian.email!)).at(-1)).toBe("Annullato: Spring school");
    const body = await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: french.email!, subject: { startsWith: "Annulé" } } });
    expect(body.text).toContain("The venue flooded.");
    expect(await database.prisma.auditEvent.count({ where: { action: "events.event_cancelled", actorId: organiser.id } })).toBe(1);
    const again = await call(editRoute, "POST", path, params, organiser.id, schoolForm());
    expect(again.data).toMatchObject({ result: { error: { "": ["eventAdmin_notEditable"] } } });
  });
});

describe("host organisations' admins prepare drafts", () => {
  test("a host admin prepares a draft for their organisation, whatever host a forged form names, and coordinators see it awaiting publication", async () => {
    const { organisation, admin } = await hostAdmin();
    const other = await createOrganisation(database.prisma, { status: "active" });
    const params = { lang: "en", slug: organisation.slug };
    const saved = await call(hostedNewRoute, "POST", `/en/organisations/${organisation.slug}/events/new`, params, admin.id, schoolForm({ hostOrganisationId: other.id }));
    expect(saved.location).toBe(`/en/organisations/${organisation.slug}/events?notice=saved`);
    const event = await database.prisma.event.findFirstOrThrow({ where: { createdById: admin.id } });
    expect(event).toMatchObject({ status: "draft", hostOrganisationId: organisation.id });
    const list = await call(hostedListRoute, "GET", `/en/organisations/${organisation.slug}/events`, params, admin.id);
    expect(list.data).toMatchObject({ events: [{ id: event.id, status: "draft", title: "Summer school on recovery" }] });
    const overview = await call(overviewRoute, "GET", "/en/coordination/events", { lang: "en" }, (await coordinator()).id);
    expect(overview.data).toMatchObject({ events: expect.arrayContaining([expect.objectContaining({ id: event.id, status: "draft", host: organisation.name })]) });
  });

  test("a host admin cannot publish", async () => {
    const { organisation, admin } = await hostAdmin();
    const event = await createEvent(database.prisma, { status: "draft", publishedAt: null, hostOrganisationId: organisation.id });
    const publish = await call(editRoute, "POST", `/en/coordination/events/${event.id}/edit`, { lang: "en", eventId: event.id }, admin.id, { intent: "publish" });
    expect(publish.status).toBe(403);
    const fromOverview = await call(overviewRoute, "POST", "/en/coordination/events", { lang: "en" }, admin.id, { intent: "publish", eventId: event.id });
    expect(fromOverview.status).toBe(403);
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("draft");
  });

  test("a host admin edits their draft until it is published, and no longer after", async () => {
    const { organisation, admin } = await hostAdmin();
    const event = await createEvent(database.prisma, { status: "draft", publishedAt: null, hostOrganisationId: organisation.id });
    const params = { lang: "en", slug: organisation.slug, eventId: event.id };
    const path = `/en/organisations/${organisation.slug}/events/${event.id}`;
    const edited = await call(hostedEditRoute, "POST", path, params, admin.id, schoolForm({ "texts.en.title": "Our school" }));
    expect(edited.status).toBe(302);
    expect(await database.prisma.eventText.findUniqueOrThrow({ where: { eventId_language_field: { eventId: event.id, language: "en", field: "title" } } })).toMatchObject({ text: "Our school" });
    const organiser = await coordinator();
    await call(overviewRoute, "POST", "/en/coordination/events", { lang: "en" }, organiser.id, { intent: "publish", eventId: event.id });
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe("published");
    const page = await call(hostedEditRoute, "GET", path, params, admin.id);
    expect(page.data).toMatchObject({ event: { status: "published" } });
    const refused = await call(hostedEditRoute, "POST", path, params, admin.id, schoolForm({ "texts.en.title": "Changed after publication" }));
    expect(refused.status).toBe(409);
    expect(await database.prisma.eventText.findUniqueOrThrow({ where: { eventId_language_field: { eventId: event.id, language: "en", field: "title" } } })).toMatchObject({ text: "Our school" });
  });

  test("another organisation's draft is a 404 to a host admin", async () => {
    const { organisation, admin } = await hostAdmin();
    const { organisation: otherHost } = await hostAdmin();
    const event = await createEvent(database.prisma, { status: "draft", publishedAt: null, hostOrganisationId: otherHost.id });
    const params = { lang: "en", slug: organisation.slug, eventId: event.id };
    const path = `/en/organisations/${organisation.slug}/events/${event.id}`;
    expect((await call(hostedEditRoute, "GET", path, params, admin.id)).status).toBe(404);
    expect((await call(hostedEditRoute, "POST", path, params, admin.id, schoolForm())).status).toBe(404);
  });
});
