// The events area's part of a person's export and erasure. Events belong to the network
// and stay (who created one is set to null by its foreign key). Registrations are the
// person's own: the export gives each with its answers and history; erasure blanks what
// they wrote and who they were, keeping only the bare fact that a place was taken, so an
// event's counts stay true.
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

export const personalData = definePersonalData({
  area: "events",
  models: ["Event", "Registration", "RegistrationAnswer", "RegistrationEvent", "RegistrationGroup"],
  async exportSections(db, person) {
    const eventRegistrations = await db.registration.findMany({
      where: { OR: [{ personId: person.id }, ...(person.email ? [{ delegateEmail: person.email }] : [])] },
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
    const own = { OR: [{ personId: person.id }, ...(person.email ? [{ delegateEmail: person.email }] : [])] };
    const ids = (await tx.registration.findMany({ where: own, select: { id: true } })).map((registration) => registration.id);
    await tx.registrationAnswer.deleteMany({ where: { registrationId: { in: ids } } });
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
      },
    });
    await tx.registrationEvent.updateMany({ where: { actorId: person.id }, data: { actorId: null } });
  },
});
