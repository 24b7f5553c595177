import { describe, expect, test } from "vitest";
import { countryName, formatDate, formatFileSize, formatList, formatNumber, languageName } from "./format";

describe("formatting in the reader's language", () => {
  test("country and language names", () => {
    expect(countryName("IT", "en")).toBe("Italy");
    expect(countryName("IT", "fr")).toBe("Italie");
    expect(countryName("SE", "sv")).toBe("Sverige");
    expect(languageName("sv", "es")).toBe("sueco");
  });

  test("an unknown code is shown as it is rather than failing", () => {
    expect(countryName("not-a-code", "en")).toBe("not-a-code");
  });

  test("dates, numbers and lists", () => {
    expect(formatDate("2004-06-15", "en")).toBe("June 15, 2004");
    expect(formatDate("2004-06-15", "fr")).toBe("15 juin 2004");
    expect(formatNumber(12345, "sv")).toBe("12\u00a0345");
    expect(formatList(["italiano", "inglese"], "it")).toBe("italiano e inglese");
  });

  test("the first of the month is 1er in French and 1º in Italian, a number elsewhere", () => {
    expect(formatDate("2026-01-01", "fr")).toBe("1er janvier 2026");
    expect(formatDate("2026-03-01", "fr", { dateStyle: "medium" })).toBe("1er mars 2026");
    expect(formatDate("2026-05-01", "fr", { dateStyle: "full" })).toBe("vendredi 1er mai 2026");
    expect(formatDate("2026-01-01T09:30:00Z", "fr", { dateStyle: "long", timeStyle: "short" })).toBe("1er janvier 2026 à 09:30");
    expect(formatDate("2026-05-01", "it")).toBe("1º maggio 2026");
    expect(formatDate("2026-05-01", "es")).toBe("1 de mayo de 2026");
    expect(formatDate("2026-05-01", "sv")).toBe("1 maj 2026");
    expect(formatDate("2026-05-01", "en")).toBe("May 1, 2026");
  });

  test("other days, and dates in figures, are left as they are", () => {
    expect(formatDate("2026-01-11", "fr")).toBe("11 janvier 2026");
    expect(formatDate("2026-01-21", "it")).toBe("21 gennaio 2026");
    expect(formatDate("2026-01-01", "fr", { dateStyle: "short" })).toBe("01/01/2026");
    expect(formatDate("2026-01-01", "it", { dateStyle: "short" })).toBe("01/01/26");
  });

  test("months and days are in lower case in French, Italian, Spanish and Swedish", () => {
    expect(formatDate("2026-05-01", "fr", { dateStyle: "full" })).toMatch(/^vendredi 1er mai/);
    expect(formatDate("2026-05-01", "it", { dateStyle: "full" })).toBe("venerdì 1º maggio 2026");
    expect(formatDate("2026-05-04", "es", { dateStyle: "full" })).toBe("lunes, 4 de mayo de 2026");
    expect(formatDate("2026-05-04", "sv", { dateStyle: "full" })).toBe("måndag 4 maj 2026");
  });
});

describe("formatters are kept per language and options, never mixed", () => {
  test("the same number in two languages and two shapes, asked in turn", () => {
    const asked = [
      formatNumber(0.5, "en", { style: "percent" }),
      formatNumber(0.5, "en"),
      formatNumber(1234.5, "fr"),
      formatNumber(1234.5, "en"),
      formatNumber(0.5, "en", { style: "percent" }),
      formatNumber(1234.5, "fr", { maximumFractionDigits: 0 }),
    ];
    expect(asked).toEqual(["50%", "0.5", "1\u202f234,5", "1,234.5", "50%", "1\u202f235"]);
  });

  test("dates with and without a time zone, and lists, in turn", () => {
    const late = new Date("2027-04-30T23:30:00Z");
    expect(formatDate(late, "en")).toBe("April 30, 2027");
    expect(formatDate(late, "en", { timeZone: "Europe/Rome" })).toBe("May 1, 2027");
    expect(formatDate(late, "en")).toBe("April 30, 2027");
    expect(formatList(["a", "b"], "en")).toBe("a and b");
    expect(formatList(["a", "b"], "es")).toBe("a y b");
  });

  test("file sizes in units of 1,000, in the reader's language", () => {
    expect(formatFileSize(512, "en")).toBe("512 byte");
    expect(formatFileSize(1_234_567, "en")).toBe("1.2 MB");
    expect(formatFileSize(45_000, "fr")).toBe("45\u202fko");
  });
});

describe("the first of the month in every shape pages and emails use", () => {
  test("a date and a time at an event's venue: the day is the venue's, so 23:30 UTC on 30 April is the 1st in Rome", () => {
    const lateOnThe30th = new Date("2027-04-30T23:30:00Z");
    const atVenue = { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Rome" } as const;
    expect(formatDate(lateOnThe30th, "fr", atVenue)).toBe("1er mai 2027 à 01:30");
    expect(formatDate(lateOnThe30th, "it", atVenue)).toBe("1º maggio 2027 alle ore 01:30");
    expect(formatDate(lateOnThe30th, "es", atVenue)).toBe("1 de mayo de 2027 a las 1:30");
    expect(formatDate(lateOnThe30th, "fr", { ...atVenue, timeZone: "Atlantic/Reykjavik" })).toBe("30 avril 2027 à 23:30");
  });

  test("medium dates with times (sessions, signature records) and full dates with weekdays", () => {
    expect(formatDate("2027-05-01T08:00:00Z", "fr", { dateStyle: "medium", timeStyle: "short" })).toBe("1er mai 2027, 08:00");
    expect(formatDate("2027-10-01T08:00:00Z", "it", { dateStyle: "medium", timeStyle: "short" })).toBe("1º ott 2027, 08:00");
    expect(formatDate("2027-05-01", "it", { dateStyle: "full" })).toBe("sabato 1º maggio 2027");
  });

  test("a date asked for by its parts (day and month, no style) is written too, with the same ordinal", () => {
    expect(formatDate("2027-05-01", "fr", { day: "numeric", month: "long" })).toBe("1er mai");
    expect(formatDate("2027-05-01", "it", { weekday: "long", day: "numeric", month: "long" })).toBe("sabato 1º maggio");
    expect(formatDate("2027-05-01T07:30:00Z", "en", { timeStyle: "short" })).toBe("May 1, 2027 at 7:30 AM");
  });
});
