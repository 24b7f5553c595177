import { describe, expect, test } from "vitest";
import { isOutOfDate, sourceDigest } from "./source-digest";

describe("a translation's source", () => {
  test("is current while the original keeps its text, and out of date once it changes", () => {
    const translation = { sourceSha256: sourceDigest("Peer support in the community.") };
    expect(isOutOfDate(translation, "Peer support in the community.")).toBe(false);
    expect(isOutOfDate(translation, "Peer support at home.")).toBe(true);
  });

  test("does not change with the way an accent is encoded", () => {
    expect(sourceDigest("e\u0301valuation")).toBe(sourceDigest("\u00e9valuation"));
  });

  test("an original has no source, and is never out of date", () => {
    expect(isOutOfDate({ sourceSha256: null }, "anything")).toBe(false);
  });
});
