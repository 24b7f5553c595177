// The registration pages as a browser uses them: loaders and actions called with a
// signed-in person's cookie and a posted form.
import { describe, expect, test } from "vitest";
import * as oneRoute from "~/routes/$lang.account.registrations.$registrationId";
import * as mineRoute from "~/routes/$lang.account.registrations._index";
import * as registerRoute from "~/routes/$lang.events.$eventId_.register";
import { createEvent } from "../../../tests/fixtures/events";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

async function call(route: { loader?: (args: never) => unknown; action?: (args: never) => unknown }, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string | null, form: Record<string, string> = {}) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const request = makeRequest(path, { method, cookie, form });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

const answers = { listVisibility: "participants", dietaryNeeds: "Vegetarian\nNo nuts", acceptConduct: "on" };

describe("registering through the pages", () => {
  test("a visitor is sent to sign in and brought back to the form", async () => {
    const event = await createEvent(database.prisma);
    const outcome = await call(registerRoute, "GET", `/en/events/${event.id}/register`, { lang: "en", eventId: event.id }, null);
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`/en/sign-in?redirectTo=${encodeURIComponent(`/en/events/${event.id}/register`)}`);
  });

  test("a form without the code of conduct accepted is refused, keeping what was typed, and nothing is stored", async () => {
    const event = await createEvent(database.prisma);
    const person = await createPerson(database.prisma);
    const { acceptConduct: _, ...withoutConduct } = answers;
    const outcome = await call(registerRoute, "POST", `/en/events/${event.id}/register`, { lang: "en", eventId: event.id }, person.id, withoutConduct);
    expect(outcome.status).toBe(400);
    const reply = outcome.data as { result: { error: Record<string, string[]>; initialValue: Record<string, string> } };
    expect(reply.result.error.acceptConduct).toEqual(["acceptConduct"]);
    expect(reply.result.initialValue.dietaryNeeds).toBe("Vegetarian\nNo nuts");
    expect(await database.prisma.registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  test("a registration is confirmed and leads to its page, which says so; the second person waits and sees position 1", async () => {
    const event = await createEvent(database.prisma, { capacity: 1 });
    const [first, second] = [await createPerson(database.prisma), await createPerson(database.prisma)];
    const params = { lang: "en", eventId: event.id };
    const confirmed = await call(registerRoute, "POST", `/en/events/${event.id}/register`, params, first.id, answers);
    expect(confirmed.status).toBe(302);
    expect(confirmed.location).toMatch(/^\/en\/account\/registrations\/[a-z0-9]+\?notice=confirmed$/);
    const waiting = await call(registerRoute, "POST", `/en/events/${event.id}/register`, params, second.id, answers);
    expect(waiting.location).toMatch(/\?notice=waitlisted/);
    const mine = await call(mineRoute, "GET", "/en/account/registrations", { lang: "en" }, second.id);
    expect(mine.data).toMatchObject({ registrations: [{ status: "waitlisted", position: 1, title: "Spring school" }] });
    const again = await call(registerRoute, "POST", `/en/events/${event.id}/register`, params, second.id, answers);
    expect(again.status).toBe(400);
    expect(again.data).toMatchObject({ error: "event_alreadyRegistered" });
  });

  test("someone else's registration is a 404, to look at and to post to", async () => {
    const event = await createEvent(database.prisma);
    const [owner, stranger] = [await createPerson(database.prisma), await createPerson(database.prisma)];
    const registration = await database.prisma.registration.create({ data: { eventId: event.id, personId: owner.id, status: "confirmed", registeredById: owner.id } });
    const params = { lang: "en", registrationId: registration.id };
    const path = `/en/account/registrations/${registration.id}`;
    expect((await call(oneRoute, "GET", path, params, stranger.id)).status).toBe(404);
    expect((await call(oneRoute, "POST", path, params, stranger.id, { intent: "cancel", confirmed: "yes" })).status).toBe(404);
    expect((await call(oneRoute, "GET", path, params, owner.id)).status).toBe(200);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe("confirmed");
  });

  test("cancelling asks first, then frees the place, which is offered to the person waiting, who accepts it in one click", async () => {
    const event = await createEvent(database.prisma, { capacity: 1 });
    const [first, second] = [await createPerson(database.prisma), await createPerson(database.prisma)];
    const params = { lang: "en", eventId: event.id };
    const held = await call(registerRoute, "POST", `/en/events/${event.id}/register`, params, first.id, answers);
    const waits = await call(registerRoute, "POST", `/en/events/${event.id}/register`, params, second.id, answers);
    const heldId = held.location!.split("/").pop()!.split("?")[0]!;
    const waitingId = waits.location!.split("/").pop()!.split("?")[0]!;
    const heldPage = `/en/account/registrations/${heldId}`;
    const ask = await call(oneRoute, "POST", heldPage, { lang: "en", registrationId: heldId }, first.id, { intent: "cancel" });
    expect(ask.location).toBe(`${heldPage}?step=cancel`);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: heldId } })).status).toBe("confirmed");
    const cancelled = await call(oneRoute, "POST", heldPage, { lang: "en", registrationId: heldId }, first.id, { intent: "cancel", confirmed: "yes" });
    expect(cancelled.location).toBe(`${heldPage}?notice=cancelled`);
    const offer = await call(oneRoute, "GET", `/en/account/registrations/${waitingId}`, { lang: "en", registrationId: waitingId }, second.id);
    expect(offer.data).toMatchObject({ registration: { status: "offered", offerOpen: true } });
    const accepted = await call(oneRoute, "POST", `/en/account/registrations/${waitingId}`, { lang: "en", registrationId: waitingId }, second.id, { intent: "accept" });
    expect(accepted.location).toBe(`/en/account/registrations/${waitingId}?notice=accepted`);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: waitingId } })).status).toBe("confirmed");
  });
});
