// The end-to-end tests' clock moves an event's whole calendar back, its pending jobs too,
// and nothing of another event's.
import { describe, expect, test } from "vitest";
import { scheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { createEvent } from "../../../tests/fixtures/events";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { moveEventCalendarBack } from "./event-calendar-shift.server";
import { offerDeadlineJob } from "./waiting-list.server";

const database = setUpTestDatabase();
const day = 86_400_000;

describe("moving an event's calendar back", () => {
  test("its dates, window and pending jobs move back by the days asked; another event's stay", async () => {
    const { prisma } = database;
    const [moved, other] = [await createEvent(prisma), await createEvent(prisma)];
    const runAt = new Date(moved.endsAt);
    await scheduleJob(prisma, offerDeadlineJob, { payload: { registrationId: "r1" }, runAt, key: moved.id });
    await scheduleJob(prisma, offerDeadlineJob, { payload: { registrationId: "r2" }, runAt, key: other.id });

    expect(await moveEventCalendarBack(prisma, moved.id, 40)).toBe(true);

    const after = await prisma.event.findUniqueOrThrow({ where: { id: moved.id } });
    expect(after.startsAt.getTime()).toBe(moved.startsAt.getTime() - 40 * day);
    expect(after.endsAt.getTime()).toBe(moved.endsAt.getTime() - 40 * day);
    expect(after.registrationClosesAt.getTime()).toBe(moved.registrationClosesAt.getTime() - 40 * day);
    const jobs = await prisma.scheduledJob.findMany({ select: { key: true, runAt: true } });
    expect(jobs.find((job) => job.key === moved.id)?.runAt.getTime()).toBe(runAt.getTime() - 40 * day);
    expect(jobs.find((job) => job.key === other.id)?.runAt.getTime()).toBe(runAt.getTime());
    expect((await prisma.event.findUniqueOrThrow({ where: { id: other.id } })).endsAt).toEqual(other.endsAt);
    expect(await moveEventCalendarBack(prisma, "no-such-event", 1)).toBe(false);
  });
});
