// An organisation's people's part of a person's export and erasure: their places in
// organisations and the invitations sent to their address. Erasure waits while the person
// is the admin an organisation still needs (last-admin.server.ts).
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";
import { organisationLeftWithoutAdmin } from "./last-admin.server";

export const personalData = definePersonalData({
  area: "people",
  models: ["OrganisationMembership", "Invitation"],
  async exportSections(db, person) {
    const [organisations, invitationsReceived] = await Promise.all([
      db.organisationMembership.findMany({
        where: { userId: person.id },
        select: { role: true, signatory: true, createdAt: true, organisation: { select: { name: true, slug: true } } },
      }),
      person.email
        ? db.invitation.findMany({
            where: { email: person.email },
            select: { role: true, signatory: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true, organisation: { select: { name: true } } },
          })
        : [],
    ]);
    return { organisations, invitationsReceived };
  },
  async refuseErasure(tx, person) {
    const organisation = await organisationLeftWithoutAdmin(tx, person.id);
    if (!organisation) return null;
    // Alone, the person cannot hand the role on: the page says what else can be done.
    return { error: organisation.alone ? "onlyPersonOf" : "lastAdmin", organisation: organisation.name };
  },
  async erase(tx, person) {
    await tx.organisationMembership.deleteMany({ where: { userId: person.id } });
    // Invitations sent by the person stay: they belong to the organisation, and name no one once the account is emptied.
    if (person.email) await tx.invitation.deleteMany({ where: { email: person.email } });
  },
});
