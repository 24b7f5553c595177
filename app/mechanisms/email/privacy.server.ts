// The outbox's part of a person's export and erasure: the mails addressed to them.
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

export const personalData = definePersonalData({
  area: "email",
  // Attachments go with their mail (ON DELETE CASCADE).
  models: ["OutboxEmail", "OutboxAttachment"],
  async exportSections(db, person) {
    // Subjects, not bodies: a body may hold a link that still works.
    const emails = person.email
      ? await db.outboxEmail.findMany({
          where: { to: person.email },
          select: { subject: true, language: true, status: true, createdAt: true, sentAt: true },
        })
      : [];
    return { emails };
  },
  async erase(tx, person) {
    if (person.email) await tx.outboxEmail.deleteMany({ where: { to: person.email } });
  },
});
