// Signing in's part of a person's export and erasure: their signed-in devices, the links
// mailed to them (never the tokens), and the rate-limit counters that name their address.
import { definePersonalData } from "~/mechanisms/privacy/personal-data-area";
import { rateLimitKeysOfAccount } from "./rate-limit.server";

export const personalData = definePersonalData({
  area: "auth",
  // RateLimitBucket keys hold addresses (see rateLimitKey); those of the account are erased.
  models: ["Session", "UserToken", "RateLimitBucket"],
  async exportSections(db, person) {
    const [sessions, emailLinks] = await Promise.all([
      db.session.findMany({
        where: { userId: person.id },
        select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true, ipAddress: true },
      }),
      db.userToken.findMany({
        where: { userId: person.id },
        select: { purpose: true, email: true, createdAt: true, expiresAt: true, usedAt: true },
      }),
    ]);
    return { sessions, emailLinks };
  },
  async erase(tx, person) {
    await tx.session.deleteMany({ where: { userId: person.id } });
    await tx.userToken.deleteMany({ where: { userId: person.id } });
    if (person.email) await tx.rateLimitBucket.deleteMany({ where: { OR: rateLimitKeysOfAccount(person.email) } });
  },
});
