import { describe, expect, test } from "vitest";
import { isLanguage, languageOfPath, pathInLanguage, preferredLanguage } from "./languages";

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

describe("the language a browser asks for", () => {
  test("the most preferred language we ship, not just the first one listed", () => {
    expect(preferredLanguage("fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(preferredLanguage("de,fr")).toBe("fr");
    expect(preferredLanguage("de-DE,de;q=0.9,fr;q=0.8,en;q=0.7")).toBe("fr");
    expect(preferredLanguage("nb,sv;q=0.5")).toBe("sv");
    expect(preferredLanguage("en;q=0.2,es;q=0.8")).toBe("es");
    expect(preferredLanguage("it;q=0,es")).toBe("es");
    expect(preferredLanguage("fr;Q=0,es;q=0.5")).toBe("es");
    expect(preferredLanguage("fr;q=-1,fr;q=abc,fr;q=,it;q=0.1")).toBe("it");
    expect(preferredLanguage("en;q=1.5,sv;q=0.9")).toBe("sv");
  });

  test("nothing when no language we ship is acceptable", () => {
    expect(preferredLanguage("de-DE,de;q=0.9")).toBeNull();
    expect(preferredLanguage("*")).toBeNull();
    expect(preferredLanguage("")).toBeNull();
    expect(preferredLanguage(null)).toBeNull();
  });
});
