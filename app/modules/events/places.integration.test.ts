// The places ledger, read straight from registrations and allotments.
import { describe, expect, it } from "vitest";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { placesOf, placesOpenTo } from "./places.server";

const database = setUpTestDatabase();

async function anEvent(capacity: number) {
  const db = database.prisma;
  const now = Date.now();
  return db.event.create({
    data: {
      type: "conference",
      originalLanguage: "en",
      venue: "Hall",
      city: "Trieste",
      countryCode: "IT",
      timeZone: "Europe/Rome",
      startsAt: new Date(now + 30 * 86_400_000),
      endsAt: new Date(now + 31 * 86_400_000),
      deliveryLanguages: ["en"],
      capacity,
      registrationOpensAt: new Date(now - 86_400_000),
      registrationClosesAt: new Date(now + 20 * 86_400_000),
    },
  });
}

function aRegistration(eventId: string, status: "confirmed" | "waitlisted" | "offered" | "cancelled", extra: object = {}) {
  return database.prisma.registration.create({
    data: { eventId, status, delegateName: "Someone", delegateEmail: `${Math.random()}@example.org`, ...extra },
  });
}

describe("the places ledger", () => {
  it("counts confirmed places and open offers as held, and expired offers and cancellations as free", async () => {
    const event = await anEvent(5);
    await aRegistration(event.id, "confirmed");
    await aRegistration(event.id, "offered", { offerExpiresAt: new Date(Date.now() + 3_600_000) });
    await aRegistration(event.id, "offered", { offerExpiresAt: new Date(Date.now() - 1_000) });
    await aRegistration(event.id, "cancelled");
    await aRegistration(event.id, "waitlisted", { waitingSince: new Date() });
    const places = await placesOf(database.prisma, event.id);
    expect(places).toMatchObject({ capacity: 5, held: 2, free: 3, waitingPeople: 1, waitingEntries: 1 });
  });

  it("keeps an allotment's unused places out of the open pool until its release date, for its organisation alone", async () => {
    const event = await anEvent(10);
    const organisation = await database.prisma.organisation.create({
      data: { slug: "ledger-org", name: "Ledger", type: "other", countryCode: "IT", city: "Roma", languages: ["it"], status: "active" },
    });
    const allotment = await database.prisma.eventAllotment.create({
      data: { eventId: event.id, organisationId: organisation.id, places: 4, releasesAt: new Date(Date.now() + 86_400_000) },
    });
    await aRegistration(event.id, "confirmed", { allotmentId: allotment.id, organisationId: organisation.id });
    const places = (await placesOf(database.prisma, event.id))!;
    expect(places).toMatchObject({ held: 1, reserved: 3, free: 6 });
    expect(placesOpenTo(places, { id: organisation.id, inGoodStanding: true })).toBe(9);
    expect(placesOpenTo(places, { id: "another", inGoodStanding: true })).toBe(6);
    const afterRelease = (await placesOf(database.prisma, event.id, new Date(Date.now() + 2 * 86_400_000)))!;
    expect(afterRelease).toMatchObject({ reserved: 0, free: 9 });
  });

  it("counts a waiting group once among the entries and each of its people", async () => {
    const event = await anEvent(0);
    const organisation = await database.prisma.organisation.create({
      data: { slug: "ledger-group", name: "Group", type: "other", countryCode: "IT", city: "Roma", languages: ["it"], status: "active" },
    });
    const group = await database.prisma.registrationGroup.create({ data: { eventId: event.id, organisationId: organisation.id } });
    await aRegistration(event.id, "waitlisted", { groupId: group.id, waitingSince: new Date() });
    await aRegistration(event.id, "waitlisted", { groupId: group.id, waitingSince: new Date() });
    await aRegistration(event.id, "waitlisted", { waitingSince: new Date() });
    expect(await placesOf(database.prisma, event.id)).toMatchObject({ free: 0, waitingEntries: 2, waitingPeople: 3 });
  });
});
