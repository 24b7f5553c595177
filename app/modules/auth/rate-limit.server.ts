// Fixed-window rate limits kept in the database, so every instance of the portal counts
// the same attempts.
import type { PrismaClient } from "~/generated/prisma/client";

export type RateLimit = { limit: number; windowSeconds: number };

export const rateLimits = {
  // Per account and address, so a stranger's guesses cannot lock the owner out; the
  // higher limit per account alone stops guessing spread over many addresses.
  signInPerAccountAndAddress: { limit: 10, windowSeconds: 15 * 60 },
  signInPerAccount: { limit: 100, windowSeconds: 15 * 60 },
  signInPerAddress: { limit: 50, windowSeconds: 15 * 60 },
  resetPerAccount: { limit: 3, windowSeconds: 60 * 60 },
  resetPerAddress: { limit: 20, windowSeconds: 60 * 60 },
  signUpPerAddress: { limit: 20, windowSeconds: 60 * 60 },
} as const satisfies Record<string, RateLimit>;

/** What is being limited: each has its own counters. */
export const rateLimitedActions = ["sign-up", "sign-in", "reset"] as const;
export type RateLimitedAction = (typeof rateLimitedActions)[number];

/**
 * The one place a counter's key is built: per account (its email), per client address,
 * or per both. Counting, clearing after a sign-in and erasing an account all call it,
 * so they cannot disagree on a key's spelling.
 */
export function rateLimitKey(action: RateLimitedAction, by: { account: string; address?: string } | { address: string }) {
  if (!("account" in by)) return `${action}:address:${by.address}`;
  if (by.address === undefined) return `${action}:account:${by.account}`;
  return `${action}:account-address:${by.account}:${by.address}`;
}

/** Every counter that names the account, whatever the address: what erasing it removes. */
export function rateLimitKeysOfAccount(email: string) {
  return rateLimitedActions.flatMap((action) => [
    { key: rateLimitKey(action, { account: email }) },
    // An empty address leaves the key's prefix common to every address.
    { key: { startsWith: rateLimitKey(action, { account: email, address: "" }) } },
  ]);
}

export type RateLimitResult = {
  allowed: boolean;
  /** The first attempt over the limit in this window: the one worth an audit entry. */
  firstRefusal: boolean;
};

/**
 * Counts one attempt under `key` and says whether it is still within the limit. One
 * statement, so concurrent attempts cannot both read the same count.
 */
export async function hitRateLimit(prisma: PrismaClient, key: string, { limit, windowSeconds }: RateLimit): Promise<RateLimitResult> {
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, now(), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(secs => ${windowSeconds})
                     THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count"`;
  const count = rows[0]?.count ?? 0;
  return { allowed: count <= limit, firstRefusal: count === limit + 1 };
}

/** Several limits at once: every one is counted, and all must allow the attempt. */
export async function hitRateLimits(prisma: PrismaClient, limits: [key: string, limit: RateLimit][]): Promise<RateLimitResult> {
  const results: RateLimitResult[] = [];
  for (const [key, limit] of limits) results.push(await hitRateLimit(prisma, key, limit));
  return {
    allowed: results.every((result) => result.allowed),
    firstRefusal: results.some((result) => result.firstRefusal),
  };
}

/** Forgets the failed attempts on an account after it signs in. */
export async function clearRateLimit(prisma: PrismaClient, key: string) {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}
