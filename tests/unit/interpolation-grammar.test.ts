// A sentence must not put an article or a preposition straight before a value that changes
// it: French "de Association", "à Le Relais", "en tant que administrateur"; Italian
// "in Il Faro", "il 8 maggio", "dal 11 settembre"; Spanish "a El Puente"; English "a
// admin". Names, organisations, roles and addresses are anything; Intl's long dates start
// with any day. Such strings say it another way: a label and a colon ("Rôle : {{name}}"),
// an apposition ("de l'organisation {{organisation}}"), "in data {{date}}", a quoted role.
import { describe, expect, test } from "vitest";
import { languages, type Language } from "~/utils/languages";
import { loadLocale } from "../setup/locale-strings";

type Pattern = { words: readonly string[]; values: readonly string[]; why: string };

// Values that are names: a person's, an organisation's, an event's, a library entry's title,
// its author. Values that are dates: Intl's, alone or in a range, with or without a time.
const people = ["name", "organisation", "event", "title", "author"];
const dates = ["date", "dates", "deadline", "start", "end"];

const breakingPatterns: Record<Language, readonly Pattern[]> = {
  en: [{ words: ["a", "an"], values: [...people, "role"], why: "a/an depends on the sound the value starts with" }],
  fr: [
    {
      words: ["de", "du", "des", "à", "au", "aux", "le", "la", "les", "que", "jusqu'à", "jusqu'au"],
      values: [...people, "role", "email", "newEmail"],
      why: "de, à, le and que elide or contract before a vowel or an article (de Association, à Le Relais, que anne@…)",
    },
    // Not dates: French does not elide before a numeral ("le 8 mai", "du 11 mai"), and the
    // date formatter writes "1er".
  ],
  it: [
    {
      words: ["di", "a", "da", "in", "su", "il", "lo", "la", "i", "gli", "le", "l'", "del", "della", "dal", "dalla", "al", "alla", "nel", "nella", "sul", "sulla"],
      values: people,
      why: "di, a, da, in and su combine with an article the value starts with (in Il Faro → nel Faro)",
    },
    {
      words: ["il", "lo", "l'", "dal", "dall'", "al", "all'", "del", "dell'", "nel", "nell'", "sul", "sull'"],
      values: dates,
      why: "the article elides before 8 and 11 (l'8 maggio, dall'11 settembre)",
    },
  ],
  es: [
    {
      words: ["de", "a", "el", "la", "los", "las"],
      values: people,
      why: "de and a contract with El in the value (a El Puente → al Puente)",
    },
    // Not dates: "el 1 de mayo de 2024" is right for every day.
  ],
  // Swedish neither elides nor contracts, and its dates take "den" for every day.
  sv: [],
};

/** Strings reviewed and kept, each with its reason. */
const reviewedExceptions: readonly { language: Language; key: string; reason: string }[] = [];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function matcher(pattern: Pattern) {
  const words = pattern.words.map((word) => escape(word) + (word.endsWith("'") ? "\\s*" : "\\s+")).join("|");
  // Not preceded by a letter or an apostrophe, so "de" does not match inside "grande" or "d'".
  return new RegExp(`(?<![\\p{L}'’])(?:${words})\\{\\{\\s*(?:${pattern.values.join("|")})\\s*\\}\\}`, "giu");
}

describe.each(languages)("%s", (language) => {
  const strings = loadLocale(language).strings;

  test("puts no article or preposition before a value that would change it", () => {
    const found: string[] = [];
    for (const pattern of breakingPatterns[language]) {
      for (const [key, text] of Object.entries(strings)) {
        if (reviewedExceptions.some((exception) => exception.language === language && exception.key === key)) continue;
        for (const match of text.matchAll(matcher(pattern))) found.push(`${key}: "${match[0]}" (${pattern.why})`);
      }
    }
    expect(found).toEqual([]);
  });
});

test("the patterns catch the mistakes they are there for", () => {
  const caught = (language: Language, text: string) => breakingPatterns[language].some((pattern) => matcher(pattern).test(text));
  expect(caught("fr", "Vous rejoignez l'équipe en tant que {{role}}.")).toBe(true);
  expect(caught("fr", "la candidature de {{organisation}}")).toBe(true);
  expect(caught("fr", "la candidature de l'organisation {{organisation}}")).toBe(false);
  expect(caught("it", "firmata il {{date}}")).toBe(true);
  expect(caught("it", "In vigore dall'{{date}}")).toBe(true);
  expect(caught("it", "firmata in data {{date}}")).toBe(false);
  expect(caught("es", "unirse a {{organisation}}")).toBe(true);
  expect(caught("es", "Su solicitud para {{organisation}}")).toBe(false);
  expect(caught("en", "as a {{role}}")).toBe(true);
  // Names of events and entries, and dates under other names, break the same way.
  expect(caught("fr", "votre inscription à {{event}}")).toBe(true);
  expect(caught("fr", "Événement\u202f: {{event}}")).toBe(false);
  expect(caught("it", "la revisione della {{title}}")).toBe(true);
  expect(caught("it", "Accettalo entro il {{deadline}}")).toBe(true);
  expect(caught("it", "dal {{start}} al {{end}}")).toBe(true);
  expect(caught("it", "Accettalo entro questo termine: {{deadline}}")).toBe(false);
  expect(caught("es", "su inscripción a {{event}}")).toBe(true);
  expect(caught("es", "Escrita por: {{author}}")).toBe(false);
});

test("every reviewed exception still names a string that exists", () => {
  for (const { language, key } of reviewedExceptions) expect(loadLocale(language).strings).toHaveProperty([key]);
});
