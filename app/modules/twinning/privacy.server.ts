// The twinning area's part of a person's export and erasure. Profiles, introductions,
// agreements, their revisions, comments and exchange reports belong to the organisations
// and stay; who wrote or changed them is set to null by their foreign keys when the
// account goes. A person's own part: the agreements they signed (the signature stays,
// without their name or title, as the Charter's), the comments they wrote (kept for the
// two parties' thread, without the author), and the exchanges they took part in (their
// place in the group is removed).
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

export const personalData = definePersonalData({
  area: "twinning",
  models: [
    "TwinningProfile",
    "TwinningIntroduction",
    "TwinningAgreement",
    "AgreementRevision",
    // The terms themselves: nothing about a person, kept with their revision.
    "AgreementText",
    "AgreementSignature",
    "AgreementComment",
    "AgreementEvent",
    "StaffExchange",
    "ExchangeParticipant",
    "ExchangeReport",
    "ExchangeEvent",
  ],
  async exportSections(db, person) {
    const agreementSignatures = await db.agreementSignature.findMany({
      where: { signatoryId: person.id },
      select: {
        kind: true,
        party: true,
        signatoryName: true,
        signatoryTitle: true,
        language: true,
        textSha256: true,
        at: true,
        organisation: { select: { name: true } },
        revision: { select: { number: true, agreementId: true } },
      },
      orderBy: { at: "asc" },
    });
    const agreementComments = await db.agreementComment.findMany({
      where: { authorId: person.id },
      select: { agreementId: true, body: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    });
    const staffExchanges = await db.exchangeParticipant.findMany({
      where: { userId: person.id },
      select: { addedAt: true, exchange: { select: { id: true, startsOn: true, endsOn: true, status: true } } },
    });
    return { agreementSignatures, agreementComments, staffExchanges };
  },
  async erase(tx, person) {
    // The one update the append-only ledger allows: the signatory's three columns blanked together.
    await tx.agreementSignature.updateMany({
      where: { signatoryId: person.id },
      data: { signatoryId: null, signatoryName: "", signatoryTitle: "" },
    });
    await tx.agreementEvent.updateMany({ where: { actorId: person.id }, data: { actorId: null } });
    await tx.exchangeEvent.updateMany({ where: { actorId: person.id }, data: { actorId: null } });
    await tx.exchangeParticipant.deleteMany({ where: { userId: person.id } });
  },
});
