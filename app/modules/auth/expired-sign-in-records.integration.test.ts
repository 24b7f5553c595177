// The daily clean-up of what signing in leaves behind, run through the job runner.
import { expect, test } from "vitest";
import { runDueJobs, scheduleRecurringJobs } from "~/mechanisms/jobs/run-due-jobs.server";
import { createJobRegistry } from "~/mechanisms/jobs/timed-job";
import { createPerson } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { deleteExpiredSignInRecords } from "./expired-sign-in-records.server";

const database = setUpTestDatabase();

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);

test("expired sessions, used or expired email links and past rate-limit windows are deleted; live ones stay", async () => {
  const { prisma } = database;
  const person = await createPerson(prisma);
  await prisma.session.createMany({
    data: [
      { id: "expired-session", userId: person.id, expiresAt: hoursFromNow(-1) },
      { id: "live-session", userId: person.id, expiresAt: hoursFromNow(24) },
    ],
  });
  await prisma.userToken.createMany({
    data: [
      { id: "expired-link", userId: person.id, purpose: "reset_password", expiresAt: hoursFromNow(-1) },
      { id: "used-link", userId: person.id, purpose: "confirm_email", expiresAt: hoursFromNow(24), usedAt: new Date() },
      { id: "live-link", userId: person.id, purpose: "reset_password", expiresAt: hoursFromNow(1) },
    ],
  });
  await prisma.rateLimitBucket.createMany({
    data: [
      { key: "sign-in:old", windowStart: hoursFromNow(-2), count: 3 },
      { key: "sign-in:current", windowStart: hoursFromNow(-0.1), count: 3 },
    ],
  });

  const registry = createJobRegistry([deleteExpiredSignInRecords]);
  await scheduleRecurringJobs(prisma, registry);
  expect(await runDueJobs(prisma, registry)).toEqual({ done: 1, failed: 0 });

  expect((await prisma.session.findMany()).map((session) => session.id)).toEqual(["live-session"]);
  expect((await prisma.userToken.findMany()).map((token) => token.id)).toEqual(["live-link"]);
  expect((await prisma.rateLimitBucket.findMany()).map((bucket) => bucket.key)).toEqual(["sign-in:current"]);
  // It comes back tomorrow.
  const next = await prisma.scheduledJob.findFirstOrThrow({ where: { kind: deleteExpiredSignInRecords.kind, status: "pending" } });
  expect(next.runAt.getTime()).toBeGreaterThan(hoursFromNow(23).getTime());
});
