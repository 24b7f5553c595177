import { describe, expect, test } from "vitest";
import { z } from "zod";
import { translationInputSchema } from "./translations.schemas";

const caption = translationInputSchema({ caption: z.string().trim().min(1, "required").max(20, "tooLong:20") });
const messages = (value: unknown) => {
  const parsed = caption.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
};

describe("a translation input", () => {
  test("is a language, an origin and the field's own text, normalised", () => {
    expect(caption.parse({ language: " PT ", origin: "machine", caption: " Olá " })).toEqual({ language: "pt", origin: "machine", caption: "Olá" });
  });

  test("takes any ISO 639-1 language, not only the portal's, and no made-up one", () => {
    expect(messages({ language: "xx", origin: "human", caption: "Hi" })).toEqual(["language:invalidLanguage"]);
    expect(messages({ origin: "human", caption: "Hi" })).toEqual(["language:chooseOne"]);
  });

  test("says how the text came to be in its language: original, human or machine", () => {
    expect(messages({ language: "en", origin: "guessed", caption: "Hi" })).toEqual(["origin:invalidChoice"]);
  });

  test("checks the field's text with the field's own rules", () => {
    expect(messages({ language: "en", origin: "original", caption: "x".repeat(21) })).toEqual(["caption:tooLong:20"]);
  });
});
