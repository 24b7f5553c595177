// Fixed-window rate limits kept in the database, so every instance of the portal counts
// the same attempts.
import type { PrismaClient } from "~/generated/prisma/client";

export type RateLimit = { limit: number; windowSeconds: number };

export const rateLimits = {
  signInPerAccount: { limit: 10, windowSeconds: 15 * 60 },
  signInPerAddress: { limit: 50, windowSeconds: 15 * 60 },
  resetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  resetPerAddress: { limit: 20, windowSeconds: 60 * 60 },
  signUpPerAddress: { limit: 20, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

/**
 * Counts one attempt under `key` and says whether it is still within the limit. One
 * statement, so concurrent attempts cannot both read the same count.
 */
export async function hitRateLimit(prisma: PrismaClient, key: string, { limit, windowSeconds }: RateLimit) {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  return (rows[0]?.count ?? 0) <= limit;
}

/** Forgets the failed attempts on an account after it signs in. */
export async function clearRateLimit(prisma: PrismaClient, key: string) {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}
