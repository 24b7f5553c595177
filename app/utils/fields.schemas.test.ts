import { describe, expect, test } from "vitest";
import { multiLineText, optionalMultiLineText, optionalText, text } from "./fields.schemas";

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? null : result.error!.issues[0]!.message);

describe("a field of one line", () => {
  test.each([
    ["a line break", "Rue de la Paix\n12"],
    ["a carriage return", "Lyon\rFrance"],
    ["a tab", "Lyon\tFrance"],
    ["a Unicode line separator", "Lyon\u2028France"],
    ["a Unicode paragraph separator", "Lyon\u2029France"],
  ])("refuses %s inside the text, saying to keep it on one line", (_, value) => {
    expect(messageOf(text(100).safeParse(value))).toBe("oneLine");
    expect(messageOf(optionalText(100).safeParse(value))).toBe("oneLine");
  });

  test("trims what was pasted around the text, line breaks included", () => {
    expect(text(100).parse("\n  Lyon \r\n")).toBe("Lyon");
  });

  test.each([
    ["NUL", "a\u0000b"],
    ["an escape", "a\u001bb"],
    ["a C1 control", "a\u0085b"],
    ["DEL", "a\u007fb"],
  ])("refuses %s as an invisible control character", (_, value) => {
    expect(messageOf(text(100).safeParse(value))).toBe("controlCharacters");
  });

  test("keeps every alphabet and the French narrow no-break space", () => {
    expect(text(100).parse("Ørsted, Łódź, Ἀθῆναι, Москва\u202f!")).toBe("Ørsted, Łódź, Ἀθῆναι, Москва\u202f!");
  });
});

describe("a field of several lines", () => {
  test("keeps line breaks and tabs, and stores a browser's CRLF as one line break", () => {
    expect(multiLineText(100).parse("First line\r\nSecond\tline\rThird")).toBe("First line\nSecond\tline\nThird");
  });

  test("counts a CRLF as one character, as the person sees it", () => {
    expect(multiLineText(3).safeParse("a\r\nb").success).toBe(true);
    expect(messageOf(multiLineText(2).safeParse("a\r\nb"))).toBe("tooLong:2");
  });

  test("turns the Unicode line and paragraph separators into line breaks", () => {
    expect(optionalMultiLineText(100).parse("a\u2028b\u2029c")).toBe("a\nb\nc");
  });

  test("still refuses NUL and other control characters", () => {
    expect(messageOf(multiLineText(100).safeParse("a\u0000b"))).toBe("controlCharacters");
    expect(messageOf(optionalMultiLineText(100).safeParse("a\u0008b"))).toBe("controlCharacters");
  });

  test("is required when asked, and empty otherwise is no text", () => {
    expect(messageOf(multiLineText(100).safeParse(" \r\n "))).toBe("required");
    expect(optionalMultiLineText(100).parse(" \r\n ")).toBe("");
    expect(optionalMultiLineText(100).parse(undefined)).toBeUndefined();
  });
});
