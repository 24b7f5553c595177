// Every locale file speaks the network's glossary (app/mechanisms/translations/glossary.ts):
// where English uses one of its terms, the translation uses the agreed word, and no string
// uses a variant the glossary rules out (sv "Röstbärare", es "apoyo entre pares"…).
import { describe, expect, test } from "vitest";
import { glossary, type GlossaryEntry } from "~/mechanisms/translations/glossary";
import { languages, type Language } from "~/utils/languages";
import { loadLocale } from "../setup/locale-strings";

const english = loadLocale("en").strings;
const lower = (text: string) => text.toLocaleLowerCase("en");
const wordsOf = (entry: GlossaryEntry, language: Language) => [entry[language].term, ...(entry[language].forms ?? [])].map(lower);

// Longest English terms first, so "Community Mental Health Network" is matched before
// "community mental health" and each agreed word is taken out once it has been found.
const byEnglishLength = [...glossary].sort((a, b) => b.en.term.length - a.en.term.length);

/** The glossary entries whose English term this English string uses. */
const termsUsedBy = (key: string) => {
  let text = lower(english[key] ?? "");
  const used: GlossaryEntry[] = [];
  for (const entry of byEnglishLength) {
    if (!text.includes(lower(entry.en.term))) continue;
    used.push(entry);
    text = text.replaceAll(lower(entry.en.term), " ");
  }
  return used;
};

test("every entry gives each language a word, and no two entries the same English term", () => {
  for (const entry of glossary) for (const language of languages) expect(entry[language].term.trim(), `${entry.id} ${language}`).not.toBe("");
  expect(new Set(glossary.map((entry) => lower(entry.en.term))).size).toBe(glossary.length);
});

describe.each(languages.filter((language) => language !== "en"))("%s", (language) => {
  const strings = loadLocale(language).strings;

  test("says the agreed word wherever English uses a glossary term", () => {
    const missing: string[] = [];
    for (const [key, text] of Object.entries(strings)) {
      let rest = lower(text);
      for (const entry of termsUsedBy(key.replace(/_(zero|one|two|few|many)$/, "_other"))) {
        if (!entry.everyUse) continue;
        const word = wordsOf(entry, language).find((candidate) => rest.includes(candidate));
        if (word) rest = rest.replace(word, " ");
        else missing.push(`${key}: "${text}" should say "${entry[language].term}" (${entry.en.term})`);
      }
    }
    expect(missing).toEqual([]);
  });

  test("uses no variant the glossary rules out", () => {
    const found: string[] = [];
    for (const [key, text] of Object.entries(strings)) {
      // The agreed words are taken out first: "psykisk hälsa i samhället" is wrong on its
      // own but is part of the network's Swedish name.
      let rest = lower(text);
      for (const entry of glossary) for (const word of wordsOf(entry, language)) rest = rest.replaceAll(word, " ");
      const used = termsUsedBy(key.replace(/_(zero|one|two|few|many)$/, "_other"));
      for (const entry of glossary) {
        for (const variant of entry[language].avoid ?? []) {
          if (variant.onlyWhereEnglishSays && !used.includes(entry)) continue;
          if (rest.includes(lower(variant.text))) found.push(`${key}: "${text}" uses "${variant.text}": ${variant.reason}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
