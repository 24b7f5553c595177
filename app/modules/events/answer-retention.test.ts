import { describe, expect, test } from "vitest";
import { dueErasures, eraseDate, erasurePlan, nextErasure, type RetentionSettings } from "./answer-retention";

/** A school in Trieste that ends at 17:00 on 9 July 2027 (15:00 UTC, summer time). */
function school(overrides: Partial<RetentionSettings> = {}): RetentionSettings {
  return {
    endsAt: new Date("2027-07-09T15:00:00Z"),
    timeZone: "Europe/Rome",
    dietaryRetentionDays: null,
    accessibilityRetentionDays: 30,
    interpretationRetentionDays: 0,
    motivationRetentionDays: null,
    dietaryErasedAt: null,
    accessibilityErasedAt: null,
    interpretationErasedAt: null,
    motivationErasedAt: null,
    questions: [{ id: "arrival", retentionDays: 7, answersErasedAt: null }],
    ...overrides,
  };
}

describe("the erase date", () => {
  test("is the same time at the venue the given number of days after the end, across the change of clocks", () => {
    // 17:00 in Trieste in July is 15:00 UTC; 120 days later, in winter time, 17:00 is 16:00 UTC.
    expect(eraseDate(new Date("2027-07-09T15:00:00Z"), 120, "Europe/Rome").toISOString()).toBe("2027-11-06T16:00:00.000Z");
    expect(eraseDate(new Date("2027-07-09T15:00:00Z"), 90, "Europe/Rome").toISOString()).toBe("2027-10-07T15:00:00.000Z");
    expect(eraseDate(new Date("2027-07-09T15:00:00Z"), 0, "Europe/Rome").toISOString()).toBe("2027-07-09T15:00:00.000Z");
    expect(eraseDate(new Date("2027-07-09T15:00:00Z"), 3, "UTC").toISOString()).toBe("2027-07-12T15:00:00.000Z");
  });
});

describe("the plan", () => {
  test("an answer left to the network's default takes it; one set by the organiser keeps its own", () => {
    const plan = erasurePlan(school(), 90);
    const days = Object.fromEntries(plan.map((item) => [item.kind === "standard" ? item.answer : item.questionId, item.days]));
    expect(days).toEqual({ dietary: 90, accessibility: 30, interpretation: 0, motivation: 90, arrival: 7 });
    expect(erasurePlan(school(), 14).find((item) => item.kind === "standard" && item.answer === "dietary")?.days).toBe(14);
  });

  test("what is due at a moment, and the next date still to come once something is erased", () => {
    const plan = erasurePlan(school(), 90);
    expect(nextErasure(plan)?.toISOString()).toBe("2027-07-09T15:00:00.000Z");
    expect(dueErasures(plan, new Date("2027-07-09T14:59:00Z"))).toEqual([]);
    expect(dueErasures(plan, new Date("2027-07-16T15:00:00Z")).map((item) => (item.kind === "standard" ? item.answer : item.questionId))).toEqual(["interpretation", "arrival"]);
    const later = erasurePlan(
      school({ interpretationErasedAt: new Date("2027-07-09T15:00:05Z"), questions: [{ id: "arrival", retentionDays: 7, answersErasedAt: new Date("2027-07-16T15:00:05Z") }] }),
      90,
    );
    expect(nextErasure(later)?.toISOString()).toBe("2027-08-08T15:00:00.000Z");
    expect(dueErasures(later, new Date("2027-07-20T00:00:00Z"))).toEqual([]);
  });

  test("nothing is left to do once every kind is erased", () => {
    const erased = new Date("2027-12-01T00:00:00Z");
    const plan = erasurePlan(
      school({ dietaryErasedAt: erased, accessibilityErasedAt: erased, interpretationErasedAt: erased, motivationErasedAt: erased, questions: [{ id: "arrival", retentionDays: 7, answersErasedAt: erased }] }),
      90,
    );
    expect(nextErasure(plan)).toBeNull();
  });
});
