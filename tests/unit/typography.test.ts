// Every string the interface and the emails show follows its language's typography:
// French spacing before : ; ! ? and inside « », no elision needed before a name; Italian,
// Spanish and Swedish quotation marks; Spanish ¿ and ¡; months and days in lower case;
// titles in sentence case.
import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { glossary } from "~/mechanisms/translations/glossary";
import { renderEmail, type EmailTemplate } from "~/mechanisms/email/email-templates.server";
import {
  capitalisedCalendarWords,
  frenchElisionProblems,
  frenchTypographyProblems,
  italianTypographyProblems,
  spanishTypographyProblems,
  swedishTypographyProblems,
} from "./typography";
import { loadLocale } from "../setup/locale-strings";

const strings = (language: string) => Object.entries(loadLocale(language).strings);

const problemsIn = (language: string, check: (text: string) => string[]) =>
  strings(language).flatMap(([key, text]) => check(text).map((problem) => `${key}: ${problem}`));

describe("the checks themselves", () => {
  test("French spacing: a narrow no-break space, not a plain one or none; addresses, times and {{x}} aside", () => {
    expect(frenchTypographyProblems("Pays\u202f: France\u202f; oui\u202f! Vraiment\u202f?")).toEqual([]);
    expect(frenchTypographyProblems("Pays\u00a0: France")).toEqual([]);
    expect(frenchTypographyProblems("Pays : France")).toHaveLength(1);
    expect(frenchTypographyProblems("Vraiment?")).toHaveLength(1);
    expect(frenchTypographyProblems("Oui\u00a0!")).toHaveLength(1);
    expect(frenchTypographyProblems("« Charte »")).toHaveLength(2);
    expect(frenchTypographyProblems("«\u202fCharte\u202f»")).toEqual([]);
    expect(frenchTypographyProblems("Voir https://example.org/a?b=c à 10:30, {{name}}\u202f:")).toEqual([]);
    expect(frenchElisionProblems("la candidature de {{organisation}}")).toHaveLength(1);
    expect(frenchElisionProblems("Organisation\u202f: {{organisation}}, le {{date}}, de {{count}}")).toEqual([]);
  });

  test("Spanish opening marks, Italian and Swedish quotation marks, lower-case months", () => {
    expect(spanishTypographyProblems("¿Tiene una cuenta? Entre. ¡Gracias!")).toEqual([]);
    expect(spanishTypographyProblems("Hola, ¿qué tal?")).toEqual([]);
    expect(spanishTypographyProblems("Tiene una cuenta?")).toHaveLength(1);
    expect(italianTypographyProblems('la "Carta"')).toHaveLength(1);
    expect(italianTypographyProblems("la «Carta» o la “Carta”")).toEqual([]);
    expect(swedishTypographyProblems("”Stadgan”")).toEqual([]);
    expect(swedishTypographyProblems("“Stadgan”")).toHaveLength(1);
    expect(capitalisedCalendarWords("Signée le 3 Janvier", "fr")).toHaveLength(1);
    expect(capitalisedCalendarWords("Lundi, le 3 janvier.", "fr")).toEqual([]);
  });
});

describe("French", () => {
  test("every string has a narrow no-break space before : ; ! ? and inside « »", () => {
    expect(problemsIn("fr", frenchTypographyProblems)).toEqual([]);
  });

  test("no string puts a name after de, que, le, la… where elision would be needed", () => {
    expect(problemsIn("fr", frenchElisionProblems)).toEqual([]);
  });

  test("every email, subject and body as sent, follows the same spacing", async () => {
    const templates = JSON.parse(fs.readFileSync("locales/en/email.json", "utf8")) as Record<string, unknown>;
    const names = Object.keys(templates).filter((key) => typeof templates[key] === "object") as EmailTemplate[];
    expect(names.length).toBeGreaterThan(5);
    for (const template of names) {
      // Every value a template may use, none with punctuation of its own.
      const values = { name: "Anne", organisation: "Association Vivre", role: "membre", link: "https://portal.example/fr/x?y=1", signInLink: "https://portal.example/a", resetLink: "https://portal.example/b", newEmail: "anne@example.org", reason: "dossier incomplet", version: "2" };
      const email = await renderEmail("fr", template, "anne@example.org", values as never);
      expect(frenchTypographyProblems(email.subject), `${template} subject`).toEqual([]);
      expect(frenchTypographyProblems(email.text), `${template} text`).toEqual([]);
    }
  });
});

describe.each([
  ["it", italianTypographyProblems],
  ["es", spanishTypographyProblems],
  ["sv", swedishTypographyProblems],
] as const)("%s", (language, check) => {
  test("quotation marks (and for Spanish ¿ and ¡) are the language's own", () => {
    expect(problemsIn(language, check)).toEqual([]);
  });
});

describe.each(["fr", "it", "es", "sv"])("%s", (language) => {
  test("months and days are in lower case, unless they start a sentence", () => {
    expect(problemsIn(language, (text) => capitalisedCalendarWords(text, language))).toEqual([]);
  });
});

/**
 * Words a title may capitalise after its first: the proper names of the glossary (the
 * network, the Charter) in that language, as the glossary spells them.
 */
function properNames(language: "fr" | "it" | "es" | "sv") {
  return new Set(
    glossary.flatMap((entry) => [entry[language].term, ...(entry[language].forms ?? [])]).flatMap((term) => term.split(/[\s'’]+/).filter((word) => /^\p{Lu}/u.test(word))),
  );
}

describe.each(["fr", "it", "es", "sv"] as const)("%s", (language) => {
  test("titles, headings, labels and buttons are in sentence case: after the first word, only proper names take a capital", () => {
    const allowed = properNames(language);
    const titleCase = strings(language).filter(([key, text]) => {
      if (!/(title|heading|label|submit)$/i.test(key.split(".").at(-1)!)) return false;
      const words = text.replace(/\{\{[^}]+\}\}/g, "").split(/[\s'’]+/).slice(1);
      return words.some((word) => /^\p{Lu}\p{Ll}/u.test(word) && !allowed.has(word.replace(/[^\p{L}-]/gu, "")));
    });
    expect(titleCase).toEqual([]);
  });
});
