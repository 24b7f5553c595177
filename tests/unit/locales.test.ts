// Every language ships the same strings as English: no key missing, none extra, the same
// placeholders, and every plural form its grammar needs.
import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { namespaces } from "~/utils/i18n";
import { languages } from "~/utils/languages";
import { loadLocale as load } from "../setup/locale-strings";

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
const baseKeys = (strings: Record<string, string>) =>
  [...new Set(Object.keys(strings).map((key) => key.replace(pluralSuffix, "")))].sort();

const english = load("en");

test("every namespace the app loads exists in English", () => {
  expect(english.files).toEqual([...namespaces].map((ns) => `${ns}.json`).sort());
});

test("every language folder is a language the portal ships", () => {
  expect(fs.readdirSync("locales").sort()).toEqual([...languages].sort());
});

describe.each(languages.filter((language) => language !== "en"))("%s", (language) => {
  const translated = load(language);

  test("has the same files and keys as English, no more, no fewer", () => {
    expect(translated.files).toEqual(english.files);
    expect(baseKeys(translated.strings)).toEqual(baseKeys(english.strings));
  });

  test("uses the same placeholders as English", () => {
    for (const [key, text] of Object.entries(translated.strings)) {
      const englishKey = key in english.strings ? key : key.replace(pluralSuffix, "_other");
      expect(placeholders(text), key).toEqual(placeholders(english.strings[englishKey] ?? ""));
    }
  });

  test("has every plural form its grammar uses, and no empty string", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const plurals = baseKeys(english.strings).filter((key) => `${key}_other` in english.strings);
    for (const key of plurals) {
      for (const category of categories) expect(translated.strings, language).toHaveProperty([`${key}_${category}`]);
    }
    for (const [key, text] of Object.entries(translated.strings)) expect(text.trim(), key).not.toBe("");
  });
});
