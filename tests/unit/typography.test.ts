// Every string the interface and the emails show follows its language's typography:
// French spacing before : ; ! ? and inside « », no elision needed before a name; Italian,
// Spanish and Swedish quotation marks; Spanish ¿ and ¡; months and days in lower case.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { renderEmail, type EmailTemplate } from "~/mechanisms/email/email-templates.server";
import {
  capitalisedCalendarWords,
  frenchElisionProblems,
  frenchTypographyProblems,
  italianTypographyProblems,
  spanishTypographyProblems,
  swedishTypographyProblems,
} from "./typography";

function strings(language: string) {
  const all: [string, string][] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") all.push([key, value]);
    else for (const [child, inner] of Object.entries(value as Record<string, unknown>)) walk(inner, key.endsWith(":") ? `${key}${child}` : `${key}.${child}`);
  };
  const dir = path.join("locales", language);
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".json"))) {
    walk(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), file.replace(/\.json$/, ":"));
  }
  return all;
}

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
