// The published participant list as people meet it: each registrant is shown only to those
// they allowed (everyone: anyone, a visitor too; participants: those signed in who hold a
// confirmed or attended place at the same event; nobody: no one), only while the organiser
// publishes it and until the days after the event's end run out. Checked on the page as the
// server sends it, so a hidden name is not merely left out of the table but absent from
// everything the browser receives.
import { beforeEach, describe, expect, test } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import * as pageRoute from "~/routes/$lang.coordination.events.$eventId_.registrations";
import { createEvent } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { axeViolations } from "../../../tests/setup/axe";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();
const day = 86_400_000;

async function page(path: string, userId?: string) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const response = await answer(makeRequest(path, { cookie }), testContext);
  return { status: response.status, html: await response.text() };
}

type People = Record<"everyone" | "participants" | "nobody" | "waiting" | "delegate" | "stranger" | "cancelled", { id: string; name: string; email: string | null }>;

/** An event with one registrant of each kind; its list published for `days` after it ends. */
async function eventWithRegistrants({
  endedDaysAgo = -32,
  days = 30,
  published = true,
  status = "published",
}: { endedDaysAgo?: number; days?: number; published?: boolean; status?: "published" | "cancelled" | "draft" } = {}) {
  const prisma = database.prisma;
  const now = Date.now();
  const event = await createEvent(prisma, {
    startsAt: new Date(now - (endedDaysAgo + 2) * day),
    endsAt: new Date(now - endedDaysAgo * day),
    registrationOpensAt: new Date(now - (endedDaysAgo + 40) * day),
    registrationClosesAt: new Date(now - (endedDaysAgo + 5) * day),
    participantListPublished: published,
    participantListDays: days,
    status,
  }, { title: "Listed school" });
  const organisation = await createOrganisation(prisma, { name: "Associazione Il Faro", countryCode: "IT" });
  const person = (name: string) => createPerson(prisma, { name });
  const people: People = {
    everyone: await person("Élodie Everyone"),
    participants: await person("Παύλος Participants"),
    nobody: await person("Nora Nobody"),
    waiting: await person("Walter Waiting"),
    delegate: await person("Dana Delegate"),
    stranger: await person("Stella Stranger"),
    cancelled: await person("Carl Cancelled"),
  };
  const register = (data: Omit<Prisma.RegistrationUncheckedCreateInput, "eventId">) => prisma.registration.create({ data: { eventId: event.id, ...data } });
  await register({ personId: people.everyone.id, organisationId: organisation.id, status: "confirmed", listVisibility: "everyone" });
  await register({ personId: people.participants.id, status: "attended", listVisibility: "participants" });
  await register({ personId: people.nobody.id, status: "confirmed", listVisibility: "nobody" });
  await register({ personId: people.waiting.id, status: "waitlisted", listVisibility: "everyone", waitingSince: new Date() });
  await register({ personId: people.cancelled.id, status: "cancelled", listVisibility: "everyone" });
  // Named by their organisation, without an account of their own on the registration; they sign in under the address they were named with.
  await register({ delegateName: "Dana Delegate", delegateEmail: people.delegate.email, organisationId: organisation.id, status: "confirmed", listVisibility: "participants" });
  return { event, people, path: `/en/events/${event.id}/participants` };
}

const allNames = ["Élodie Everyone", "Παύλος Participants", "Nora Nobody", "Walter Waiting", "Dana Delegate", "Carl Cancelled", "Stella Stranger"];

/**
 * Who the page names, anywhere in what the server sent (the table, the data for the
 * browser); the signed-in person's own name is left out, as the site's header shows it.
 */
const listed = (html: string, viewer?: { name: string }) => allNames.filter((name) => name !== viewer?.name && html.includes(name));
/** Who the table lists. */
const inTable = (html: string) => allNames.filter((name) => (/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "").includes(name));

describe("who sees whom", () => {
  let fixture: Awaited<ReturnType<typeof eventWithRegistrants>>;
  beforeEach(async () => {
    fixture = await eventWithRegistrants();
  });

  test("a visitor sees only those who allowed everyone, with their organisation and its country", async () => {
    const { status, html } = await page(fixture.path);
    expect(status).toBe(200);
    expect(listed(html)).toEqual(["Élodie Everyone"]);
    expect(inTable(html)).toEqual(["Élodie Everyone"]);
    expect(html).toContain("Associazione Il Faro");
    expect(html).toContain("Italy");
    expect(html).toContain("sign in");
  });

  test("someone signed in who does not take part sees no more than a visitor", async () => {
    const { html } = await page(fixture.path, fixture.people.stranger.id);
    expect(listed(html, fixture.people.stranger)).toEqual(["Élodie Everyone"]);
  });

  test("someone on the waiting list or who cancelled is not a participant", async () => {
    for (const viewer of [fixture.people.waiting, fixture.people.cancelled]) {
      const { html } = await page(fixture.path, viewer.id);
      expect(listed(html, viewer), viewer.name).toEqual(["Élodie Everyone"]);
    }
  });

  test("a confirmed participant also sees those who show themselves to participants, never those who chose nobody (themselves included)", async () => {
    const { html } = await page(fixture.path, fixture.people.nobody.id);
    expect(listed(html, fixture.people.nobody)).toEqual(["Élodie Everyone", "Παύλος Participants", "Dana Delegate"]);
    expect(inTable(html)).toEqual(["Élodie Everyone", "Παύλος Participants", "Dana Delegate"]);
    // They are told what they chose, and where to change it.
    expect(html).toContain("Who may see you here: Nobody.");
  });

  test("a delegate named by their organisation counts as a participant under the address they were named with", async () => {
    const { html } = await page(fixture.path, fixture.people.delegate.id);
    expect(inTable(html)).toEqual(["Élodie Everyone", "Παύλος Participants", "Dana Delegate"]);
  });

  test("the page passes axe, for a visitor and for a participant", async () => {
    for (const viewer of [undefined, fixture.people.participants.id]) {
      const { html } = await page(fixture.path, viewer);
      expect(await axeViolations(html, `http://localhost${fixture.path}`)).toEqual([]);
    }
  });
});

describe("when the list is shown at all", () => {
  test("until the organiser's days after the event's end; the day after, the page says it is not published and names nobody", async () => {
    const open = await eventWithRegistrants({ endedDaysAgo: 29, days: 30 });
    expect((await page(open.path)).status).toBe(200);
    expect(listed((await page(open.path)).html)).toEqual(["Élodie Everyone"]);
    const expired = await eventWithRegistrants({ endedDaysAgo: 31, days: 30 });
    const { status, html } = await page(expired.path, expired.people.participants.id);
    expect(status).toBe(404);
    expect(html).toContain("The participant list is not published");
    expect(listed(html, expired.people.participants)).toEqual([]);
  });

  test("with 0 days, it comes down when the event ends", async () => {
    const ongoing = await eventWithRegistrants({ endedDaysAgo: -1, days: 0 });
    expect((await page(ongoing.path)).status).toBe(200);
    const ended = await eventWithRegistrants({ endedDaysAgo: 1 / 24, days: 0 });
    expect((await page(ended.path)).status).toBe(404);
  });

  test("not published, or the event cancelled, the page says so to everyone, participants included", async () => {
    for (const options of [{ published: false }, { status: "cancelled" as const }]) {
      const fixture = await eventWithRegistrants(options);
      for (const viewer of [undefined, fixture.people.everyone]) {
        const { status, html } = await page(fixture.path, viewer?.id);
        expect(status).toBe(404);
        expect(html).toContain("The participant list is not published");
        expect(listed(html, viewer)).toEqual([]);
      }
    }
  });

  test("a draft's list is a plain 404 that does not even name the event", async () => {
    const draft = await eventWithRegistrants({ status: "draft" });
    await database.prisma.event.update({ where: { id: draft.event.id }, data: { publishedAt: null } });
    const { status, html } = await page(draft.path, draft.people.everyone.id);
    expect(status).toBe(404);
    expect(html).not.toContain("Listed school");
  });

  test("the event's page links to the list while it is shown, and not otherwise", async () => {
    const open = await eventWithRegistrants();
    const closed = await eventWithRegistrants({ published: false });
    expect((await page(`/en/events/${open.event.id}`)).html).toContain(`href="/en/events/${open.event.id}/participants"`);
    expect((await page(`/en/events/${closed.event.id}`)).html).not.toContain(`/participants"`);
  });
});

describe("the organiser publishes it", () => {
  async function post(eventId: string, userId: string, form: Record<string, string>) {
    const cookie = await signedInCookie(database.prisma, userId);
    const path = `/en/coordination/events/${eventId}/registrations`;
    return outcomeOf(() => pageRoute.action({ request: makeRequest(path, { method: "POST", cookie, form }), params: { lang: "en", eventId }, context: testContext } as never));
  }

  test("for a number of days after the event, in the audit log; unticked, the list comes down", async () => {
    const { event, path } = await eventWithRegistrants({ published: false, days: 30 });
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const published = await post(event.id, coordinator.id, { intent: "participantList", published: "on", days: "45" });
    expect(published).toMatchObject({ status: 302, location: `/en/coordination/events/${event.id}/registrations?notice=participantList` });
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id: event.id }, select: { participantListPublished: true, participantListDays: true } })).toEqual({ participantListPublished: true, participantListDays: 45 });
    expect((await page(path)).status).toBe(200);
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { action: "events.participant_list_changed", actorId: coordinator.id }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorId: coordinator.id, details: { event: event.id, published: { from: false, to: true }, days: { from: 30, to: 45 } } });

    await post(event.id, coordinator.id, { intent: "participantList", days: "45" });
    expect((await page(path)).status).toBe(404);
  });

  test("a number of days that is not one is refused, keeping what was typed, and changes nothing", async () => {
    const { event } = await eventWithRegistrants({ published: false, days: 30 });
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    for (const days of ["-1", "366", "two", ""]) {
      const refused = await post(event.id, coordinator.id, { intent: "participantList", published: "on", days });
      expect(refused.status, days).toBe(400);
      const reply = refused.data as { form: string; result: { error: Record<string, string[]>; initialValue: Record<string, string> } };
      expect(reply.form).toBe("participant-list");
      expect(reply.result.error.days?.length, days).toBe(1);
      expect(reply.result.initialValue.published).toBe("on");
    }
    expect(await database.prisma.event.findUniqueOrThrow({ where: { id: event.id }, select: { participantListPublished: true, participantListDays: true } })).toEqual({ participantListPublished: false, participantListDays: 30 });
    expect(await database.prisma.auditEvent.count({ where: { action: "events.participant_list_changed", actorId: coordinator.id } })).toBe(0);
  });

  test("the registrations page says whether it is shown and until when, and passes axe", async () => {
    const { event } = await eventWithRegistrants({ endedDaysAgo: 2, days: 10 });
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const path = `/en/coordination/events/${event.id}/registrations`;
    const { status, html } = await page(path, coordinator.id);
    expect(status).toBe(200);
    expect(html).toMatch(/Published: shown until [^<]+\(Europe\/Rome\)\./);
    expect(html).toContain(`href="/en/events/${event.id}/participants"`);
    expect(await axeViolations(html, `http://localhost${path}`)).toEqual([]);
    // A refused form, with its error summary.
    const refused = await answer(makeRequest(path, { method: "POST", cookie: await signedInCookie(database.prisma, coordinator.id), form: { intent: "participantList", days: "x" } }), testContext);
    expect(refused.status).toBe(400);
    expect(await axeViolations(await refused.text(), `http://localhost${path}`)).toEqual([]);
  });
});
