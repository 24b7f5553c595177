// The calendar file read back by ical.js (Mozilla's iCalendar parser, the one Thunderbird
// uses): its times land on the right instants through its own VTIMEZONE.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarText, eventCalendarFile, eventUid } from "./calendar-file";

const school = {
  uid: eventUid("ckschool", "https://portal.example.org"),
  title: "Four Season school: recovery, rights; \"peer\" support, together",
  description: "Day one: arrival.\nDay two: visits\\workshops.",
  location: "Parco di San Giovanni, Trieste, Italia",
  // Across the change to summer time in Rome (28 March 2027).
  startsAt: new Date("2027-03-26T08:00:00Z"),
  endsAt: new Date("2027-03-30T15:00:00Z"),
  timeZone: "Europe/Rome",
  url: "https://portal.example.org/it/events/ckschool",
  stampedAt: new Date("2026-12-02T10:00:00Z"),
};

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = new ICAL.Timezone(calendar.getFirstSubcomponent("vtimezone")!);
  ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { calendar, event };
}

describe("an event's calendar file", () => {
  it("puts the start and end at the venue's wall-clock times, on the right instants on both sides of a change of offset", () => {
    const { event } = parsed(calendarText(school));
    expect(event.startDate.zone?.tzid).toBe("Europe/Rome");
    expect(event.startDate.toString()).toBe("2027-03-26T09:00:00");
    expect(event.endDate.toString()).toBe("2027-03-30T17:00:00");
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-26T08:00:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2027-03-30T15:00:00.000Z");
  });

  it("keeps the title, place and description exactly, commas, semicolons, quotes and line breaks included", () => {
    const { event } = parsed(calendarText(school));
    expect(event.summary).toBe(school.title);
    expect(event.location).toBe(school.location);
    expect(event.description).toBe(school.description);
    expect(event.uid).toBe("event-ckschool@portal.example.org");
  });

  it("writes CRLF lines of at most 75 octets, folded between characters, never inside one", () => {
    const title = "Scuola delle Quattro Stagioni — ”salute mentale di comunità“ è già qui: ".repeat(4);
    const text = calendarText({ ...school, title });
    expect(text.endsWith("\r\n")).toBe(true);
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.split("\r\n").every((line) => !line.includes("\n"))).toBe(true);
    expect(parsed(text).event.summary).toBe(title);
  });

  it("describes a zone without summer time, and one south of the equator, so that times land right there too", () => {
    for (const [timeZone, startsAt, wall] of [
      ["Asia/Kolkata", "2027-02-01T04:30:00Z", "2027-02-01T10:00:00"],
      ["America/Sao_Paulo", "2027-07-01T12:00:00Z", "2027-07-01T09:00:00"],
      ["Pacific/Auckland", "2027-01-10T20:00:00Z", "2027-01-11T09:00:00"],
    ] as const) {
      const start = new Date(startsAt);
      const { event } = parsed(calendarText({ ...school, timeZone, startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) }));
      expect(event.startDate.toString()).toBe(wall);
      expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    }
  });

  it("marks a cancelled event as cancelled, and is offered as a UTF-8 text/calendar attachment", () => {
    const { event } = parsed(calendarText({ ...school, cancelled: true, sequence: 2 }));
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.sequence).toBe(2);
    const file = eventCalendarFile(school);
    expect(file.filename).toBe("event.ics");
    expect(file.contentType).toMatch(/^text\/calendar; charset=utf-8/);
    expect(new TextDecoder().decode(file.content)).toBe(calendarText(school));
  });
});
