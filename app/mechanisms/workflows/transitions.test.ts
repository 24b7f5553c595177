import { expect, test } from "vitest";
import { isAllowed, movesFrom, type TransitionTable } from "./transitions";

type DoorState = "closed" | "open" | "locked";
const door: TransitionTable<DoorState, "anyone" | "keyholder"> = [
  { from: "closed", to: "open", by: "anyone" },
  { from: "open", to: "closed", by: "anyone" },
  { from: "closed", to: "locked", by: "keyholder" },
  { from: "locked", to: "closed", by: "keyholder" },
];

test("a move is allowed only from its state, to its state, by whoever the table names", () => {
  expect(isAllowed(door, { from: "closed", to: "locked", by: "keyholder" })).toBe(true);
  expect(isAllowed(door, { from: "closed", to: "locked", by: "anyone" })).toBe(false);
  expect(isAllowed(door, { from: "open", to: "locked", by: "keyholder" })).toBe(false);
});

test("the moves offered from a state are the ones its actor may make, in the table's order", () => {
  expect(movesFrom(door, "closed", "anyone")).toEqual(["open"]);
  expect(movesFrom(door, "closed", "keyholder")).toEqual(["locked"]);
  expect(movesFrom(door, "locked", "anyone")).toEqual([]);
});
