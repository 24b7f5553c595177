import { describe, expect, test } from "vitest";
import { isLanguage, languageOfPath, pathInLanguage } from "./languages";

describe("language in the path", () => {
  test("the first path segment names the language when it is one we ship", () => {
    expect(languageOfPath("/fr/members")).toBe("fr");
    expect(languageOfPath("/sv")).toBe("sv");
    expect(languageOfPath("/de/members")).toBeNull();
    expect(languageOfPath("/")).toBeNull();
    expect(languageOfPath("/healthz")).toBeNull();
  });

  test("switching language keeps the rest of the page address", () => {
    expect(pathInLanguage("/fr/members/trieste", "it")).toBe("/it/members/trieste");
    expect(pathInLanguage("/en", "es")).toBe("/es");
    expect(pathInLanguage("/en/", "es")).toBe("/es");
    expect(pathInLanguage("/", "sv")).toBe("/sv");
    expect(pathInLanguage("/de/members", "fr")).toBe("/fr/members");
    expect(pathInLanguage("/pt-BR/members", "fr")).toBe("/fr/members");
    expect(pathInLanguage("/nonsense", "fr")).toBe("/fr/nonsense");
  });

  test("only the shipped languages are languages", () => {
    expect(isLanguage("en")).toBe(true);
    expect(isLanguage("EN")).toBe(false);
    expect(isLanguage("de")).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
