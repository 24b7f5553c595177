// Erasing a person who holds places: a place at an event still to come goes to the first
// person waiting, at once; what the person wrote is blanked, wherever the event stands.
import { describe, expect, test } from "vitest";
import { eraseAccount } from "~/modules/accounts/personal-data.server";
import { createEvent, createMemberInGoodStanding, mailSubjects, registrationForm } from "../../../tests/fixtures/events";
import { createPerson, testPassword } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { placesOf } from "./places.server";
import { registerGroup, registerPerson } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;

describe("erasing a person with registrations", () => {
  test("erasing a person frees their place and the first waiting person is offered it", async () => {
    const { prisma } = database;
    const event = await createEvent(prisma, { capacity: 1 });
    const [holder, waiting] = [await createPerson(prisma), await createPerson(prisma)];
    const held = await registerPerson(prisma, { eventId: event.id, personId: holder.id, form: registrationForm({ dietaryNeeds: "No nuts" }) });
    const waits = await registerPerson(prisma, { eventId: event.id, personId: waiting.id, form: registrationForm() });
    expect([held.ok && held.status, waits.ok && waits.status]).toEqual(["confirmed", "waitlisted"]);

    expect(await eraseAccount(prisma, { userId: holder.id, password: testPassword })).toEqual({ ok: true });

    const erased = await prisma.registration.findUniqueOrThrow({ where: { id: held.ok ? held.registrationId : "" } });
    expect(erased).toMatchObject({ status: "cancelled", personId: null, dietaryNeeds: "" });
    const offered = await prisma.registration.findUniqueOrThrow({ where: { id: waits.ok ? waits.registrationId : "" } });
    expect(offered.status).toBe("offered");
    expect(offered.offerExpiresAt).not.toBeNull();
    expect(await mailSubjects(prisma, waiting.email!)).toContain("A place is free for you: Spring school");
    expect(await placesOf(prisma, event.id)).toMatchObject({ held: 1, waitingPeople: 0 });
  });

  test("a delegate named in a group who erases their account gives up their place too, and their link stops working", async () => {
    const { prisma } = database;
    const event = await createEvent(prisma, { capacity: 2, groupPolicy: "split" });
    const organisation = await createMemberInGoodStanding(prisma);
    const admin = await createPerson(prisma);
    const delegate = await createPerson(prisma);
    const group = await registerGroup(prisma, {
      eventId: event.id,
      organisationId: organisation.id,
      registeredById: admin.id,
      delegates: [{ name: "Delegate", email: delegate.email! }],
    });
    expect(group).toMatchObject({ ok: true, confirmed: 1 });
    expect(await eraseAccount(prisma, { userId: delegate.id, password: testPassword })).toEqual({ ok: true });
    const registration = await prisma.registration.findFirstOrThrow({ where: { eventId: event.id } });
    expect(registration).toMatchObject({ status: "cancelled", delegateEmail: null, delegateName: null, completionTokenHash: null });
  });

  test("a place at an event that has already begun is kept as the bare fact it was taken", async () => {
    const { prisma } = database;
    const now = new Date();
    const event = await createEvent(prisma, {
      capacity: 2,
      registrationOpensAt: new Date(now.getTime() - 10 * day),
      registrationClosesAt: new Date(now.getTime() + day),
      startsAt: new Date(now.getTime() - day),
      endsAt: new Date(now.getTime() + 2 * day),
    });
    const person = await createPerson(prisma);
    const held = await registerPerson(prisma, { eventId: event.id, personId: person.id, form: registrationForm({ accessibilityNeeds: "Step-free" }) });
    expect(await eraseAccount(prisma, { userId: person.id, password: testPassword })).toEqual({ ok: true });
    const kept = await prisma.registration.findUniqueOrThrow({ where: { id: held.ok ? held.registrationId : "" } });
    expect(kept).toMatchObject({ status: "confirmed", personId: null, accessibilityNeeds: "" });
  });
});
