// The experts' part of a person's export and erasure: the listings organisations made
// with the person's email address. They are about the person, who may ask to see them
// and to be forgotten; erasure removes them (a listing with no one in it means nothing).
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";

export const personalData = definePersonalData({
  area: "experts",
  models: ["Expert"],
  async exportSections(db, person) {
    const expertListings = person.email
      ? await db.expert.findMany({
          where: { email: person.email },
          select: { name: true, topics: true, languages: true, availability: true, createdAt: true, organisation: { select: { name: true } } },
        })
      : [];
    return { expertListings };
  },
  async erase(tx, person) {
    if (person.email) await tx.expert.deleteMany({ where: { email: person.email } });
  },
});
