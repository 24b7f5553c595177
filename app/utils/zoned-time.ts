// Wall-clock times in a named time zone and the instants they stand for. Events are
// entered and shown in their venue's zone (an organiser in Lisbon types the Trieste
// school's start as it reads in Trieste), and stored as instants. Intl knows every zone's
// rules; these functions only ask it for offsets, so no time zone table lives here.

/** "2027-03-15T09:00": what <input type="datetime-local"> sends and shows. */
export type WallTime = string;

const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether Intl knows `name` as a time zone (an IANA name such as Europe/Rome, or UTC). */
export function isTimeZone(name: string) {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The IANA time zones this runtime knows, for a form's list. */
export function timeZoneNames(): string[] {
  return Intl.supportedValuesOf("timeZone");
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function wallParts(instant: number, timeZone: string) {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The zone's offset from UTC at `instant`, in minutes (Europe/Rome in summer: 120). */
export function offsetMinutes(instant: Date | number, timeZone: string) {
  const at = typeof instant === "number" ? instant : instant.getTime();
  const whole = Math.floor(at / 1000) * 1000;
  const wall = wallParts(whole, timeZone);
  const asIfUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asIfUtc - whole) / 60_000);
}

/** How `instant` reads on a wall clock in `timeZone`, to the minute. */
export function instantToWallTime(instant: Date, timeZone: string): WallTime {
  const wall = wallParts(instant.getTime(), timeZone);
  const two = (value: number) => String(value).padStart(2, "0");
  return `${String(wall.year).padStart(4, "0")}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}`;
}

/**
 * The instant a wall-clock time in `timeZone` stands for, or null when the text is no
 * such time (2027-02-30T10:00, 25:00, not the format). A time that happens twice (the hour
 * the clocks go back) is the first of the two; a time that never happens (the hour the
 * clocks go forward) is read with the offset before the change, so 02:30 on that night
 * becomes 03:30: what Temporal calls "compatible", and what calendar programs do.
 */
export function wallTimeToInstant(wall: string, timeZone: string): Date | null {
  const match = wallTimePattern.exec(wall);
  if (!match || !isTimeZone(timeZone)) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asIfUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) {
    return null;
  }
  // The offsets in force a day either side cover any change near this time.
  const before = offsetMinutes(asIfUtc - 86_400_000, timeZone);
  const after = offsetMinutes(asIfUtc + 86_400_000, timeZone);
  const matching = [...new Set([before, after])]
    .map((offset) => asIfUtc - offset * 60_000)
    .filter((instant) => instantToWallTime(new Date(instant), timeZone) === wall)
    .sort((a, b) => a - b);
  return new Date(matching[0] ?? asIfUtc - before * 60_000);
}
