// One pass of the job runner: claim the due jobs under a lease, run each in a transaction
// of its own, retry failures with backoff and give up after the last attempt.
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import { retryDelaySeconds } from "./backoff";
import { claimDueRows, type LeasedQueue } from "./claim-with-lease.server";
import { scheduleJob } from "./schedule-job.server";
import { defaultMaxAttempts, recurringKey, type JobRegistry, type TimedJob } from "./timed-job";

type ClaimedJob = { id: string; kind: string; payload: unknown; runAt: Date; attempts: number; claimToken: string };

export type PassOptions = { limit?: number; leaseSeconds?: number };

const jobQueue: LeasedQueue = {
  table: "ScheduledJob",
  dueColumn: "runAt",
  orderColumn: "runAt",
  returning: ["id", "kind", "payload", "runAt", "attempts", "claimToken"],
};

/**
 * Takes up to `limit` due jobs of the kinds this runner knows for `leaseSeconds`
 * (claimDueRows: several runners can claim at once without taking the same row, and the
 * lease keeps a claimed job from the others). The claim token tells this claim from a
 * later one, should the lease run out while the job runs.
 */
export async function claimDueJobs(db: PrismaClient, registry: JobRegistry, { limit = 10, leaseSeconds = 300 }: PassOptions = {}) {
  const claimToken = crypto.randomUUID();
  const claimed = await claimDueRows<ClaimedJob>(db, jobQueue, {
    limit,
    leaseSeconds,
    where: Prisma.sql`AND "kind" = ANY(${[...registry.keys()]}::text[])`,
    set: Prisma.sql`, "claimToken" = ${claimToken}`,
  });
  // RETURNING comes in no particular order: the job due first runs first.
  return claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

/** Claims the due jobs and runs each. Returns how many were done and how many failed. */
export async function runDueJobs(db: PrismaClient, registry: JobRegistry, options: PassOptions = {}) {
  const claimed = await claimDueJobs(db, registry, options);
  const outcome = { done: 0, failed: 0 };
  for (const claim of claimed) {
    const job = registry.get(claim.kind)!;
    try {
      if (await runClaimedJob(db, job, claim, options.leaseSeconds ?? 300)) outcome.done++;
    } catch (error) {
      await recordFailure(db, job, claim, error);
      outcome.failed++;
    }
  }
  return outcome;
}

/**
 * Marks the job done and runs its handler in one transaction, so a handler that throws
 * leaves nothing half-written and the job still pending. The conditional update holds the
 * row until commit and finds nothing if the claim was lost (lease ran out, another runner
 * took it, or the job was moved or cancelled): then the handler does not run here.
 */
async function runClaimedJob(db: PrismaClient, job: TimedJob, claim: ClaimedJob, leaseSeconds: number) {
  const payload = job.payload.parse(claim.payload);
  const prepared = job.prepare ? await job.prepare(db, payload, { id: claim.id, attempts: claim.attempts }) : undefined;
  return db.$transaction(
    async (tx) => {
      const { count } = await tx.scheduledJob.updateMany({
        where: { id: claim.id, status: "pending", claimToken: claim.claimToken },
        data: { status: "done", finishedAt: new Date(), lockedUntil: null, lastError: null },
      });
      if (count === 0) return false;
      await job.run(tx, payload, { id: claim.id, attempts: claim.attempts, prepared });
      // Done first, so the next occurrence can take the key the finished one held.
      if (job.every) {
        await scheduleJob(tx, job, { key: recurringKey, payload, runAt: new Date(Date.now() + job.every.seconds * 1000) });
      }
      return true;
    },
    { timeout: leaseSeconds * 1000 },
  );
}

async function recordFailure(db: PrismaClient, job: TimedJob, claim: ClaimedJob, error: unknown) {
  const gaveUp = claim.attempts >= (job.maxAttempts ?? defaultMaxAttempts);
  await db.scheduledJob.updateMany({
    where: { id: claim.id, status: "pending", claimToken: claim.claimToken },
    data: {
      status: gaveUp ? "failed" : "pending",
      finishedAt: gaveUp ? new Date() : null,
      lockedUntil: null,
      claimToken: null,
      lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
      runAt: new Date(Date.now() + retryDelaySeconds(claim.attempts) * 1000),
    },
  });
}

/** Schedules each recurring job's next occurrence unless one is pending already. */
export async function scheduleRecurringJobs(db: PrismaClient, registry: JobRegistry) {
  for (const job of registry.values()) {
    if (job.every) await scheduleJob(db, job, { key: recurringKey, payload: job.payload.parse({}), runAt: new Date() });
  }
}
