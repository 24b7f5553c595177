import { describe, expect, it } from "vitest";
import { instantToWallTime, isTimeZone, offsetMinutes, wallTimeToInstant } from "./zoned-time";

describe("wall-clock times in a venue's time zone", () => {
  it("reads a Trieste morning in winter and in summer with the offset in force then", () => {
    expect(wallTimeToInstant("2027-01-15T09:00", "Europe/Rome")?.toISOString()).toBe("2027-01-15T08:00:00.000Z");
    expect(wallTimeToInstant("2027-07-15T09:00", "Europe/Rome")?.toISOString()).toBe("2027-07-15T07:00:00.000Z");
  });

  it("gives back the same wall time it was given, in zones east and west and on half hours", () => {
    for (const [zone, wall] of [
      ["America/Sao_Paulo", "2027-05-02T18:30"],
      ["Asia/Kolkata", "2027-11-20T10:15"],
      ["Pacific/Auckland", "2027-12-31T23:59"],
      ["UTC", "2027-06-01T00:00"],
    ] as const) {
      const instant = wallTimeToInstant(wall, zone)!;
      expect(instantToWallTime(instant, zone)).toBe(wall);
    }
    expect(offsetMinutes(wallTimeToInstant("2027-11-20T10:15", "Asia/Kolkata")!, "Asia/Kolkata")).toBe(330);
  });

  it("takes the first of a time that happens twice when the clocks go back", () => {
    // Stockholm, 31 October 2027: 02:30 happens at 00:30 UTC (summer time) and at 01:30 UTC.
    expect(wallTimeToInstant("2027-10-31T02:30", "Europe/Stockholm")?.toISOString()).toBe("2027-10-31T00:30:00.000Z");
  });

  it("moves a time that never happens when the clocks go forward to the hour after", () => {
    // Madrid, 28 March 2027: 02:00 becomes 03:00, so 02:30 is read as 03:30 summer time.
    const instant = wallTimeToInstant("2027-03-28T02:30", "Europe/Madrid")!;
    expect(instant.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(instantToWallTime(instant, "Europe/Madrid")).toBe("2027-03-28T03:30");
  });

  it("refuses what is no time: a day past the month's end, hour 24, another format, an unknown zone", () => {
    expect(wallTimeToInstant("2027-02-29T10:00", "Europe/Rome")).toBeNull();
    expect(wallTimeToInstant("2027-02-10T24:00", "Europe/Rome")).toBeNull();
    expect(wallTimeToInstant("10/02/2027 10:00", "Europe/Rome")).toBeNull();
    expect(wallTimeToInstant("2027-02-10T10:00", "Mars/Olympus_Mons")).toBeNull();
    expect(isTimeZone("Europe/Lisbon")).toBe(true);
    expect(isTimeZone("Europe/Lisbon; DROP")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
