// Registration, the waiting list, offers, caps, groups and allotments, as organisers and
// registrants see them. Times are passed in (`now`) so deadlines can be crossed at will.
import { describe, expect, it } from "vitest";
import { createEvent, createMemberInGoodStanding, createPersonOf, mailSubjects, registrationForm } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { placesOf } from "./places.server";
import { ownRegistrations } from "./registration-reading.server";
import {
  acceptOffer,
  cancelRegistration,
  changeCapacity,
  decideRegistration,
  declineOffer,
  registerGroup,
  registerPerson,
  setAllotments,
} from "./registrations.server";
import { lapseOffer, releaseAllotment, waitingPositions } from "./waiting-list.server";

const database = setUpTestDatabase();
const hour = 3_600_000;

async function register(eventId: string, person: { id: string }, overrides: Parameters<typeof registrationForm>[0] = {}, now?: Date) {
  return registerPerson(database.prisma, { eventId, personId: person.id, form: registrationForm(overrides), now });
}

async function statusOf(registrationId: string) {
  return (await database.prisma.registration.findUniqueOrThrow({ where: { id: registrationId } })).status;
}

describe("registering for a first-come event", () => {
  it("confirms while places remain, then puts the 4th registration for 3 places on the waiting list at position 1", async () => {
    const event = await createEvent(database.prisma, { capacity: 3 });
    const people = await Promise.all([1, 2, 3, 4].map(() => createPerson(database.prisma)));
    const results = [];
    for (const person of people) results.push(await register(event.id, person));
    expect(results.map((result) => result.ok && result.status)).toEqual(["confirmed", "confirmed", "confirmed", "waitlisted"]);
    expect(results[3]).toMatchObject({ ok: true, position: 1 });
    expect(await placesOf(database.prisma, event.id)).toMatchObject({ free: 0, held: 3, waitingPeople: 1 });
    expect(await mailSubjects(database.prisma, people[0]!.email!)).toEqual(["Your place is confirmed: Spring school"]);
    expect(await mailSubjects(database.prisma, people[3]!.email!)).toEqual(["You are on the waiting list: Spring school"]);
  });

  it("attaches the event's calendar file to the confirmation", async () => {
    const event = await createEvent(database.prisma);
    const person = await createPerson(database.prisma);
    await register(event.id, person);
    const mail = await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: person.email! }, include: { attachments: true } });
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(["event.ics"]);
    expect(Buffer.from(mail.attachments[0]!.contentBase64, "base64").toString("utf8")).toContain("DTSTART;TZID=Europe/Rome:");
  });

  it("refuses a second registration by the same person and changes nothing", async () => {
    const event = await createEvent(database.prisma);
    const person = await createPerson(database.prisma);
    await register(event.id, person);
    expect(await register(event.id, person)).toEqual({ ok: false, error: "alreadyRegistered" });
    expect(await database.prisma.registration.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("refuses a registration before the window opens, after it closes, for a cancelled or a draft event", async () => {
    const person = await createPerson(database.prisma);
    const now = new Date();
    const notYet = await createEvent(database.prisma, { registrationOpensAt: new Date(now.getTime() + hour), registrationClosesAt: new Date(now.getTime() + 2 * hour) });
    const over = await createEvent(database.prisma, { registrationOpensAt: new Date(now.getTime() - 2 * hour), registrationClosesAt: new Date(now.getTime() - hour) });
    const cancelled = await createEvent(database.prisma, { status: "cancelled" });
    const draft = await createEvent(database.prisma, { status: "draft" });
    expect(await register(notYet.id, person)).toEqual({ ok: false, error: "notOpenYet" });
    expect(await register(over.id, person)).toEqual({ ok: false, error: "closed" });
    expect(await register(cancelled.id, person)).toEqual({ ok: false, error: "eventCancelled" });
    expect(await register(draft.id, person)).toEqual({ ok: false, error: "notPublished" });
    expect(await database.prisma.registration.count({ where: { personId: person.id } })).toBe(0);
  });

  it("refuses to register for an organisation the person does not belong to", async () => {
    const event = await createEvent(database.prisma);
    const organisation = await createOrganisation(database.prisma);
    const person = await createPerson(database.prisma);
    expect(await register(event.id, person, { organisationId: organisation.id })).toEqual({ ok: false, error: "notRepresenting" });
  });

  it("puts a delegate over the organisation's cap on the waiting list, though places are free", async () => {
    const event = await createEvent(database.prisma, { capacity: 10, organisationCap: 2 });
    const organisation = await createOrganisation(database.prisma);
    const people = await Promise.all([1, 2, 3].map(() => createPersonOf(database.prisma, organisation.id)));
    const statuses = [];
    for (const person of people) {
      const result = await register(event.id, person, { organisationId: organisation.id });
      statuses.push(result.ok && result.status);
    }
    expect(statuses).toEqual(["confirmed", "confirmed", "waitlisted"]);
  });
});

describe("the waiting list", () => {
  async function fullEventWithOneWaiting() {
    const event = await createEvent(database.prisma, { capacity: 1, offerHours: 48 });
    const first = await createPerson(database.prisma);
    const waiting = await createPerson(database.prisma, { preferredLanguage: "fr" });
    const held = await register(event.id, first);
    const waits = await register(event.id, waiting);
    if (!held.ok || !waits.ok) throw new Error("setup");
    return { event, first, waiting, heldId: held.registrationId, waitingId: waits.registrationId };
  }

  it("offers a cancelled place to the first person waiting at once, by email in their language", async () => {
    const { event, first, waiting, heldId, waitingId } = await fullEventWithOneWaiting();
    expect(await cancelRegistration(database.prisma, { registrationId: heldId, actorId: first.id, by: "registrant" })).toEqual({ ok: true });
    expect(await statusOf(waitingId)).toBe("offered");
    expect((await mailSubjects(database.prisma, waiting.email!)).at(-1)).toBe("Une place s’est libérée pour vous\u202f: Spring school (fr)");
    expect(await placesOf(database.prisma, event.id)).toMatchObject({ free: 0, held: 1, waitingPeople: 0 });
    const job = await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "events.offer-deadline", key: waitingId } });
    const offer = await database.prisma.registration.findUniqueOrThrow({ where: { id: waitingId } });
    expect(job.runAt.getTime()).toBe(offer.offerExpiresAt!.getTime());
  });

  it("confirms the place when the person accepts in time", async () => {
    const { first, waiting, heldId, waitingId } = await fullEventWithOneWaiting();
    await cancelRegistration(database.prisma, { registrationId: heldId, actorId: first.id, by: "registrant" });
    expect(await acceptOffer(database.prisma, { registrationId: waitingId, personId: waiting.id })).toEqual({ ok: true });
    expect(await statusOf(waitingId)).toBe("confirmed");
    expect(await database.prisma.scheduledJob.count({ where: { kind: "events.offer-deadline", key: waitingId, status: "pending" } })).toBe(0);
  });

  it("passes an offer not accepted in 48 hours to the next person, and refuses it even before the job runs", async () => {
    const event = await createEvent(database.prisma, { capacity: 1, offerHours: 48 });
    const people = await Promise.all([1, 2, 3].map(() => createPerson(database.prisma)));
    const ids: string[] = [];
    for (const person of people) {
      const result = await register(event.id, person);
      if (result.ok) ids.push(result.registrationId);
    }
    const start = new Date();
    await cancelRegistration(database.prisma, { registrationId: ids[0]!, actorId: people[0]!.id, by: "registrant", now: start });
    expect(await statusOf(ids[1]!)).toBe("offered");
    const later = new Date(start.getTime() + 49 * hour);
    expect(await acceptOffer(database.prisma, { registrationId: ids[1]!, personId: people[1]!.id, now: later })).toEqual({ ok: false, error: "offerExpired" });
    await database.prisma.$transaction((tx) => lapseOffer(tx, ids[1]!, later));
    expect(await statusOf(ids[1]!)).toBe("declined");
    expect(await statusOf(ids[2]!)).toBe("offered");
    expect((await mailSubjects(database.prisma, people[1]!.email!)).at(-1)).toBe("The place offered to you has passed on: Spring school");
  });

  it("moves the place on at once when an offer is declined", async () => {
    const event = await createEvent(database.prisma, { capacity: 1 });
    const people = await Promise.all([1, 2, 3].map(() => createPerson(database.prisma)));
    const ids: string[] = [];
    for (const person of people) {
      const result = await register(event.id, person);
      if (result.ok) ids.push(result.registrationId);
    }
    await cancelRegistration(database.prisma, { registrationId: ids[0]!, actorId: people[0]!.id, by: "registrant" });
    expect(await declineOffer(database.prisma, { registrationId: ids[1]!, personId: people[1]!.id })).toEqual({ ok: true });
    expect(await statusOf(ids[2]!)).toBe("offered");
  });

  it("lets nobody jump the queue: while someone waits, a newcomer waits too, behind them", async () => {
    const { event, first, heldId, waitingId } = await fullEventWithOneWaiting();
    await cancelRegistration(database.prisma, { registrationId: heldId, actorId: first.id, by: "registrant" });
    // The place is offered, not free: a newcomer waits.
    const newcomer = await register(event.id, await createPerson(database.prisma));
    expect(newcomer).toMatchObject({ ok: true, status: "waitlisted", position: 1 });
    expect(await statusOf(waitingId)).toBe("offered");
  });

  it("offers places raised by the organiser at once, and refuses a capacity below the places held", async () => {
    const { event, waitingId } = await fullEventWithOneWaiting();
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    expect(await changeCapacity(database.prisma, { eventId: event.id, capacity: 0, actorId: organiser.id })).toEqual({ ok: false, error: "belowHeld" });
    expect(await changeCapacity(database.prisma, { eventId: event.id, capacity: 2, actorId: organiser.id })).toEqual({ ok: true, offered: 1 });
    expect(await statusOf(waitingId)).toBe("offered");
  });

  it("shows each waiting person their position, 1 to n without gaps, also after someone ahead leaves", async () => {
    const event = await createEvent(database.prisma, { capacity: 0 });
    const people = await Promise.all([1, 2, 3, 4].map(() => createPerson(database.prisma)));
    const ids: string[] = [];
    for (const person of people) {
      const result = await register(event.id, person);
      if (result.ok) ids.push(result.registrationId);
    }
    expect([...(await waitingPositions(database.prisma, event.id)).values()]).toEqual([1, 2, 3, 4]);
    await cancelRegistration(database.prisma, { registrationId: ids[1]!, actorId: people[1]!.id, by: "registrant" });
    const positions = await waitingPositions(database.prisma, event.id);
    expect(ids.map((id) => positions.get(id) ?? null)).toEqual([1, null, 2, 3]);
    const mine = await ownRegistrations(database.prisma, people[3]!.id, "en");
    expect(mine).toMatchObject([{ status: "waitlisted", position: 3, event: { title: "Spring school" } }]);
  });
});

describe("application mode", () => {
  it("receives applications, lets organisers select up to capacity and no further", async () => {
    const event = await createEvent(database.prisma, { mode: "application", capacity: 1 });
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    const [a, b] = await Promise.all([createPerson(database.prisma), createPerson(database.prisma)]);
    const first = await register(event.id, a, { motivation: "I run a peer group." });
    const second = await register(event.id, b, { motivation: "I lead a crisis team." });
    if (!first.ok || !second.ok) throw new Error("setup");
    expect([first.status, second.status]).toEqual(["applied", "applied"]);
    expect(await decideRegistration(database.prisma, { registrationId: first.registrationId, to: "confirmed", actorId: organiser.id })).toEqual({ ok: true });
    expect(await decideRegistration(database.prisma, { registrationId: second.registrationId, to: "confirmed", actorId: organiser.id })).toEqual({ ok: false, error: "full" });
    expect(await decideRegistration(database.prisma, { registrationId: second.registrationId, to: "waitlisted", actorId: organiser.id })).toEqual({ ok: true });
    expect(await database.prisma.auditEvent.count({ where: { action: "events.registration_decided", actorId: organiser.id } })).toBe(2);
    expect(await mailSubjects(database.prisma, b.email!)).toEqual(["Your application is received: Spring school", "You are on the waiting list: Spring school"]);
  });
});

describe("groups", () => {
  it("waits together when the group does not fit, and is offered places when enough are free for all of it", async () => {
    const event = await createEvent(database.prisma, { capacity: 3, groupPolicy: "together" });
    const organisation = await createOrganisation(database.prisma);
    const admin = await createPersonOf(database.prisma, organisation.id);
    const single = await register(event.id, await createPerson(database.prisma));
    if (!single.ok) throw new Error("setup");
    const group = await registerGroup(database.prisma, {
      eventId: event.id,
      organisationId: organisation.id,
      registeredById: admin.id,
      delegates: [1, 2, 3].map((n) => ({ name: `Delegate ${n}`, email: `delegate-${n}-${event.id}@example.org` })),
    });
    expect(group).toMatchObject({ ok: true, confirmed: 0, waitlisted: 3 });
    expect((await placesOf(database.prisma, event.id))!).toMatchObject({ waitingEntries: 1, waitingPeople: 3, free: 2 });
    // Each delegate was mailed a link to complete their answers.
    expect(await mailSubjects(database.prisma, `delegate-1-${event.id}@example.org`)).toEqual(["Please complete your details for Spring school"]);
    const person = await database.prisma.registration.findUniqueOrThrow({ where: { id: single.registrationId }, select: { personId: true } });
    await cancelRegistration(database.prisma, { registrationId: single.registrationId, actorId: person.personId!, by: "registrant" });
    const delegates = await database.prisma.registration.findMany({ where: { groupId: group.ok ? group.groupId : "" } });
    expect(delegates.map((delegate) => delegate.status)).toEqual(["offered", "offered", "offered"]);
    // The admin who registered the group accepts for all of it.
    expect(await acceptOffer(database.prisma, { registrationId: delegates[0]!.id, personId: admin.id })).toEqual({ ok: true });
    expect(await database.prisma.registration.count({ where: { groupId: delegates[0]!.groupId, status: "confirmed" } })).toBe(3);
  });

  it("takes what fits and waits with the rest when the event splits groups", async () => {
    const event = await createEvent(database.prisma, { capacity: 2, groupPolicy: "split" });
    const organisation = await createOrganisation(database.prisma);
    const admin = await createPersonOf(database.prisma, organisation.id);
    const group = await registerGroup(database.prisma, {
      eventId: event.id,
      organisationId: organisation.id,
      registeredById: admin.id,
      delegates: [1, 2, 3].map((n) => ({ name: `Delegate ${n}`, email: `split-${n}-${event.id}@example.org` })),
    });
    expect(group).toMatchObject({ ok: true, confirmed: 2, waitlisted: 1 });
  });
});

describe("allotments", () => {
  it("keeps an allotment's places for its member until the release date, then the waiting list moves", async () => {
    const event = await createEvent(database.prisma, { capacity: 3 });
    const member = await createMemberInGoodStanding(database.prisma);
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    const releasesAt = new Date(Date.now() + 7 * 24 * hour);
    expect(await setAllotments(database.prisma, { eventId: event.id, actorId: organiser.id, allotments: [{ organisationId: member.id, places: 2, releasesAt }] })).toEqual({ ok: true });
    const outsiders = await Promise.all([1, 2].map(() => createPerson(database.prisma)));
    const first = await register(event.id, outsiders[0]!);
    const second = await register(event.id, outsiders[1]!);
    expect([first.ok && first.status, second.ok && second.status]).toEqual(["confirmed", "waitlisted"]);
    const delegate = await createPersonOf(database.prisma, member.id);
    expect(await register(event.id, delegate, { organisationId: member.id })).toMatchObject({ ok: true, status: "confirmed" });
    // At the release date the one place still reserved goes to the person waiting.
    const allotment = await database.prisma.eventAllotment.findFirstOrThrow({ where: { eventId: event.id } });
    await database.prisma.$transaction((tx) => releaseAllotment(tx, allotment.id, new Date(releasesAt.getTime() + 1)));
    if (!second.ok) throw new Error("setup");
    expect(await statusOf(second.registrationId)).toBe("offered");
  });

  it("does not let a member out of good standing use the members' pool", async () => {
    const event = await createEvent(database.prisma, { capacity: 2 });
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    await setAllotments(database.prisma, { eventId: event.id, actorId: organiser.id, allotments: [{ organisationId: null, places: 2, releasesAt: new Date(Date.now() + 24 * hour) }] });
    const unsigned = await createOrganisation(database.prisma);
    const person = await createPersonOf(database.prisma, unsigned.id);
    expect(await register(event.id, person, { organisationId: unsigned.id })).toMatchObject({ ok: true, status: "waitlisted" });
    const signed = await createMemberInGoodStanding(database.prisma);
    const member = await createPersonOf(database.prisma, signed.id);
    expect(await register(event.id, member, { organisationId: signed.id })).toMatchObject({ ok: true, status: "confirmed" });
  });

  it("refuses allotments that reserve more places than the event has", async () => {
    const event = await createEvent(database.prisma, { capacity: 2 });
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    const releasesAt = new Date(Date.now() + 24 * hour);
    expect(await setAllotments(database.prisma, { eventId: event.id, actorId: organiser.id, allotments: [{ organisationId: null, places: 3, releasesAt }] })).toEqual({ ok: false, error: "tooManyReserved", available: 2 });
    expect(await database.prisma.eventAllotment.count({ where: { eventId: event.id } })).toBe(0);
  });
});
