// The events area's part of a person's export and erasure. Events belong to the network
// and stay (who created one is set to null by its foreign key). Registrations are the
// person's own: the export gives each with its answers and history; erasure blanks what
// they wrote and who they were, keeping only the bare fact that a place was taken, so an
// event's counts stay true. A place at an event still to come is given up first (the
// cancel command, in the erasure's transaction), so it goes to the first person waiting
// instead of being held by nobody.
import type { Db, Person } from "~/mechanisms/privacy/personal-data-area";
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";
import { lockPlaces } from "./places.server";
import { cancelWithin } from "./registrations.server";

const ownRegistrations = (person: Person) => ({ OR: [{ personId: person.id }, ...(person.email ? [{ delegateEmail: person.email }] : [])] });

const givenUpOnErasure = ["applied", "waitlisted", "offered", "confirmed"] as const;

/** Cancels the person's live registrations for events not yet started, one event at a time under its lock. */
async function giveUpPlacesToCome(tx: Db, person: Person, now: Date) {
  const live = { ...ownRegistrations(person), status: { in: [...givenUpOnErasure] }, event: { startsAt: { gt: now } } };
  const eventIds = [...new Set((await tx.registration.findMany({ where: live, select: { eventId: true } })).map((registration) => registration.eventId))].sort();
  for (const eventId of eventIds) {
    // Read again under the event's lock (cancelWithin takes it again, which is harmless), so each status is current.
    await lockPlaces(tx, eventId);
    const registrations = await tx.registration.findMany({ where: { ...live, eventId }, select: { id: true, eventId: true, status: true, organisationId: true } });
    for (const registration of registrations) await cancelWithin(tx, registration, { actorId: null, by: "registrant", now });
  }
}

export const personalData = definePersonalData({
  area: "events",
  models: ["Event", "Registration", "RegistrationAnswer", "RegistrationEvent", "RegistrationGroup", "EventFeedback"],
  async exportSections(db, person) {
    const eventRegistrations = await db.registration.findMany({
      where: ownRegistrations(person),
      select: {
        id: true,
        eventId: true,
        status: true,
        delegateName: true,
        delegateEmail: true,
        motivation: true,
        dietaryNeeds: true,
        accessibilityNeeds: true,
        interpretationNeeds: true,
        listVisibility: true,
        conductAcceptedAt: true,
        checkedInAt: true,
        certificateCode: true,
        followUpCompletedAt: true,
        feedbackGivenAt: true,
        // Only what they answered under their name: an anonymous answer is linked to nobody.
        feedback: { select: { language: true, overall: true, content: true, organisation: true, comment: true } },
        waitingSince: true,
        offerExpiresAt: true,
        createdAt: true,
        organisation: { select: { name: true } },
        answers: { select: { questionId: true, value: true } },
        history: { select: { from: true, to: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      },
      orderBy: { createdAt: "asc" },
    });
    const eventRegistrationsMade = await db.registration.count({ where: { registeredById: person.id, NOT: { personId: person.id } } });
    return { eventRegistrations, eventRegistrationsMade };
  },
  async erase(tx, person) {
    await giveUpPlacesToCome(tx, person, new Date());
    const own = ownRegistrations(person);
    const ids = (await tx.registration.findMany({ where: own, select: { id: true } })).map((registration) => registration.id);
    await tx.registrationAnswer.deleteMany({ where: { registrationId: { in: ids } } });
    // Feedback they gave under their name is their own words; anonymous feedback is nobody's.
    await tx.eventFeedback.deleteMany({ where: { registrationId: { in: ids } } });
    await tx.registration.updateMany({
      where: { id: { in: ids } },
      data: {
        personId: null,
        delegateName: null,
        delegateEmail: null,
        completionTokenHash: null,
        motivation: "",
        dietaryNeeds: "",
        accessibilityNeeds: "",
        interpretationNeeds: "",
        listVisibility: "nobody",
        checkInSecret: null,
        certificateCode: null,
        feedbackTokenHash: null,
      },
    });
    await tx.registrationEvent.updateMany({ where: { actorId: person.id }, data: { actorId: null } });
    await tx.registration.updateMany({ where: { checkedInById: person.id }, data: { checkedInById: null } });
  },
});
