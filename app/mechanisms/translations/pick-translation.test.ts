import { describe, expect, test } from "vitest";
import { pickTranslation } from "./pick-translation";
import type { StoredTranslation } from "./translations";

const texts: (StoredTranslation & { text: string })[] = [
  { language: "it", origin: "original", text: "Testo" },
  { language: "en", origin: "human", text: "Text" },
  { language: "fr", origin: "machine", text: "Texte" },
];

describe("which translation a reader sees", () => {
  test("the reader's own language when it exists", () => {
    expect(pickTranslation(texts, "fr")).toEqual({ translation: texts[2], isFallback: false });
  });

  test("otherwise the original, marked as a fallback", () => {
    expect(pickTranslation(texts, "sv")).toEqual({ translation: texts[0], isFallback: true });
  });

  test("English when no text is marked original", () => {
    const noOriginal = texts.filter((t) => t.origin !== "original");
    expect(pickTranslation(noOriginal, "es")?.translation.language).toBe("en");
  });

  test("English among several texts marked original, whatever their order", () => {
    const allOriginal = ["sv", "it", "en", "fr"].map((language) => ({ language, origin: "original" as const }));
    expect(pickTranslation(allOriginal, "es")).toEqual({ translation: allOriginal[2], isFallback: true });
  });

  test("nothing when there is no text at all", () => {
    expect(pickTranslation([], "en")).toBeNull();
  });
});
