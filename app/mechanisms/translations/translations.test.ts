import { describe, expect, test } from "vitest";
import { whyRemovalIsRefused, whySaveIsRefused, type StoredTranslation } from "./translations";

const texts: StoredTranslation[] = [
  { language: "it", origin: "original" },
  { language: "en", origin: "human" },
  { language: "fr", origin: "machine" },
];

describe("saving a text in one language", () => {
  test("a translation, by a person or a machine, can be added or replaced beside the original", () => {
    expect(whySaveIsRefused(texts, { language: "es", origin: "machine" }, { isNew: true })).toBeNull();
    expect(whySaveIsRefused(texts, { language: "fr", origin: "human" })).toBeNull();
    expect(whySaveIsRefused(texts, { language: "en", origin: "machine" })).toBeNull();
  });

  test("only one language is the original: marking a second one is refused", () => {
    expect(whySaveIsRefused(texts, { language: "fr", origin: "original" })).toBe("originalExists");
    expect(whySaveIsRefused(texts, { language: "es", origin: "original" }, { isNew: true })).toBe("originalExists");
  });

  test("the original can be edited, or marked as a translation so that another language can become the original", () => {
    expect(whySaveIsRefused(texts, { language: "it", origin: "original" })).toBeNull();
    expect(whySaveIsRefused(texts, { language: "it", origin: "human" })).toBeNull();
    const noOriginal = texts.map((text) => (text.language === "it" ? { ...text, origin: "human" as const } : text));
    expect(whySaveIsRefused(noOriginal, { language: "fr", origin: "original" })).toBeNull();
  });

  test("adding a language that already has a text is refused rather than overwriting it", () => {
    expect(whySaveIsRefused(texts, { language: "fr", origin: "machine" }, { isNew: true })).toBe("translationExists");
  });

  test("the first text of a field can be of any origin", () => {
    expect(whySaveIsRefused([], { language: "sv", origin: "original" }, { isNew: true })).toBeNull();
    expect(whySaveIsRefused([], { language: "sv", origin: "machine" }, { isNew: true })).toBeNull();
  });
});

describe("removing the text in one language", () => {
  test("a translation can be removed", () => {
    expect(whyRemovalIsRefused(texts, "fr")).toBeNull();
  });

  test("the original stays while translations of it are left", () => {
    expect(whyRemovalIsRefused(texts, "it")).toBe("originalHasTranslations");
  });

  test("the last text stays, whatever it is", () => {
    expect(whyRemovalIsRefused([{ language: "fr", origin: "machine" }], "fr")).toBe("lastTranslation");
    expect(whyRemovalIsRefused([{ language: "it", origin: "original" }], "it")).toBe("lastTranslation");
  });

  test("a language with no text cannot be removed again", () => {
    expect(whyRemovalIsRefused(texts, "sv")).toBe("translationGone");
  });
});
