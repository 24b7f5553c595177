// Registering a group and completing a delegate's answers through the pages, as a browser
// uses them: the admin's group page with their cookie, the delegate's link with none.
import { describe, expect, test } from "vitest";
import * as delegateRoute from "~/routes/$lang.events.registration.$token";
import * as groupRoute from "~/routes/$lang.organisations.$slug.events.$eventId_.group";
import { createEvent, createMemberInGoodStanding } from "../../../tests/fixtures/events";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { cancelRegistration } from "./registrations.server";

const database = setUpTestDatabase();

type Route = { loader?: (args: never) => unknown; action?: (args: never) => unknown };

async function call(route: Route, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string | null, form: Record<string, string> = {}) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const request = makeRequest(path, { method, cookie, form });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

/** An organisation in good standing, its admin, and an event; the group page's address and params. */
async function groupSetting(eventOverrides: Parameters<typeof createEvent>[1] = {}) {
  const organisation = await createMemberInGoodStanding(database.prisma, { name: "Casa del Sole" });
  const admin = await createPerson(database.prisma);
  await database.prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
  const event = await createEvent(database.prisma, eventOverrides);
  const path = `/en/organisations/${organisation.slug}/events/${event.id}/group`;
  return { organisation, admin, event, path, params: { lang: "en", slug: organisation.slug, eventId: event.id } };
}

function delegateRows(delegates: { name: string; email: string }[]) {
  return Object.fromEntries(delegates.flatMap((delegate, row) => [[`delegate-${row}-name`, delegate.name], [`delegate-${row}-email`, delegate.email]]));
}

/** The token in the link of the last mail sent to `email`. */
async function mailedToken(email: string) {
  const mail = await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const token = /\/en\/events\/registration\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(token, `a link in ${mail.text}`).toBeDefined();
  return token!;
}

const delegatePage = (token: string) => ({ path: `/en/events/registration/${token}`, params: { lang: "en", token } });
const answers = { listVisibility: "participants", dietaryNeeds: "Vegan", interpretationNeeds: "Italian to English", acceptConduct: "on" };

describe("registering a group through its page", () => {
  test("an admin registers three delegates and each receives a link", async () => {
    const { admin, event, path, params } = await groupSetting({ capacity: 5 });
    const page = await call(groupRoute, "GET", path, params, admin.id);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ places: { open: 5, cap: null }, event: { groupPolicy: "together" }, delegates: [] });

    const delegates = [1, 2, 3].map((n) => ({ name: `Delegate ${n}`, email: `three-${n}-${event.id}@example.org` }));
    // Three rows are shown at first; the third is typed in a fourth row added without JavaScript, keeping the others.
    const added = await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "addRow", ...delegateRows(delegates.slice(0, 2)) });
    expect(added.status).toBe(200);
    expect(added.data).toMatchObject({ form: "group", result: { initialValue: { rows: "4", "delegate-1-name": "Delegate 2" } } });
    expect(await database.prisma.registration.count({ where: { eventId: event.id } })).toBe(0);

    const sent = await call(groupRoute, "POST", path, params, admin.id, {
      rows: "4",
      intent: "register",
      ...delegateRows(delegates.slice(0, 2)),
      "delegate-3-name": delegates[2]!.name,
      "delegate-3-email": delegates[2]!.email,
    });
    expect(sent.status).toBe(302);
    expect(sent.location).toBe(`${path}?notice=sent&confirmed=3&waitlisted=0&applied=0`);
    const tokens = await Promise.all(delegates.map((delegate) => mailedToken(delegate.email)));
    expect(new Set(tokens).size).toBe(3);

    const after = await call(groupRoute, "GET", sent.location!, params, admin.id);
    expect(after.data).toMatchObject({
      sent: { confirmed: 3, waitlisted: 0, applied: 0 },
      delegates: delegates.map((delegate) => ({ name: delegate.name, status: "confirmed" })),
    });
  });

  test("a row with a name and no address is refused, keeping every row typed, and nobody is registered", async () => {
    const { admin, event, path, params } = await groupSetting();
    const refused = await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", "delegate-0-name": "Ada", "delegate-0-email": "ada@example.org", "delegate-2-name": "Bo" });
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ form: "group", result: { error: { "delegate-2-email": ["required"] }, initialValue: { "delegate-0-name": "Ada", rows: "3" } } });
    expect(await database.prisma.registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  test("a group over the free places is waitlisted together when the policy says together", async () => {
    const { admin, event, path, params } = await groupSetting({ capacity: 2, groupPolicy: "together" });
    const delegates = [1, 2, 3].map((n) => ({ name: `Delegate ${n}`, email: `together-${n}-${event.id}@example.org` }));
    const sent = await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", ...delegateRows(delegates) });
    expect(sent.location).toBe(`${path}?notice=sent&confirmed=0&waitlisted=3&applied=0`);
    const statuses = await database.prisma.registration.findMany({ where: { eventId: event.id }, select: { status: true } });
    expect(statuses.map((registration) => registration.status)).toEqual(["waitlisted", "waitlisted", "waitlisted"]);
    // They wait as one entry: each delegate's page says position 1.
    const { path: link, params: linkParams } = delegatePage(await mailedToken(delegates[2]!.email));
    expect((await call(delegateRoute, "GET", link, linkParams, null)).data).toMatchObject({ registration: { status: "waitlisted", position: 1 } });
  });

  test("a delegate already registered for the event is refused with the reason, and nobody else is registered", async () => {
    const { admin, event, path, params } = await groupSetting();
    const first = { name: "Delegate", email: `twice-${event.id}@example.org` };
    await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", ...delegateRows([first]) });
    const again = await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", ...delegateRows([{ name: "Other", email: `other-${event.id}@example.org` }, first]) });
    expect(again.status).toBe(400);
    expect(again.data).toMatchObject({ result: { error: { "": ["event_delegateAlreadyRegistered"] } } });
    expect(await database.prisma.registration.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe("a delegate's link", () => {
  test("a delegate completes their answers through the link without an account", async () => {
    const { admin, event, path, params } = await groupSetting({ capacity: 5 });
    const delegates = [
      { name: "Ada Lovelace", email: `ada-${event.id}@example.org` },
      { name: "Bo Peep", email: `bo-${event.id}@example.org` },
    ];
    await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", ...delegateRows(delegates) });
    const { path: link, params: linkParams } = delegatePage(await mailedToken(delegates[0]!.email));

    const page = await call(delegateRoute, "GET", link, linkParams, null);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ registration: { name: "Ada Lovelace", organisationName: "Casa del Sole", status: "confirmed", completed: false, canChangeAnswers: true } });
    // Nothing of the other delegate of the group is on the page.
    expect(JSON.stringify(page.data)).not.toMatch(/Bo Peep|bo-/);

    const { acceptConduct: _, ...unaccepted } = answers;
    const refused = await call(delegateRoute, "POST", link, linkParams, null, { intent: "save", ...unaccepted });
    expect(refused.status).toBe(400);
    expect(refused.data).toMatchObject({ form: "answers", result: { error: { acceptConduct: ["acceptConduct"] }, initialValue: { dietaryNeeds: "Vegan" } } });

    const saved = await call(delegateRoute, "POST", link, linkParams, null, { intent: "save", ...answers });
    expect(saved.location).toBe(`${link}?notice=saved`);
    const registration = await database.prisma.registration.findFirstOrThrow({ where: { eventId: event.id, delegateEmail: delegates[0]!.email } });
    expect(registration).toMatchObject({ dietaryNeeds: "Vegan", interpretationNeeds: "Italian to English", listVisibility: "participants" });
    expect(registration.conductAcceptedAt).not.toBeNull();
    expect((await call(delegateRoute, "GET", saved.location!, linkParams, null)).data).toMatchObject({ notice: "saved", registration: { completed: true } });
  });

  test("a wrong token is a 404", async () => {
    for (const token of ["x".repeat(43), "short", "../../etc/passwd"]) {
      const { path, params } = delegatePage(token);
      expect((await call(delegateRoute, "GET", path, params, null)).status, token).toBe(404);
      expect((await call(delegateRoute, "POST", path, params, null, { intent: "save", ...answers })).status, token).toBe(404);
    }
  });

  test("a link is used up once the event is over", async () => {
    const { admin, event, path, params } = await groupSetting();
    const email = `over-${event.id}@example.org`;
    await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", ...delegateRows([{ name: "Late", email }]) });
    const { path: link, params: linkParams } = delegatePage(await mailedToken(email));
    await database.prisma.event.update({ where: { id: event.id }, data: { startsAt: new Date(Date.now() - 3 * 86_400_000), endsAt: new Date(Date.now() - 86_400_000) } });
    expect((await call(delegateRoute, "GET", link, linkParams, null)).status).toBe(404);
  });

  test("a delegate cancels after a confirmation step, and the place goes to the first person waiting", async () => {
    const { admin, event, path, params } = await groupSetting({ capacity: 1, groupPolicy: "split" });
    const email = `cancels-${event.id}@example.org`;
    await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", ...delegateRows([{ name: "Cancels", email }]) });
    const waiting = await createPerson(database.prisma);
    await database.prisma.registration.create({ data: { eventId: event.id, personId: waiting.id, status: "waitlisted", waitingSince: new Date(), registeredById: waiting.id } });
    const { path: link, params: linkParams } = delegatePage(await mailedToken(email));

    const ask = await call(delegateRoute, "POST", link, linkParams, null, { intent: "cancel" });
    expect(ask.location).toBe(`${link}?step=cancel`);
    expect((await database.prisma.registration.findFirstOrThrow({ where: { delegateEmail: email } })).status).toBe("confirmed");
    const cancelled = await call(delegateRoute, "POST", link, linkParams, null, { intent: "cancel", confirmed: "yes" });
    expect(cancelled.location).toBe(`${link}?notice=cancelled`);
    expect((await database.prisma.registration.findFirstOrThrow({ where: { delegateEmail: email } })).status).toBe("cancelled");
    expect((await database.prisma.registration.findFirstOrThrow({ where: { personId: waiting.id } })).status).toBe("offered");
  });

  test("a delegate accepts the place offered to them, for themselves alone", async () => {
    const { admin, event, path, params } = await groupSetting({ capacity: 1, groupPolicy: "split" });
    const holder = await createPerson(database.prisma);
    const held = await database.prisma.registration.create({ data: { eventId: event.id, personId: holder.id, status: "confirmed", registeredById: holder.id } });
    const delegates = [1, 2].map((n) => ({ name: `Waits ${n}`, email: `offer-${n}-${event.id}@example.org` }));
    await call(groupRoute, "POST", path, params, admin.id, { rows: "3", intent: "register", ...delegateRows(delegates) });
    // The holder gives up their place: it is offered to the first delegate of the group (split).
    expect(await cancelRegistration(database.prisma, { registrationId: held.id, actorId: holder.id, by: "registrant" })).toEqual({ ok: true });
    const { path: link, params: linkParams } = delegatePage(await mailedToken(delegates[0]!.email));
    expect((await call(delegateRoute, "GET", link, linkParams, null)).data).toMatchObject({ registration: { status: "offered", offerOpen: true } });
    const accepted = await call(delegateRoute, "POST", link, linkParams, null, { intent: "accept" });
    expect(accepted.location).toBe(`${link}?notice=accepted`);
    const statuses = await database.prisma.registration.findMany({ where: { eventId: event.id, groupId: { not: null } }, orderBy: { delegateName: "asc" }, select: { status: true } });
    expect(statuses.map((registration) => registration.status)).toEqual(["confirmed", "waitlisted"]);
  });

  test("the page tells the browser to send no referrer and to keep no copy", () => {
    const headers = new Headers(delegateRoute.headers({} as never) as HeadersInit);
    expect(headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(headers.get("Cache-Control")).toBe("private, no-store");
  });
});
