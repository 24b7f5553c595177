// Feedback through its pages, as attendees and organisers use them: the form from the
// mailed link (no account) and from a signed-in attendee's registration, anonymous or not,
// once only; the organisers' summary with its counts and comments.
import { Window } from "happy-dom";
import { describe, expect, test } from "vitest";
import * as ownFeedbackRoute from "~/routes/$lang.account.registrations.$registrationId_.feedback";
import * as resultsRoute from "~/routes/$lang.coordination.events.$eventId_.feedback";
import * as feedbackRoute from "~/routes/$lang.events.feedback.$token";
import { createEvent } from "../../../tests/fixtures/events";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import type { feedbackResults } from "./feedback.server";
import { tokenHash } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;

type Route = { loader?: (args: never) => unknown; action?: (args: never) => unknown };

async function call(route: Route, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string | null = null, form: Record<string, string> = {}) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request: makeRequest(path, { method, cookie, form }), params, context: testContext } as never));
}

let tokens = 0;
/** A feedback token as the after-event mail gives one: 43 characters of base64url. */
const newToken = () => `feedback-token-${String(++tokens).padStart(6, "0")}-abcdefghijklmnopqrstu`;

async function pastEvent() {
  const now = Date.now();
  return createEvent(
    database.prisma,
    { startsAt: new Date(now - 3 * day), endsAt: new Date(now - day), registrationOpensAt: new Date(now - 30 * day), registrationClosesAt: new Date(now - 5 * day) },
    { title: "Recovery school" },
  );
}

/** An attendee who was mailed the feedback link: their registration and the link's token. */
async function attendee(eventId: string, { status = "attended" as const, name = "Giulia Rossi" } = {}) {
  const person = await createPerson(database.prisma, { name });
  const token = newToken();
  const registration = await database.prisma.registration.create({ data: { eventId, personId: person.id, status, feedbackTokenHash: tokenHash(token) } });
  return { person, registration, token };
}

const answers = { overall: "5", content: "4", organisation: "3", comment: "Le visite sono state utili.\nGrazie." };

describe("the feedback form from the mailed link", () => {
  test("an attendee answers without signing in, in the page's language, under their name; the form then says they answered", async () => {
    const event = await pastEvent();
    const { registration, token } = await attendee(event.id);
    const path = `/it/events/feedback/${token}`;
    const params = { lang: "it", token };
    expect(await call(feedbackRoute, "GET", path, params)).toMatchObject({ status: 200, data: { invitation: { state: "open", event: { title: "Recovery school" } } } });

    const sent = await call(feedbackRoute, "POST", path, params, null, answers);
    expect(sent).toMatchObject({ status: 302, location: `${path}?notice=thanks` });
    const stored = await database.prisma.eventFeedback.findMany({ where: { eventId: event.id } });
    expect(stored).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), eventId: event.id, registrationId: registration.id, language: "it", overall: 5, content: 4, organisation: 3, comment: "Le visite sono state utili.\nGrazie." },
    ]);
    const given = (await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).feedbackGivenAt!;
    // Kept no closer than the day.
    expect(given.toISOString()).toMatch(/T00:00:00\.000Z$/);
    expect(await call(feedbackRoute, "GET", path, params)).toMatchObject({ data: { invitation: { state: "answered" } } });
  });

  test("answering anonymously stores the answer with nothing that leads to the person, and they still cannot answer twice", async () => {
    const event = await pastEvent();
    const { registration, token } = await attendee(event.id);
    const path = `/fr/events/feedback/${token}`;
    const params = { lang: "fr", token };
    expect((await call(feedbackRoute, "POST", path, params, null, { ...answers, anonymous: "on" })).status).toBe(302);
    const [stored] = await database.prisma.eventFeedback.findMany({ where: { eventId: event.id } });
    expect(stored).toMatchObject({ registrationId: null, language: "fr", overall: 5 });
    expect(Object.keys(stored!).sort()).toEqual(["comment", "content", "eventId", "id", "language", "organisation", "overall", "registrationId"]);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id }, include: { feedback: true } })).feedback).toEqual([]);

    const again = await call(feedbackRoute, "POST", path, params, null, { ...answers, overall: "1" });
    expect(again).toMatchObject({ status: 409, data: { form: "feedback", error: "alreadyAnswered" } });
    expect(await database.prisma.eventFeedback.count({ where: { eventId: event.id } })).toBe(1);
  });

  test("the refused second answer is explained on the page, in the page's language, without JavaScript", async () => {
    const event = await pastEvent();
    const { token } = await attendee(event.id);
    const post = () =>
      answer(
        new Request(`http://localhost/fr/events/feedback/${token}`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "vitest" },
          body: new URLSearchParams(answers).toString(),
        }),
        testContext,
      );
    expect((await post()).status).toBe(302);
    const refused = await post();
    expect(refused.status).toBe(409);
    expect(refused.headers.get("Referrer-Policy")).toBe("no-referrer");
    const html = await refused.text();
    expect(html).toContain("Votre avis était déjà enregistré, peut-être depuis une autre fenêtre");
    expect(html).not.toContain('name="overall"');
  });

  test("a form missing a rating is refused with the field named, keeping what was typed, and stores nothing", async () => {
    const event = await pastEvent();
    const { registration, token } = await attendee(event.id);
    const refused = await call(feedbackRoute, "POST", `/en/events/feedback/${token}`, { lang: "en", token }, null, { overall: "4", content: "9", comment: "Long days." });
    expect(refused.status).toBe(400);
    const reply = refused.data as { result: { error: Record<string, string[]>; initialValue: Record<string, string> } };
    expect(reply.result.error).toMatchObject({ content: ["invalidChoice"], organisation: ["chooseOne"] });
    expect(reply.result.initialValue).toMatchObject({ overall: "4", comment: "Long days." });
    expect(await database.prisma.eventFeedback.count({ where: { eventId: event.id } })).toBe(0);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).feedbackGivenAt).toBeNull();
  });

  test("an unknown link says so plainly with a 404; only those who attended may answer", async () => {
    const unknown = newToken();
    const page = await answer(new Request(`http://localhost/en/events/feedback/${unknown}`, { headers: { "User-Agent": "vitest" } }), testContext);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("This feedback link is not known.");
    expect((await call(feedbackRoute, "POST", `/en/events/feedback/${unknown}`, { lang: "en", token: unknown }, null, answers)).status).toBe(404);

    const event = await pastEvent();
    const { token } = await attendee(event.id, { status: "confirmed" as never });
    expect(await call(feedbackRoute, "GET", `/en/events/feedback/${token}`, { lang: "en", token })).toMatchObject({ data: { invitation: { state: "notOpen" } } });
    expect(await call(feedbackRoute, "POST", `/en/events/feedback/${token}`, { lang: "en", token }, null, answers)).toMatchObject({ status: 409, data: { error: "notOpen" } });
    expect(await database.prisma.eventFeedback.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("the feedback form from a signed-in attendee's registration", () => {
  test("the attendee answers from their account; the same once-only rule holds across both ways in; nobody else reaches it", async () => {
    const event = await pastEvent();
    const { person, registration, token } = await attendee(event.id);
    const stranger = await createPerson(database.prisma);
    const path = `/sv/account/registrations/${registration.id}/feedback`;
    const params = { lang: "sv", registrationId: registration.id };
    expect((await call(ownFeedbackRoute, "GET", path, params, stranger.id)).status).toBe(404);
    expect((await call(ownFeedbackRoute, "POST", path, params, stranger.id, answers)).status).toBe(404);
    expect(await call(ownFeedbackRoute, "GET", path, params, person.id)).toMatchObject({ status: 200, data: { invitation: { state: "open" } } });
    expect(await call(ownFeedbackRoute, "POST", path, params, person.id, answers)).toMatchObject({ status: 302, location: `${path}?notice=thanks` });
    expect(await database.prisma.eventFeedback.findFirst({ where: { eventId: event.id } })).toMatchObject({ language: "sv", registrationId: registration.id });
    // The mailed link now says they answered, and refuses a second answer.
    expect(await call(feedbackRoute, "POST", `/en/events/feedback/${token}`, { lang: "en", token }, null, answers)).toMatchObject({ status: 409, data: { error: "alreadyAnswered" } });
    expect(await database.prisma.eventFeedback.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe("the organisers' summary", () => {
  test("counts, averages and each score's count per rating; comments with their language, anonymous ones marked, named ones with the name", async () => {
    const event = await pastEvent();
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    const named = await attendee(event.id, { name: "Elin Åkesson" });
    const anonymous = await attendee(event.id);
    const silent = await attendee(event.id);
    await call(feedbackRoute, "POST", `/sv/events/feedback/${named.token}`, { lang: "sv", token: named.token }, null, { overall: "5", content: "4", organisation: "2", comment: "Bra dagar." });
    await call(feedbackRoute, "POST", `/fr/events/feedback/${anonymous.token}`, { lang: "fr", token: anonymous.token }, null, { overall: "4", content: "4", organisation: "5", comment: "Très bien.", anonymous: "on" });
    await call(feedbackRoute, "POST", `/en/events/feedback/${silent.token}`, { lang: "en", token: silent.token }, null, { overall: "3", content: "5", organisation: "5" });

    const path = `/en/coordination/events/${event.id}/feedback`;
    expect((await call(resultsRoute, "GET", path, { lang: "en", eventId: event.id }, named.person.id)).status).toBe(403);
    const page = await call(resultsRoute, "GET", path, { lang: "en", eventId: event.id }, organiser.id);
    expect(page.status).toBe(200);
    const { results } = page.data as { results: Awaited<ReturnType<typeof feedbackResults>> };
    expect(results.answers).toBe(3);
    expect(results.summaries.map((summary) => [summary.rating, summary.average, summary.distribution.map((row) => row.count)])).toEqual([
      ["overall", 4, [0, 0, 1, 1, 1]],
      ["content", 13 / 3, [0, 0, 0, 2, 1]],
      ["organisation", 4, [0, 1, 0, 0, 2]],
    ]);
    expect(results.commentCount).toBe(2);
    expect(results.comments.map(({ comment, language, name }) => ({ comment, language, name })).sort((a, b) => a.comment.localeCompare(b.comment))).toEqual([
      { comment: "Bra dagar.", language: "sv", name: "Elin Åkesson" },
      { comment: "Très bien.", language: "fr", name: null },
    ]);
  });

  test("the page shows each rating as a table with the counts in text, the bars beside them, and each comment marked with its language", async () => {
    const event = await pastEvent();
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    const anonymous = await attendee(event.id);
    await call(feedbackRoute, "POST", `/fr/events/feedback/${anonymous.token}`, { lang: "fr", token: anonymous.token }, null, { overall: "4", content: "4", organisation: "5", comment: "Très bien.", anonymous: "on" });
    const response = await answer(
      new Request(`http://localhost/en/coordination/events/${event.id}/feedback`, { headers: { "User-Agent": "vitest", Cookie: await signedInCookie(database.prisma, organiser.id) } }),
      testContext,
    );
    expect(response.status).toBe(200);
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
    const document = new window.DOMParser().parseFromString(await response.text(), "text/html");
    const text = (element: { textContent: string | null } | null) => element?.textContent?.replace(/\s+/g, " ").trim();
    expect(text(document.querySelector("main"))).toContain("1 answer");
    expect(text(document.querySelector('section[aria-labelledby="rating-overall"] p'))).toBe("Average: 4 out of 5");
    const rows = [...document.querySelectorAll('section[aria-labelledby="rating-overall"] tbody tr')];
    expect(rows.map((row) => [text(row.querySelector('th[scope="row"]')), text(row.querySelector("td"))])).toEqual([
      ["1 – very poor", "0"],
      ["2 – poor", "0"],
      ["3 – fair", "0"],
      ["4 – good", "1"],
      ["5 – excellent", "0"],
    ]);
    // The bar repeats the count for the eye; screen readers read the count.
    const bar = rows[3]!.querySelector("svg")!;
    expect(bar.getAttribute("aria-hidden")).toBe("true");
    expect(bar.querySelector("rect")!.getAttribute("width")).toBe("100");
    const comment = document.querySelector(".feedback-comments li")!;
    expect(comment.querySelector("blockquote")!.getAttribute("lang")).toBe("fr");
    expect(text(comment.querySelector("blockquote"))).toBe("Très bien.");
    expect(text(comment.querySelector("p.muted"))).toBe("Anonymous · Written in: French");
    expect(document.querySelector(`nav a[href="/en/coordination/events/${event.id}/feedback"]`)).not.toBeNull();
    await window.happyDOM.close();
  });
});
