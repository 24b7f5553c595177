// Timed jobs on PGlite and on the PostgreSQL server: scheduling, running once, leases,
// retries and the unique key.
import { z } from "zod";
import { beforeEach, describe, expect, test } from "vitest";
import { openDatabase } from "~/utils/database/open-database.server";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { claimDueJobs, runDueJobs, scheduleRecurringJobs } from "./run-due-jobs.server";
import { cancelJob, rescheduleJob, scheduleJob } from "./schedule-job.server";
import { createJobRegistry, defineTimedJob } from "./timed-job";

const database = setUpTestDatabase();
beforeEach(async () => {
  await database.prisma.scheduledJob.deleteMany();
  failuresLeft = 0;
  testNumber++;
});

let failuresLeft = 0;
// The audit log is append-only: each test tells its own rows apart by its number.
let testNumber = 0;
/** Writes a row for each run (the job's effect), and throws while told to fail. */
const sendReminder = defineTimedJob({
  kind: "test.send-reminder",
  payload: z.object({ n: z.number() }),
  maxAttempts: 3,
  async run(tx, { n }) {
    await tx.auditEvent.create({ data: { action: "test.reminder", details: { n, testNumber } } });
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error(`reminder ${n} could not be sent`);
    }
  },
});
const registry = createJobRegistry([sendReminder]);

const now = () => new Date();
const inAnHour = () => new Date(Date.now() + 3_600_000);
const reminders = async () =>
  (
    await database.prisma.auditEvent.findMany({ where: { action: "test.reminder", details: { path: ["testNumber"], equals: testNumber } } })
  ).map((event) => (event.details as { n: number }).n);
/** Makes every pending job due now, as if its backoff or lease had run out. */
const timePasses = () => database.prisma.scheduledJob.updateMany({ data: { runAt: new Date(0), lockedUntil: null } });

describe("timed jobs", () => {
  test("a job scheduled in a transaction that rolls back is never run", async () => {
    await expect(
      database.prisma.$transaction(async (tx) => {
        await scheduleJob(tx, sendReminder, { payload: { n: 1 }, runAt: now() });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 });
    expect(await database.prisma.scheduledJob.count()).toBe(0);
  });

  test("a due job runs once and is marked done; a job due later waits", async () => {
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 1 }, runAt: now() });
    const later = inAnHour();
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 2 }, runAt: later });

    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 1, failed: 0 });
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 });
    expect(await reminders()).toEqual([1]);
    const jobs = await database.prisma.scheduledJob.findMany({ orderBy: { runAt: "asc" } });
    expect(jobs.map((job) => [job.status, job.attempts])).toEqual([
      ["done", 1],
      ["pending", 0],
    ]);
    expect(jobs[1]!.runAt.getTime()).toBe(later.getTime());
  });

  test("a job whose runner crashed is left alone while its lease runs, then retried once", async () => {
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 1 }, runAt: now() });
    expect(await claimDueJobs(database.prisma, registry)).toHaveLength(1); // the runner dies here

    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 });
    await timePasses();
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 1, failed: 0 });
    expect(await reminders()).toEqual([1]);
    expect(await database.prisma.scheduledJob.findFirstOrThrow()).toMatchObject({ status: "done", attempts: 2 });
  });

  test("a runner whose lease ran out and was overtaken does not run the job a second time", async () => {
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 1 }, runAt: now() });
    await claimDueJobs(database.prisma, registry); // a slow runner, overtaken when its lease runs out
    await timePasses();
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 1, failed: 0 });
    await timePasses();
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 });
    expect(await reminders()).toEqual([1]);
  });

  test("a handler that throws leaves nothing written, and the job is retried after a backoff", async () => {
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 1 }, runAt: now() });
    failuresLeft = 1;
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 1 });
    expect(await reminders()).toEqual([]);
    const waiting = await database.prisma.scheduledJob.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lockedUntil: null, lastError: "reminder 1 could not be sent" });
    expect(waiting.runAt.getTime()).toBeGreaterThan(Date.now() + 20_000);

    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 }); // not due yet
    await timePasses();
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 1, failed: 0 });
    expect(await reminders()).toEqual([1]);
  });

  test("after its last attempt a job is marked failed and left alone", async () => {
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 1 }, runAt: now() });
    failuresLeft = 10;
    for (let attempt = 0; attempt < 3; attempt++) {
      await runDueJobs(database.prisma, registry);
      await timePasses();
    }
    expect(await database.prisma.scheduledJob.findFirstOrThrow()).toMatchObject({ status: "failed", attempts: 3 });
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 });
    expect(await reminders()).toEqual([]);
  });

  test("a job scheduled twice with the same key exists once", async () => {
    const first = { payload: { n: 1 }, runAt: now(), key: "offer-42" };
    expect(await scheduleJob(database.prisma, sendReminder, first)).toBe(true);
    expect(await scheduleJob(database.prisma, sendReminder, { ...first, payload: { n: 2 } })).toBe(false);
    expect(await scheduleJob(database.prisma, sendReminder, { payload: { n: 3 }, runAt: now(), key: "offer-43" })).toBe(true);
    await runDueJobs(database.prisma, registry);
    expect((await reminders()).sort()).toEqual([1, 3]);
  });

  test("a job is moved by its key, and a cancelled one never runs", async () => {
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 1 }, runAt: inAnHour(), key: "deadline" });
    await rescheduleJob(database.prisma, sendReminder, { payload: { n: 2 }, runAt: now(), key: "deadline" });
    await rescheduleJob(database.prisma, sendReminder, { payload: { n: 3 }, runAt: now(), key: "new" });
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 4 }, runAt: now(), key: "called-off" });
    expect(await cancelJob(database.prisma, sendReminder, "called-off")).toBe(true);
    expect(await cancelJob(database.prisma, sendReminder, "never-scheduled")).toBe(false);

    await runDueJobs(database.prisma, registry);
    expect((await reminders()).sort()).toEqual([2, 3]);
    expect(await database.prisma.scheduledJob.count()).toBe(3);
  });

  test("a job moved after a runner claimed it is not run by that runner", async () => {
    await scheduleJob(database.prisma, sendReminder, { payload: { n: 1 }, runAt: now(), key: "deadline" });
    const [claim] = await claimDueJobs(database.prisma, registry);
    await rescheduleJob(database.prisma, sendReminder, { payload: { n: 2 }, runAt: inAnHour(), key: "deadline" });
    // The runner's lease is still running, but its claim was given up by the move.
    expect(await database.prisma.scheduledJob.findFirstOrThrow()).toMatchObject({ claimToken: null, lockedUntil: null });
    expect(claim).toBeDefined();
    expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 });
    expect(await reminders()).toEqual([]);
  });

  test("a recurring job is scheduled once however often the runner starts, and schedules its next run", async () => {
    const runs: number[] = [];
    const cleanUp = defineTimedJob({
      kind: "test.clean-up",
      payload: z.object({}),
      every: { seconds: 86_400 },
      async run() {
        runs.push(Date.now());
      },
    });
    const recurring = createJobRegistry([cleanUp]);
    await scheduleRecurringJobs(database.prisma, recurring);
    await scheduleRecurringJobs(database.prisma, recurring);
    expect(await runDueJobs(database.prisma, recurring)).toEqual({ done: 1, failed: 0 });
    await scheduleRecurringJobs(database.prisma, recurring);

    const jobs = await database.prisma.scheduledJob.findMany({ orderBy: { createdAt: "asc" } });
    expect(jobs.map((job) => job.status)).toEqual(["done", "pending"]);
    expect(jobs[1]!.runAt.getTime()).toBeGreaterThan(Date.now() + 86_000_000);
    expect(runs).toHaveLength(1);
  });
});

// A race needs two connections: PGlite has one, so this runs on the PostgreSQL server only.
describe.runIf(process.env.TEST_DATABASE_BACKEND === "postgres")("timed jobs on several instances", () => {
  test("two runners racing over many due jobs run each exactly once, and claim each once", async () => {
    const count = 120;
    for (let n = 0; n < count; n++) await scheduleJob(database.prisma, sendReminder, { payload: { n }, runAt: now() });

    // Two instances of the portal: a Prisma client and a connection pool each.
    const instances = [openDatabase({ kind: "postgres", url: database.url! }), openDatabase({ kind: "postgres", url: database.url! })];
    const slowReminder = defineTimedJob({
      ...sendReminder,
      async run(tx, payload, job) {
        await sendReminder.run(tx, payload, job);
        await new Promise((resolve) => setTimeout(resolve, 2)); // widens the window between claim and run
      },
    });
    const slowRegistry = createJobRegistry([slowReminder]);
    const runUntilNothingIsDue = async (instance: (typeof instances)[number]) => {
      for (;;) {
        const { done, failed } = await runDueJobs(instance.prisma, slowRegistry, { limit: 5 });
        if (done + failed === 0 && (await database.prisma.scheduledJob.count({ where: { status: "pending" } })) === 0) return;
      }
    };
    try {
      await Promise.all(instances.map(runUntilNothingIsDue));
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }

    const ran = await reminders();
    expect(ran).toHaveLength(count);
    expect(new Set(ran).size).toBe(count);
    const jobs = await database.prisma.scheduledJob.groupBy({ by: ["status", "attempts"], _count: true });
    expect(jobs).toEqual([{ status: "done", attempts: 1, _count: count }]);
  });
});
