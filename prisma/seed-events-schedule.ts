// When each demo event takes place, counted from the day the seed runs and read on the
// venue's wall clock: the school about two months ahead, the conference about four, the
// study visit two months ago. Kept apart from seed-events.ts so the arithmetic is tested
// on its own (seed-events-schedule.test.ts).
import type { Season } from "~/generated/prisma/enums";
import { instantToWallTime, wallTimeToInstant } from "~/utils/zoned-time";
import type { DemoEvent } from "./seed-data/events";

export type DemoSchedule = {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  /** Each allotment's release, in the order of DemoEvent.allotments. */
  releasesAt: Date[];
  /** International schools only: the season of the first day at the venue. */
  season: Season | null;
};

/** "2027-03-15" plus `days` calendar days. */
function addDays(day: string, days: number) {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** 1 for Monday … 7 for Sunday. */
function isoWeekday(day: string) {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** The season a first day falls in, north of the equator (every demo host is). */
export function seasonOf(day: string): Season {
  const month = Number(day.slice(5, 7));
  if (month >= 3 && month <= 5) return "spring";
  if (month >= 6 && month <= 8) return "summer";
  if (month >= 9 && month <= 11) return "autumn";
  return "winter";
}

export function demoSchedule(event: Pick<DemoEvent, "type" | "timeZone" | "when" | "window" | "allotments">, now: Date): DemoSchedule {
  const at = (day: string, time: string) => {
    const instant = wallTimeToInstant(`${day}T${time}`, event.timeZone);
    if (!instant) throw new Error(`${day}T${time} is no time in ${event.timeZone}`);
    return instant;
  };
  const today = instantToWallTime(now, event.timeZone).slice(0, 10);
  let firstDay = addDays(today, event.when.daysFromToday);
  while (isoWeekday(firstDay) !== event.when.weekday) firstDay = addDays(firstDay, 1);
  const lastDay = addDays(firstDay, event.when.days - 1);
  return {
    startsAt: at(firstDay, event.when.startTime),
    endsAt: at(lastDay, event.when.endTime),
    registrationOpensAt: at(addDays(today, event.window.opensDaysFromToday), "09:00"),
    registrationClosesAt: at(addDays(firstDay, -event.window.closesDaysBeforeStart), "23:59"),
    releasesAt: event.allotments.map((allotment) => at(addDays(firstDay, -allotment.releasesDaysBeforeStart), "00:00")),
    season: event.type === "international_school" ? seasonOf(firstDay) : null,
  };
}
