// The job runner: schedules the recurring jobs once, then runs due jobs every few seconds
// until stopped. Safe to run in every instance of the portal: claims never overlap.
import type { PrismaClient } from "~/generated/prisma/client";
import { startPollingLoop } from "./polling-loop.server";
import { runDueJobs, scheduleRecurringJobs } from "./run-due-jobs.server";
import type { JobRegistry } from "./timed-job";

export function startJobRunner({ db, registry, intervalMs = 5_000 }: { db: PrismaClient; registry: JobRegistry; intervalMs?: number }) {
  let recurringScheduled = false;
  return startPollingLoop({
    name: "job runner",
    intervalMs,
    async pass() {
      if (!recurringScheduled) {
        await scheduleRecurringJobs(db, registry);
        recurringScheduled = true;
      }
      return runDueJobs(db, registry);
    },
  });
}
