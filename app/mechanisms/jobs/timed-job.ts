// What an area declares for a timed job: its kind, the shape of its payload (zod) and the
// handler, and the registry that gives the runner every area's jobs by kind.
import type { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

export type TimedJob<Payload = unknown, Prepared = unknown> = {
  /** Stored with each job; name it after the area, e.g. "events.release-waitlist". */
  kind: string;
  /**
   * Ids of records, never a person's details (the ScheduledJob table is not part of a
   * person's export): a job about a person is cancelled by key in its area's erase step.
   */
  payload: z.ZodType<Payload, z.ZodTypeDef, unknown>;
  /**
   * Optional work before the transaction, such as a call to an outside service that may
   * take seconds: it must write nothing (it may run again after a crash), and what it
   * returns is handed to `run` as `job.prepared`. It throws to retry, as `run` does.
   * (On the embedded database a transaction holds the one connection: a slow call inside
   * `run` would keep every other request waiting.)
   */
  prepare?(db: PrismaClient, payload: Payload, job: { id: string; attempts: number }): Promise<Prepared>;
  /** Runs inside a transaction that also marks the job done: it all commits or none of it. */
  run(tx: Prisma.TransactionClient, payload: Payload, job: { id: string; attempts: number; prepared: Prepared }): Promise<void>;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  /** A recurring job: scheduled when the runner starts and again after every run. */
  every?: { seconds: number };
};

export const defaultMaxAttempts = 5;
/** The key of a recurring job's one pending occurrence. */
export const recurringKey = "recurring";

/** Declares a timed job; the handler's payload is typed by the zod schema. */
export function defineTimedJob<Schema extends z.ZodTypeAny, Prepared = undefined>(
  job: Omit<TimedJob<z.infer<Schema>, Prepared>, "payload"> & { payload: Schema },
): TimedJob<z.infer<Schema>, Prepared> {
  return job;
}

export type JobRegistry = ReadonlyMap<string, TimedJob>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each job's own types are checked where it is defined
export function createJobRegistry(jobs: TimedJob<any, any>[]): JobRegistry {
  const registry = new Map<string, TimedJob>();
  for (const job of jobs) {
    if (registry.has(job.kind)) throw new Error(`Two timed jobs share the kind "${job.kind}"`);
    registry.set(job.kind, job);
  }
  return registry;
}
