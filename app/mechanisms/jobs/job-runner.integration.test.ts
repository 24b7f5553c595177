// The job runner is killed mid-job, for real, and restarted: every job takes effect
// exactly once. PostgreSQL only (the runner runs in a process of its own).
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { recordDelivery, testJobs } from "../../../tests/fixtures/timed-jobs";
import { createTestDatabase, type TestDatabase } from "../../../tests/setup/test-database";
import { runDueJobs } from "./run-due-jobs.server";
import { scheduleJob } from "./schedule-job.server";

const onPostgres = process.env.TEST_DATABASE_BACKEND === "postgres";

let database: TestDatabase;
beforeAll(async () => {
  if (onPostgres) database = await createTestDatabase();
});
afterAll(() => database?.destroy());

test.runIf(onPostgres)("a job runner killed in the middle of a job and restarted runs every job exactly once", async () => {
  // Due a second apart, so they run in the order 0 to 5.
  for (let n = 0; n < 6; n++) {
    await scheduleJob(database.prisma, recordDelivery, { payload: { n }, runAt: new Date(Date.now() - (6 - n) * 1000) });
  }

  const runner = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/job-runner-process.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, STALL_ON_JOB: "3" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  runner.stdout.on("data", (chunk: Buffer) => {
    if (chunk.toString().includes("stalling on job 3")) runner.kill("SIGKILL"); // dies inside job 3's transaction
  });
  const exit = await new Promise<NodeJS.Signals | null>((resolve) => runner.on("exit", (_code, signal) => resolve(signal)));
  expect(exit).toBe("SIGKILL");
  expect(await database.prisma.scheduledJob.count({ where: { status: "done" } })).toBe(3);

  // The restarted runner waits for the dead one's lease, then runs what is left.
  await database.prisma.scheduledJob.updateMany({ where: { status: "pending" }, data: { lockedUntil: null } });
  expect(await runDueJobs(database.prisma, testJobs)).toEqual({ done: 3, failed: 0 });

  const deliveries = await database.prisma.auditEvent.findMany({ where: { action: "test.delivery" } });
  expect(deliveries.map((event) => (event.details as { n: number }).n).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  // The dead runner had claimed all six: 3 to 5 were claimed again, and job 3's
  // interrupted run left nothing behind (one delivery each, above).
  const jobs = await database.prisma.scheduledJob.findMany();
  expect(jobs.map((job) => [(job.payload as { n: number }).n, job.status, job.attempts]).sort()).toEqual([
    [0, "done", 1],
    [1, "done", 1],
    [2, "done", 1],
    [3, "done", 2],
    [4, "done", 2],
    [5, "done", 2],
  ]);
});
