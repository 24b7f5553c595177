// The audit log's part of a person's export and erasure. Entries stay (the network must
// show how decisions were made) and hold ids, never names; erasure blanks the internet
// addresses that were the person's.
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

/** An entry's address is the person's when they acted, or when no one did (a failed sign-in on their account). */
function ownsAddress(actorId: string | null, userId: string) {
  return actorId === userId || actorId === null;
}

export const personalData = definePersonalData({
  area: "audit",
  models: ["AuditEvent"],
  async exportSections(db, person) {
    const auditEvents = await db.auditEvent.findMany({
      where: { OR: [{ actorId: person.id }, { subjectUserId: person.id }] },
      select: { at: true, action: true, actorId: true, organisationId: true, ipAddress: true, details: true },
      orderBy: { at: "asc" },
    });
    return {
      // The address of someone else acting on the person (an admin changing their role) is not theirs to have.
      auditEvents: auditEvents.map(({ actorId, ipAddress, ...event }) => ({
        ...event,
        byYou: actorId === person.id,
        ipAddress: ownsAddress(actorId, person.id) ? ipAddress : undefined,
      })),
    };
  },
  async erase(tx, person) {
    // The addresses that were the person's (see ownsAddress); an admin's address on an entry about them stays.
    await tx.auditEvent.updateMany({
      where: { OR: [{ actorId: person.id }, { subjectUserId: person.id, actorId: null }], ipAddress: { not: "" } },
      data: { ipAddress: "" },
    });
  },
});
