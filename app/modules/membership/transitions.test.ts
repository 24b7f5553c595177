import { expect, test } from "vitest";
import { applicationTransitions, manualStatusChanges, membershipStatusTransitions } from "./transitions";

test("a coordinator is offered no change for an applicant (only an approval makes it a member) and none for a resigned organisation", () => {
  expect(manualStatusChanges("applicant")).toEqual([]);
  expect(manualStatusChanges("resigned")).toEqual([]);
  expect(manualStatusChanges("active")).toEqual(["suspended", "lapsed", "resigned"]);
  expect(manualStatusChanges("lapsed")).toEqual(["active", "resigned"]);
  expect(membershipStatusTransitions.filter((move) => move.by === "approval")).toEqual([{ from: "applicant", to: "active", by: "approval" }]);
});

test("an application is decided once, from submitted", () => {
  expect(applicationTransitions.map((move) => move.from)).toEqual(["submitted", "submitted"]);
});
