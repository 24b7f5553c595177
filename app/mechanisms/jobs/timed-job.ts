// What an area declares for a timed job: its kind, the shape of its payload (zod) and the
// handler, and the registry that gives the runner every area's jobs by kind.
import type { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";

export type TimedJob<Payload = unknown> = {
  /** Stored with each job; name it after the area, e.g. "events.release-waitlist". */
  kind: string;
  /**
   * Ids of records, never a person's details (the ScheduledJob table is not part of a
   * person's export): a job about a person is cancelled by key in its area's erase step.
   */
  payload: z.ZodType<Payload, z.ZodTypeDef, unknown>;
  /** Runs inside a transaction that also marks the job done: it all commits or none of it. */
  run(tx: Prisma.TransactionClient, payload: Payload, job: { id: string; attempts: number }): Promise<void>;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
  /** A recurring job: scheduled when the runner starts and again after every run. */
  every?: { seconds: number };
};

export const defaultMaxAttempts = 5;
/** The key of a recurring job's one pending occurrence. */
export const recurringKey = "recurring";

/** Declares a timed job; the handler's payload is typed by the zod schema. */
export function defineTimedJob<Schema extends z.ZodTypeAny>(
  job: Omit<TimedJob<z.infer<Schema>>, "payload"> & { payload: Schema },
): TimedJob<z.infer<Schema>> {
  return job;
}

export type JobRegistry = ReadonlyMap<string, TimedJob>;

export function createJobRegistry(jobs: TimedJob[]): JobRegistry {
  const registry = new Map<string, TimedJob>();
  for (const job of jobs) {
    if (registry.has(job.kind)) throw new Error(`Two timed jobs share the kind "${job.kind}"`);
    registry.set(job.kind, job);
  }
  return registry;
}
