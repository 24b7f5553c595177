// Membership's part of a person's export: the applications they made for an organisation.
// Erasure keeps them, and the history of status changes, as the organisation's records:
// they hold the person's id only, which names no one once the account row is emptied.
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

export const personalData = definePersonalData({
  area: "membership",
  models: ["MembershipApplication", "MembershipEvent"],
  async exportSections(db, person) {
    const membershipApplications = await db.membershipApplication.findMany({
      where: { applicantId: person.id },
      select: { motivation: true, status: true, createdAt: true, decidedAt: true, decisionReason: true, organisation: { select: { name: true } } },
    });
    return { membershipApplications };
  },
});
