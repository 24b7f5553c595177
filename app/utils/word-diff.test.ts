import { describe, expect, test } from "vitest";
import { diffWords, hasChanges } from "./word-diff";

describe("what changed between two texts, word by word", () => {
  test("an unchanged text is one part, the same", () => {
    expect(diffWords("Peer support at home.", "Peer support at home.")).toEqual([{ kind: "same", text: "Peer support at home." }]);
    expect(hasChanges(diffWords("a b", "a b"))).toBe(false);
  });

  test("a replaced word reads as the old one removed and the new one added, in place", () => {
    expect(diffWords("Peers visit weekly.", "Peers visit monthly.")).toEqual([
      { kind: "same", text: "Peers visit " },
      { kind: "removed", text: "weekly." },
      { kind: "added", text: "monthly." },
    ]);
  });

  test("added and removed words in the middle, the rest kept", () => {
    const parts = diffWords("one two three four", "one three four five");
    expect(parts.filter((part) => part.kind !== "same")).toEqual([
      { kind: "removed", text: "two " },
      { kind: "added", text: " five" },
    ]);
    expect(parts.filter((part) => part.kind !== "added").map((part) => part.text).join("")).toBe("one two three four");
    expect(parts.filter((part) => part.kind !== "removed").map((part) => part.text).join("")).toBe("one three four five");
  });

  test("from nothing, and to nothing", () => {
    expect(diffWords("", "New text")).toEqual([{ kind: "added", text: "New text" }]);
    expect(diffWords("Old text", "")).toEqual([{ kind: "removed", text: "Old text" }]);
  });

  test("keeps line breaks, so a Markdown body's paragraphs stay apart", () => {
    const parts = diffWords("First.\n\nSecond.", "First.\n\nSecond, changed.");
    expect(parts[0]).toEqual({ kind: "same", text: "First.\n\n" });
  });

  test("two long, entirely different texts do not take the server down", () => {
    const before = Array.from({ length: 5_000 }, (_, i) => `a${i}`).join(" ");
    const after = Array.from({ length: 5_000 }, (_, i) => `b${i}`).join(" ");
    const started = performance.now();
    const parts = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(parts.map((part) => part.kind)).toEqual(["removed", "added"]);
  });

  test("a small edit in a long body stays small", () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(" ");
    const parts = diffWords(body, body.replace("w10000 ", "changed "));
    expect(parts.filter((part) => part.kind !== "same")).toEqual([
      { kind: "removed", text: "w10000" },
      { kind: "added", text: "changed" },
    ]);
  });
});
