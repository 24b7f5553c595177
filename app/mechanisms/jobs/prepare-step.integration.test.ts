// A timed job's prepare step: it runs after the claim and before the transaction, hands its
// result to run, retries like run when it throws, and a claim lost while it works means
// run does not happen.
import { z } from "zod";
import { beforeEach, expect, test } from "vitest";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { runDueJobs } from "./run-due-jobs.server";
import { cancelJob, scheduleJob } from "./schedule-job.server";
import { createJobRegistry, defineTimedJob } from "./timed-job";

const database = setUpTestDatabase();

let prepareThrows = false;
let duringPrepare: (() => Promise<void>) | undefined;
let ran: { n: number; prepared: string }[] = [];
beforeEach(async () => {
  await database.prisma.scheduledJob.deleteMany();
  prepareThrows = false;
  duringPrepare = undefined;
  ran = [];
});

const fetchThenWrite = defineTimedJob<z.ZodObject<{ n: z.ZodNumber }>, string>({
  kind: "test.fetch-then-write",
  payload: z.object({ n: z.number() }),
  async prepare(db, { n }, { attempts }) {
    // The outside call would go here; the database is reachable outside any transaction.
    await db.scheduledJob.count();
    await duringPrepare?.();
    if (prepareThrows) throw new Error("the service is down");
    return `fetched ${n} on attempt ${attempts}`;
  },
  async run(_tx, { n }, { prepared }) {
    ran.push({ n, prepared });
  },
});
const registry = createJobRegistry([fetchThenWrite]);

test("what prepare returns is what run gets", async () => {
  await scheduleJob(database.prisma, fetchThenWrite, { payload: { n: 1 }, runAt: new Date() });
  expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 1, failed: 0 });
  expect(ran).toEqual([{ n: 1, prepared: "fetched 1 on attempt 1" }]);
});

test("prepare throwing is a failed attempt: retried later, run not called", async () => {
  prepareThrows = true;
  await scheduleJob(database.prisma, fetchThenWrite, { payload: { n: 2 }, runAt: new Date() });
  expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 1 });
  expect(ran).toEqual([]);
  const job = await database.prisma.scheduledJob.findFirstOrThrow();
  expect(job).toMatchObject({ status: "pending", attempts: 1, lastError: "the service is down" });
  expect(job.runAt.getTime()).toBeGreaterThan(Date.now());
});

test("a job cancelled while it prepares does not run", async () => {
  await scheduleJob(database.prisma, fetchThenWrite, { payload: { n: 3 }, runAt: new Date(), key: "three" });
  duringPrepare = async () => {
    await cancelJob(database.prisma, fetchThenWrite, "three");
  };
  expect(await runDueJobs(database.prisma, registry)).toEqual({ done: 0, failed: 0 });
  expect(ran).toEqual([]);
  expect(await database.prisma.scheduledJob.findFirstOrThrow()).toMatchObject({ status: "cancelled" });
});
