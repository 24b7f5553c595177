// A daily timed job that deletes what signing in leaves behind once it can no longer be
// used: expired sessions, email links that were used or have expired, and rate-limit
// windows long past. Nothing else deletes these; keeping them would only keep personal
// data (addresses, devices) longer than needed.
import { z } from "zod";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { rateLimits } from "./rate-limit.server";

const longestRateLimitWindowSeconds = Math.max(...Object.values(rateLimits).map((limit) => limit.windowSeconds));

export const deleteExpiredSignInRecords = defineTimedJob({
  kind: "auth.delete-expired-sign-in-records",
  payload: z.object({}),
  every: { seconds: 24 * 60 * 60 },
  async run(tx) {
    const now = new Date();
    await tx.session.deleteMany({ where: { expiresAt: { lte: now } } });
    await tx.userToken.deleteMany({ where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] } });
    await tx.rateLimitBucket.deleteMany({
      where: { windowStart: { lte: new Date(now.getTime() - longestRateLimitWindowSeconds * 1000) } },
    });
  },
});
