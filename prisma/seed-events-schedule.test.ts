import { expect, test } from "vitest";
import { instantToWallTime } from "~/utils/zoned-time";
import { demoEvents } from "./seed-data/events";
import { demoSchedule, seasonOf } from "./seed-events-schedule";

const byKey = (key: string) => demoEvents.find((event) => event.key === key)!;
const wall = (instant: Date, timeZone: string) => instantToWallTime(instant, timeZone);
const weekday = (instant: Date, timeZone: string) => new Intl.DateTimeFormat("en", { weekday: "long", timeZone }).format(instant);

test("seeded on 2 December, the school runs Monday to Friday in February at the Trieste wall clock, a winter school", () => {
  const school = byKey("school");
  const schedule = demoSchedule(school, new Date("2026-12-02T10:00:00Z"));
  expect(wall(schedule.startsAt, "Europe/Rome")).toBe("2027-02-01T09:30");
  expect(wall(schedule.endsAt, "Europe/Rome")).toBe("2027-02-05T13:00");
  expect(weekday(schedule.startsAt, "Europe/Rome")).toBe("Monday");
  expect(schedule.season).toBe("winter");
  // The host's places are kept until two weeks before; applications close a week before.
  expect(wall(schedule.releasesAt[0]!, "Europe/Rome")).toBe("2027-01-18T00:00");
  expect(wall(schedule.registrationClosesAt, "Europe/Rome")).toBe("2027-01-25T23:59");
  expect(wall(schedule.registrationOpensAt, "Europe/Rome")).toBe("2026-11-11T09:00");
});

test("the conference is about four months ahead over a Thursday and Friday; the study visit ended two months ago", () => {
  const now = new Date("2026-12-02T10:00:00Z");
  const conference = demoSchedule(byKey("conference"), now);
  expect(weekday(conference.startsAt, "Europe/Madrid")).toBe("Thursday");
  expect(wall(conference.endsAt, "Europe/Madrid")).toMatch(/T16:30$/);
  const days = (instant: Date) => (instant.getTime() - now.getTime()) / 86_400_000;
  expect(days(conference.startsAt)).toBeGreaterThan(115);
  expect(days(conference.startsAt)).toBeLessThan(130);
  expect(conference.season).toBeNull();

  const visit = demoSchedule(byKey("studyVisit"), now);
  expect(weekday(visit.startsAt, "Europe/Stockholm")).toBe("Tuesday");
  expect(days(visit.endsAt)).toBeLessThan(-50);
  expect(days(visit.startsAt)).toBeGreaterThan(-70);
  expect(visit.registrationClosesAt < visit.startsAt).toBe(true);
  expect(visit.registrationOpensAt < visit.registrationClosesAt).toBe(true);
});

test("every demo event's window opens before it closes, and closes before the event ends, whatever the day", () => {
  for (let day = 0; day < 366; day += 7) {
    const now = new Date(Date.UTC(2027, 0, 1 + day, 12));
    for (const event of demoEvents) {
      const schedule = demoSchedule(event, now);
      expect(schedule.registrationOpensAt < schedule.registrationClosesAt, event.key).toBe(true);
      expect(schedule.registrationClosesAt < schedule.endsAt, event.key).toBe(true);
      expect(schedule.startsAt < schedule.endsAt, event.key).toBe(true);
      for (const releasesAt of schedule.releasesAt) expect(releasesAt < schedule.startsAt).toBe(true);
    }
  }
});

test("seasons follow the months north of the equator", () => {
  expect(["2027-03-01", "2027-06-30", "2027-09-15", "2027-12-01", "2027-02-28"].map(seasonOf)).toEqual(["spring", "summer", "autumn", "winter", "winter"]);
});
