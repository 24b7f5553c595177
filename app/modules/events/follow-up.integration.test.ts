// Follow-up questions and the retention dates, through the pages: the register form asks
// only what is asked on registering; organisers ask confirmed participants by mail, each
// in their language; a confirmed registrant (or delegate) answers on their page, which says
// when each of their answers will be erased, or was.
import { describe, expect, test } from "vitest";
import * as myRegistrationRoute from "~/routes/$lang.account.registrations.$registrationId";
import * as followUpRoute from "~/routes/$lang.coordination.events.$eventId_.follow-up";
import * as registrationsRoute from "~/routes/$lang.coordination.events.$eventId_.registrations";
import * as registerRoute from "~/routes/$lang.events.$eventId_.register";
import * as delegateRoute from "~/routes/$lang.events.registration.$token";
import { createEvent } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { questionField } from "./registration.schemas";
import { tokenHash } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;

type Route = { loader?: (args: never) => unknown; action?: (args: never) => unknown };

async function call(route: Route, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string | null, form: Record<string, string | string[]> = {}) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const request = makeRequest(path, { method, cookie, form });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

/**
 * A conference a month away with a registration question ("Which visit?", kept 7 days)
 * and a required follow-up date ("Day of arrival"), dietary needs kept 30 days.
 */
async function conference() {
  const { prisma } = database;
  const event = await createEvent(prisma, { capacity: 10, dietaryRetentionDays: 30 });
  const visit = await prisma.eventQuestion.create({
    data: { eventId: event.id, position: 1, kind: "text", retentionDays: 7, texts: { create: { language: "en", label: "Which visit?" } } },
  });
  const arrival = await prisma.eventQuestion.create({
    data: {
      eventId: event.id,
      position: 2,
      kind: "date",
      required: true,
      stage: "follow_up",
      texts: { create: [{ language: "en", label: "Day of arrival" }, { language: "fr", label: "Jour d’arrivée", origin: "human" }] },
    },
  });
  return { event, visit, arrival };
}

async function registered(eventId: string, status: "confirmed" | "waitlisted" | "attended", options: Parameters<typeof createPerson>[1] = {}) {
  const person = await createPerson(database.prisma, options);
  const registration = await database.prisma.registration.create({
    data: { eventId, personId: person.id, registeredById: person.id, status, waitingSince: status === "waitlisted" ? new Date() : null },
  });
  return { person, registration };
}

const mailsTo = (to: string) => database.prisma.outboxEmail.findMany({ where: { to }, orderBy: { createdAt: "asc" } });

describe("registering asks only what is asked on registering", () => {
  test("the register form leaves the follow-up question out, even when posted; the page says how long answers are kept", async () => {
    const { event, visit, arrival } = await conference();
    const person = await createPerson(database.prisma);
    const path = `/en/events/${event.id}/register`;
    const page = await call(registerRoute, "GET", path, { lang: "en", eventId: event.id }, person.id);
    const loaded = page.data as { event: { questions: { id: string }[] }; retention: { standard: string[]; questions: { label: string }[]; days: number }[] };
    expect(loaded.event.questions.map((question) => question.id)).toEqual([visit.id]);
    expect(loaded.retention.map((group) => ({ days: group.days, standard: group.standard, questions: group.questions.map((question) => question.label) }))).toEqual([
      { days: 7, standard: [], questions: ["Which visit?"] },
      { days: 30, standard: ["dietary"], questions: [] },
      { days: 90, standard: ["accessibility", "interpretation"], questions: [] },
    ]);
    // The required follow-up question does not hold registering up, and an answer to it is ignored.
    const posted = await call(registerRoute, "POST", path, { lang: "en", eventId: event.id }, person.id, {
      listVisibility: "nobody",
      acceptConduct: "on",
      [questionField(visit.id)]: "The cooperative",
      [questionField(arrival.id)]: "2027-01-01",
    });
    expect(posted.status).toBe(302);
    const answers = await database.prisma.registrationAnswer.findMany({ where: { registration: { eventId: event.id } } });
    expect(answers.map((row) => [row.questionId, row.value])).toEqual([[visit.id, "The cooperative"]]);
  });

  test("the page renders the retention dates, in French with French dates", async () => {
    const { event } = await conference();
    const person = await createPerson(database.prisma);
    const response = await answer(new Request(`http://localhost/fr/events/${event.id}/register`, { headers: { Cookie: await signedInCookie(database.prisma, person.id) } }), testContext);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("Durée de conservation de vos réponses");
    expect(html).toMatch(/Besoins alimentaires\u202f: 30 jours, jusqu’au \d{1,2}(er)? [a-zéû]+ \d{4}/);
  });
});

describe("organisers ask confirmed participants", () => {
  test("the page counts confirmed participants and answers; asking mails each confirmed one in their language, a delegate a new link that works", async () => {
    const { prisma } = database;
    const { event } = await conference();
    const organiser = await createPerson(prisma, { networkRole: "coordinator" });
    const french = await registered(event.id, "confirmed", { preferredLanguage: "fr" });
    const waiting = await registered(event.id, "waitlisted");
    const attended = await registered(event.id, "attended");
    const organisation = await createOrganisation(prisma);
    const admin = await createPerson(prisma, { preferredLanguage: "es" });
    const group = await prisma.registrationGroup.create({ data: { eventId: event.id, organisationId: organisation.id, registeredById: admin.id } });
    const delegate = await prisma.registration.create({
      data: {
        eventId: event.id,
        organisationId: organisation.id,
        groupId: group.id,
        status: "confirmed",
        delegateName: "Ada Delegate",
        delegateEmail: "ada.delegate@example.org",
        completionTokenHash: tokenHash("the-old-link-token-0123456789"),
        registeredById: admin.id,
      },
    });
    const path = `/en/coordination/events/${event.id}/follow-up`;
    const params = { lang: "en", eventId: event.id };
    const before = await call(followUpRoute, "GET", path, params, organiser.id);
    expect(before.data).toMatchObject({ event: { confirmed: 3, answered: 0, requestedOn: null, questions: [{ label: "Day of arrival", kind: "date", required: true }] }, asked: null });

    const asked = await call(followUpRoute, "POST", path, params, organiser.id, { intent: "ask" });
    expect(asked).toMatchObject({ status: 302, location: `${path}?notice=asked&mailed=2` });
    const [frenchMail] = await mailsTo(french.person.email!);
    expect(frenchMail).toMatchObject({ subject: "Quelques questions de plus\u202f: Spring school (fr)", language: "fr" });
    expect(frenchMail!.text).toContain(`/fr/account/registrations/${french.registration.id}`);
    expect(await mailsTo(waiting.person.email!)).toEqual([]);
    expect(await mailsTo(attended.person.email!)).toEqual([]);
    const [delegateMail] = await mailsTo("ada.delegate@example.org");
    expect(delegateMail!.subject).toBe("Algunas preguntas más: Spring school");
    const token = /\/es\/events\/registration\/([A-Za-z0-9_-]+)/.exec(delegateMail!.text)![1]!;
    const delegatePage = await call(delegateRoute, "GET", `/es/events/registration/${token}`, { lang: "es", token }, null);
    expect(delegatePage.status).toBe(200);
    expect(delegatePage.data).toMatchObject({ followUp: { canAnswer: true, answeredOn: null } });
    expect((await call(delegateRoute, "GET", "/es/events/registration/the-old-link-token-0123456789", { lang: "es", token: "the-old-link-token-0123456789" }, null)).status).toBe(404);
    expect((await prisma.registration.findUniqueOrThrow({ where: { id: delegate.id } })).completionTokenHash).toBe(tokenHash(token));

    const after = await call(followUpRoute, "GET", `${path}?notice=asked&mailed=2`, params, organiser.id);
    expect(after.data).toMatchObject({ asked: 2, event: { requestedOn: expect.stringMatching(/\d{4}/) } });
    expect(await prisma.auditEvent.count({ where: { action: "events.follow_up_requested", actorId: organiser.id } })).toBe(1);
  });

  test("without a follow-up question there is nothing to ask: refused, and nobody is mailed", async () => {
    const event = await createEvent(database.prisma);
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    const confirmed = await registered(event.id, "confirmed");
    const refused = await call(followUpRoute, "POST", `/en/coordination/events/${event.id}/follow-up`, { lang: "en", eventId: event.id }, organiser.id, { intent: "ask" });
    expect(refused).toMatchObject({ status: 409, data: { form: "page", error: "noFollowUpQuestions" } });
    expect(await mailsTo(confirmed.person.email!)).toEqual([]);
  });
});

describe("a confirmed registrant answers the follow-up questions", () => {
  test("on their page, with validation that keeps what was typed; their registration answers and follow-up answers stay apart; organisers see both", async () => {
    const { prisma } = database;
    const { event, visit, arrival } = await conference();
    const { person, registration } = await registered(event.id, "confirmed");
    await prisma.registrationAnswer.create({ data: { registrationId: registration.id, questionId: visit.id, value: "The park" } });
    const path = `/en/account/registrations/${registration.id}`;
    const params = { lang: "en", registrationId: registration.id };
    const page = await call(myRegistrationRoute, "GET", path, params, person.id);
    expect(page.data).toMatchObject({
      followUp: { canAnswer: true, answeredOn: null },
      invitationLetter: true,
      event: { questions: [{ id: visit.id }], followUpQuestions: [{ id: arrival.id, label: "Day of arrival" }] },
    });

    const wrong = await call(myRegistrationRoute, "POST", path, params, person.id, { intent: "followUp", [questionField(arrival.id)]: "2027-02-30" });
    expect(wrong.status).toBe(400);
    expect(wrong.data).toMatchObject({ form: "follow-up", result: { error: { [questionField(arrival.id)]: ["invalidDate"] }, initialValue: { [questionField(arrival.id)]: "2027-02-30" } } });
    const empty = await call(myRegistrationRoute, "POST", path, params, person.id, { intent: "followUp" });
    expect(empty.data).toMatchObject({ result: { error: { [questionField(arrival.id)]: ["required"] } } });

    const saved = await call(myRegistrationRoute, "POST", path, params, person.id, { intent: "followUp", [questionField(arrival.id)]: "2027-01-03" });
    expect(saved).toMatchObject({ status: 302, location: `${path}?notice=followUpSaved` });
    const stored = await prisma.registration.findUniqueOrThrow({ where: { id: registration.id }, include: { answers: { orderBy: { questionId: "asc" } } } });
    expect(stored.followUpCompletedAt).not.toBeNull();
    expect(Object.fromEntries(stored.answers.map((row) => [row.questionId, row.value]))).toEqual({ [visit.id]: "The park", [arrival.id]: "2027-01-03" });

    // Changing the registration answers keeps the follow-up answer.
    const changed = await call(myRegistrationRoute, "POST", path, params, person.id, { intent: "save", listVisibility: "nobody", acceptConduct: "on", [questionField(visit.id)]: "The cooperative" });
    expect(changed.status).toBe(302);
    const answers = await prisma.registrationAnswer.findMany({ where: { registrationId: registration.id } });
    expect(Object.fromEntries(answers.map((row) => [row.questionId, row.value]))).toEqual({ [visit.id]: "The cooperative", [arrival.id]: "2027-01-03" });

    const organiser = await createPerson(prisma, { networkRole: "coordinator" });
    const list = await call(registrationsRoute, "GET", `/en/coordination/events/${event.id}/registrations`, { lang: "en", eventId: event.id }, organiser.id);
    const row = (list.data as { registrations: { id: string; answers: { question: string; value: string }[] }[] }).registrations.find((one) => one.id === registration.id)!;
    expect(row.answers).toEqual(expect.arrayContaining([{ question: "Day of arrival", value: "2027-01-03" }, { question: "Which visit?", value: "The cooperative" }]));
    const summary = await call(followUpRoute, "GET", `/en/coordination/events/${event.id}/follow-up`, { lang: "en", eventId: event.id }, organiser.id);
    expect(summary.data).toMatchObject({ event: { confirmed: 1, answered: 1 } });
  });

  test("someone on the waiting list is not asked: the page has no follow-up form, and a forged post is refused", async () => {
    const { event, arrival } = await conference();
    const { person, registration } = await registered(event.id, "waitlisted");
    const path = `/en/account/registrations/${registration.id}`;
    const params = { lang: "en", registrationId: registration.id };
    expect((await call(myRegistrationRoute, "GET", path, params, person.id)).data).toMatchObject({ followUp: { canAnswer: false }, invitationLetter: false });
    const forged = await call(myRegistrationRoute, "POST", path, params, person.id, { intent: "followUp", [questionField(arrival.id)]: "2027-01-03" });
    expect(forged).toMatchObject({ status: 409, data: { form: "follow-up", error: "notConfirmed" } });
    expect(await database.prisma.registrationAnswer.count({ where: { registrationId: registration.id } })).toBe(0);
  });
});

describe("each registrant sees the date their answers will be erased, or were", () => {
  test("per kind where the days differ, and the day it happened once erased", async () => {
    const { prisma } = database;
    const ended = new Date(Date.now() - 20 * day);
    const { event, visit, arrival } = await conference();
    await prisma.event.update({
      where: { id: event.id },
      data: { startsAt: new Date(ended.getTime() - 2 * day), endsAt: ended, registrationClosesAt: new Date(ended.getTime() - 5 * day), registrationOpensAt: new Date(ended.getTime() - 50 * day) },
    });
    await prisma.eventQuestion.update({ where: { id: visit.id }, data: { answersErasedAt: new Date(ended.getTime() + 7 * day) } });
    const { person, registration } = await registered(event.id, "attended");
    const response = await answer(
      new Request(`http://localhost/en/account/registrations/${registration.id}`, { headers: { Cookie: await signedInCookie(prisma, person.id) } }),
      testContext,
    );
    expect(response.status).toBe(200);
    const html = (await response.text()).replaceAll("&quot;", '"');
    expect(html).toContain("How long your answers are kept");
    const on = (days: number) => new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "Europe/Rome" }).format(new Date(ended.getTime() + days * day));
    expect(html).toContain(`“Which visit?”: erased on ${on(7)}`);
    expect(html).toContain(`Dietary needs: to be erased on ${on(30)}`);
    expect(html).toContain(`Accessibility needs, interpretation needs, and “Day of arrival”: to be erased on ${on(90)}`);
    void arrival;
  });

  test("an answer already erased is no longer asked when the registrant changes their answers", async () => {
    const { prisma } = database;
    const { event } = await conference();
    await prisma.event.update({ where: { id: event.id }, data: { dietaryErasedAt: new Date() } });
    const { person, registration } = await registered(event.id, "confirmed");
    const response = await answer(
      new Request(`http://localhost/en/account/registrations/${registration.id}`, { headers: { Cookie: await signedInCookie(prisma, person.id) } }),
      testContext,
    );
    const html = await response.text();
    expect(html).toContain('name="accessibilityNeeds"');
    expect(html).not.toContain('name="dietaryNeeds"');
    expect(html).toMatch(/Dietary needs: erased on /);
  });
});
