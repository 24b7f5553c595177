// An event as an iCalendar file (RFC 5545) that calendar programs open: attached to
// confirmations and offers, and served from the event's page. The start and end are
// written as wall-clock times in the venue's time zone (DTSTART;TZID=Europe/Rome:…), with
// that zone's offsets described in a VTIMEZONE for the event's years, so the event sits at
// the right hour wherever the reader's calendar is.
import type { EmailAttachment } from "~/mechanisms/email/attachments.server";
import { instantToWallTime, offsetMinutes } from "~/utils/zoned-time";

export type CalendarEvent = {
  /** Globally unique and stable, so a second file updates the first: `eventUid(event.id)`. */
  uid: string;
  title: string;
  description?: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  url?: string;
  cancelled?: boolean;
  /** Raised with each change that is sent again (RFC 5545 §3.8.7.4). */
  sequence?: number;
  /** When this file was made (DTSTAMP); now by default. */
  stampedAt?: Date;
};

/** An event's calendar identity: its id at the portal's host name. */
export function eventUid(eventId: string, publicOrigin: string) {
  return `event-${eventId}@${new URL(publicOrigin).hostname}`;
}

/** The calendar file as text: CRLF lines folded at 75 octets. */
export function calendarText(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Community Mental Health Network//Portal//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...timeZoneLines(event.timeZone, event.startsAt, event.endsAt),
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.stampedAt ?? new Date())}`,
    `DTSTART;TZID=${event.timeZone}:${localStamp(event.startsAt, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${localStamp(event.endsAt, event.timeZone)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `LOCATION:${escapeText(event.location)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** The calendar file as an email attachment. */
export function eventCalendarFile(event: CalendarEvent): EmailAttachment {
  return {
    filename: "event.ics",
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
    content: new TextEncoder().encode(calendarText(event)),
  };
}

/** TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11); control characters go. */
function escapeText(value: string) {
  return value
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** Folds a content line at 75 octets, never inside a UTF-8 character (§3.1). */
function fold(line: string) {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let currentBytes = 0;
  for (const character of line) {
    const bytes = encoder.encode(character).length;
    // The first line holds 75 octets; each continuation line holds 74 after its space.
    const limit = pieces.length === 0 ? 75 : 74;
    if (currentBytes + bytes > limit) {
      pieces.push(current);
      current = "";
      currentBytes = 0;
    }
    current += character;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

function utcStamp(instant: Date) {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function localStamp(instant: Date, timeZone: string) {
  return `${instantToWallTime(instant, timeZone).replace(/-/g, "").replace(":", "")}00`;
}

function offsetText(minutes: number) {
  const sign = minutes < 0 ? "-" : "+";
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, "0")}${String(whole % 60).padStart(2, "0")}`;
}

/**
 * The VTIMEZONE of `timeZone` over the years the event touches: the offset in force when
 * they begin (from 1970, so any earlier reference is covered too), then each change of
 * offset found in them, to the minute, as an observance of its own. Found by asking Intl
 * the offset day by day and narrowing each change by halves.
 */
function timeZoneLines(timeZone: string, startsAt: Date, endsAt: Date) {
  const from = Date.UTC(startsAt.getUTCFullYear(), 0, 1) - 86_400_000;
  const to = Date.UTC(endsAt.getUTCFullYear() + 1, 0, 1) + 86_400_000;
  const changes: { at: number; before: number; after: number }[] = [];
  let previous = offsetMinutes(from, timeZone);
  for (let day = from + 86_400_000; day <= to; day += 86_400_000) {
    const offset = offsetMinutes(day, timeZone);
    if (offset === previous) continue;
    let low = day - 86_400_000;
    let high = day;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(middle, timeZone) === previous) low = middle;
      else high = middle;
    }
    changes.push({ at: high, before: previous, after: offset });
    previous = offset;
  }
  const first = offsetMinutes(from, timeZone);
  const standard = Math.min(first, ...changes.map((change) => change.after));
  const observance = (onset: string, before: number, after: number) => {
    const kind = after > standard ? "DAYLIGHT" : "STANDARD";
    return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${offsetText(before)}`, `TZOFFSETTO:${offsetText(after)}`, `END:${kind}`];
  };
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    ...observance("19700101T000000", first, first),
    // An onset is the local time just before the change, in the offset before it (§3.6.5).
    ...changes.flatMap((change) =>
      observance(utcStamp(new Date(change.at + change.before * 60_000)).replace("Z", ""), change.before, change.after),
    ),
    "END:VTIMEZONE",
  ];
}
