// The end-to-end tests' clock: an event's whole calendar moved back by some days, as if
// they had passed: its dates, its registration window, its allotments' releases, its
// offers' deadlines and its pending timed jobs (the after-event mail, the erasure of
// answers, offer deadlines, releases), which the job runner then finds due. Reached only
// through server/e2e-calendar.ts, mounted when E2E_CALENDAR=on (never with a PUBLIC_URL).
import type { PrismaClient } from "~/generated/prisma/client";

const day = 86_400_000;

/** Moves the event's calendar `days` back. Returns false for an unknown event. */
export async function moveEventCalendarBack(db: PrismaClient, eventId: string, days: number) {
  const by = days * day;
  const earlier = (date: Date) => new Date(date.getTime() - by);
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: {
        startsAt: true,
        endsAt: true,
        registrationOpensAt: true,
        registrationClosesAt: true,
        allotments: { select: { id: true, releasesAt: true } },
        registrations: { select: { id: true, offerExpiresAt: true } },
      },
    });
    if (!event) return false;
    await tx.event.update({
      where: { id: eventId },
      data: {
        startsAt: earlier(event.startsAt),
        endsAt: earlier(event.endsAt),
        registrationOpensAt: earlier(event.registrationOpensAt),
        registrationClosesAt: earlier(event.registrationClosesAt),
      },
    });
    for (const allotment of event.allotments) await tx.eventAllotment.update({ where: { id: allotment.id }, data: { releasesAt: earlier(allotment.releasesAt) } });
    for (const registration of event.registrations) {
      if (registration.offerExpiresAt) await tx.registration.update({ where: { id: registration.id }, data: { offerExpiresAt: earlier(registration.offerExpiresAt) } });
    }
    // Jobs are keyed by the event, one of its registrations or one of its allotments.
    const keys = [eventId, ...event.registrations.map((registration) => registration.id), ...event.allotments.map((allotment) => allotment.id)];
    await tx.$executeRaw`UPDATE "ScheduledJob" SET "runAt" = "runAt" - make_interval(days => ${days}::int) WHERE "status" = 'pending' AND "key" = ANY(${keys}::text[])`;
    return true;
  });
}
