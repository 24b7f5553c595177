// Scheduling, moving and cancelling timed jobs. Call these inside the transaction of the
// change that causes the job, so a rolled-back change schedules nothing.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { TimedJob } from "./timed-job";

type Db = PrismaClient | Prisma.TransactionClient;

export type JobTiming<Payload> = {
  payload: Payload;
  runAt: Date;
  /** Names the job so it can be moved or cancelled, and is never pending twice. */
  key?: string;
};

/**
 * Schedules a job. If a job of this kind with this key is already pending, it is left as
 * it is and nothing new is scheduled: returns whether a job was scheduled.
 */
export async function scheduleJob<Payload>(db: Db, job: TimedJob<Payload>, { payload, runAt, key }: JobTiming<Payload>) {
  // ON CONFLICT against the partial unique index (pending jobs only), so two transactions
  // scheduling the same key at once end with one job: the second waits, then does nothing.
  const inserted = await db.$executeRaw`
    INSERT INTO "ScheduledJob" ("id", "kind", "key", "payload", "runAt")
    VALUES (${crypto.randomUUID()}, ${job.kind}, ${key ?? null}, ${JSON.stringify(job.payload.parse(payload))}::jsonb, ${runAt}::timestamp)
    ON CONFLICT ("kind", "key") WHERE "status" = 'pending' DO NOTHING`;
  return inserted === 1;
}

/**
 * Moves the pending job with this key to a new time and payload, or schedules it if none
 * is pending. A runner that had already claimed the old version gives it up.
 */
export async function rescheduleJob<Payload>(db: Db, job: TimedJob<Payload>, { payload, runAt, key }: JobTiming<Payload> & { key: string }) {
  await db.$executeRaw`
    INSERT INTO "ScheduledJob" ("id", "kind", "key", "payload", "runAt")
    VALUES (${crypto.randomUUID()}, ${job.kind}, ${key}, ${JSON.stringify(job.payload.parse(payload))}::jsonb, ${runAt}::timestamp)
    ON CONFLICT ("kind", "key") WHERE "status" = 'pending' DO UPDATE
    SET "payload" = EXCLUDED."payload", "runAt" = EXCLUDED."runAt", "attempts" = 0,
        "lockedUntil" = NULL, "claimToken" = NULL, "lastError" = NULL`;
}

/** Cancels the pending job with this key; returns whether there was one. */
export async function cancelJob(db: Db, job: Pick<TimedJob, "kind">, key: string) {
  const { count } = await db.scheduledJob.updateMany({
    where: { kind: job.kind, key, status: "pending" },
    data: { status: "cancelled", finishedAt: new Date(), lockedUntil: null, claimToken: null },
  });
  return count === 1;
}
