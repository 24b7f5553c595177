import { expect, test } from "vitest";
import { eventDates } from "./shown-event-texts.server";

test("an event's dates read at its venue, with the first of the month as each language writes it", () => {
  const school = { startsAt: new Date("2027-04-30T22:30:00Z"), endsAt: new Date("2027-05-11T15:00:00Z"), timeZone: "Europe/Rome" };
  expect(eventDates(school, "fr")).toBe("1er mai 2027 à 00:30 – 11 mai 2027 à 17:00 (Europe/Rome)");
  expect(eventDates(school, "it")).toBe("1º maggio 2027 alle ore 00:30 – 11 maggio 2027 alle ore 17:00 (Europe/Rome)");
  expect(eventDates(school, "sv")).toBe("1 maj 2027 kl. 00:30 – 11 maj 2027 kl. 17:00 (Europe/Rome)");
});
