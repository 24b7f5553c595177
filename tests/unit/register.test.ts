// The register a professional network writes in: Italian emails open "Gentile {{name}},"
// (or "Buongiorno,") and close "Cordiali saluti"; people's roles name both forms where the
// language has two; a label never ends on an article, which would dangle before the value
// shown beside it ("Reçue le", "In vigore dal": the column header is a noun).
import { describe, expect, test } from "vitest";
import { languages, type Language } from "~/utils/languages";
import { loadLocale } from "../setup/locale-strings";

test("every Italian email opens with Gentile or Buongiorno and closes with Cordiali saluti", () => {
  const strings = loadLocale("it").strings;
  const greetings = Object.entries(strings).filter(([key]) => /^email:\w+\.body\.0$/.test(key));
  expect(greetings.length).toBeGreaterThan(0);
  for (const [key, greeting] of greetings) expect(["Gentile {{name}},", "Buongiorno,"], key).toContain(greeting);
  expect(strings["email:closing"]).toMatch(/^Cordiali saluti,\nLa Rete /);
});

// Every email of a language opens the same way, with the name or, where there is none, without.
const greetings = {
  en: ["Hello {{name}},", "Hello,"],
  fr: ["Bonjour {{name}},", "Bonjour,"],
  es: ["Hola, {{name}}:", "Hola:"],
  sv: ["Hej {{name}}!", "Hej!"],
} as const;

describe.each(Object.keys(greetings) as (keyof typeof greetings)[])("%s", (language) => {
  test("every email opens with the language's one greeting", () => {
    const openings = Object.entries(loadLocale(language).strings).filter(([key]) => /^email:\w+\.body\.0$/.test(key));
    expect(openings.length).toBeGreaterThan(0);
    for (const [key, greeting] of openings) expect(greetings[language], key).toContain(greeting);
  });
});

// Roles whose word is the same for everyone: membre, membro, miembro; "no role".
const epiceneRoles = ["organisations:roles.member", "admin:roles.none"];

describe.each(["fr", "it", "es"] as const)("%s", (language) => {
  test("a person's role names both forms, not the masculine alone", () => {
    const roles = Object.entries(loadLocale(language).strings).filter(
      ([key]) => /^(admin|organisations):roles\./.test(key) && !epiceneRoles.includes(key),
    );
    expect(roles.length).toBeGreaterThan(0);
    for (const [key, label] of roles) expect(label, key).toMatch(/^\p{L}+ \/ \p{L}+/u);
  });
});

const articles: Record<Language, readonly string[]> = {
  en: ["the", "a", "an"],
  fr: ["le", "la", "les", "l'", "du", "des", "au", "aux"],
  it: ["il", "lo", "la", "i", "gli", "le", "l'", "dal", "dalla", "dall'", "al", "alla", "all'", "del", "della", "dell'", "nel", "nella"],
  es: ["el", "la", "los", "las", "del", "al"],
  sv: [], // Swedish articles are endings, never a word left before the value.
};

describe.each(languages)("%s", (language) => {
  test("no label ends on an article", () => {
    const dangling = Object.entries(loadLocale(language).strings).filter(([, text]) => {
      const words = text.trim().toLocaleLowerCase(language).split(/\s+/);
      return words.length > 1 && articles[language].includes(words.at(-1)!);
    });
    expect(dangling).toEqual([]);
  });
});

// The reader is anyone: a sentence about them does not agree in the masculine alone ("Vous
// êtes inscrit", "Sei iscritto", "Ya está inscrito"); it says what happened instead ("Vous
// avez déjà une inscription", "Iscrizione fatta", "Ya tiene una inscripción").
const masculineReader: Record<"fr" | "it" | "es", RegExp> = {
  fr: /(?<!\p{L})vous (?:\S+ ){0,2}?(?:inscrit|désigné|invité|prévenu|informé|connecté|déconnecté|seul)(?![\p{L}·])/iu,
  it: /(?<!\p{L})(?:sei|ti sei|ti ha|ti abbiamo) (?:\S+ )?(?:iscritto|invitato|registrato|connesso|pronto|sicuro)(?!\p{L})/iu,
  es: /(?<!\p{L})(?:está|estás|le ha|lo ha|ha sido|queda) (?:\S+ )?(?:inscrito|invitado|designado|registrado|conectado|seguro|listo)(?!\p{L})/iu,
};

describe.each(["fr", "it", "es"] as const)("%s", (language) => {
  test("the reader is not spoken of in the masculine alone", () => {
    const found = Object.entries(loadLocale(language).strings).filter(([, text]) => masculineReader[language].test(text));
    expect(found).toEqual([]);
  });
});

test("the masculine-reader check finds what it is there for", () => {
  expect(masculineReader.fr.test("Vous êtes déjà inscrit à cet événement.")).toBe(true);
  expect(masculineReader.fr.test("Vous avez déjà une inscription à cet événement.")).toBe(false);
  expect(masculineReader.it.test("Sei iscritto: il tuo posto è confermato.")).toBe(true);
  expect(masculineReader.es.test("Ya está inscrito en este evento.")).toBe(true);
  expect(masculineReader.es.test("Ya tiene una inscripción en este evento.")).toBe(false);
});

test("French names an email one way: « e-mail », as the account pages do, never « courriel »", () => {
  const courriel = Object.entries(loadLocale("fr").strings).filter(([, text]) => /courriel/i.test(text));
  expect(courriel).toEqual([]);
});

test("Swedish calls a library entry « bidrag » everywhere, not « post » (the audit log's records are its own « poster »)", () => {
  const post = Object.entries(loadLocale("sv").strings).filter(([key, text]) => !key.startsWith("admin:audit.") && /(?<![\p{L}-])post(?:en|er|erna)?(?!\p{L})(?! i granskningsloggen)/iu.test(text));
  expect(post).toEqual([]);
});
