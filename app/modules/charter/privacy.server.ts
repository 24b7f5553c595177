// The Charter's part of a person's export and erasure: the signatures they made for an
// organisation. A signature stays (the organisation signed), without their name or title.
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

export const personalData = definePersonalData({
  area: "charter",
  models: ["CharterSignature"],
  async exportSections(db, person) {
    const charterSignatures = await db.charterSignature.findMany({
      where: { signatoryId: person.id },
      select: {
        kind: true,
        signatoryName: true,
        signatoryTitle: true,
        language: true,
        textSha256: true,
        at: true,
        organisation: { select: { name: true } },
        version: { select: { number: true } },
      },
    });
    return { charterSignatures };
  },
  async erase(tx, person) {
    await tx.charterSignature.updateMany({
      where: { signatoryId: person.id },
      data: { signatoryId: null, signatoryName: "", signatoryTitle: "" },
    });
  },
});
