import { describe, expect, test } from "vitest";
import { glossary as interfaceGlossary } from "~/mechanisms/translations/glossary";
import * as coordinationRoute from "~/routes/$lang.coordination.glossary";
import * as publicRoute from "~/routes/$lang.glossary";
import { languages } from "~/utils/languages";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { listThemes } from "../taxonomy/themes.server";
import { addTerm } from "./glossary.server";
import { glossaryHints, loadGlossary, missingAgreedTerms } from "./glossary-check.server";

const database = setUpTestDatabase();
const path = "/fr/coordination/glossary";

const openDialogue = {
  en: { word: "open dialogue", forms: "" },
  fr: { word: "dialogue ouvert", forms: "dialogues ouverts" },
  it: { word: "dialogo aperto", forms: "dialoghi aperti, dialogo-aperto" },
  es: { word: "diálogo abierto", forms: "" },
  sv: { word: "öppen dialog", forms: "öppna dialogen" },
};

/** The words as Conform sends them: words.en.word, words.en.forms… */
const wordFields = (words: Record<string, { word: string; forms: string }>) =>
  Object.fromEntries(Object.entries(words).flatMap(([language, { word, forms }]) => [[`words.${language}.word`, word], [`words.${language}.forms`, forms]]));

async function post(form: Record<string, string>, userId?: string) {
  const person = userId ?? (await createPerson(database.prisma, { networkRole: "coordinator" })).id;
  return outcomeOf(async () =>
    coordinationRoute.action({
      request: makeRequest(path, { method: "POST", form, cookie: await signedInCookie(database.prisma, person) }),
      params: { lang: "fr" },
      context: testContext,
    }),
  );
}

describe("the glossary as the migration leaves it", () => {
  test("holds every term of the interface glossary, with its word and forms in each language", async () => {
    const glossary = await loadGlossary(database.prisma);
    expect(glossary.map((term) => term.key).sort()).toEqual(interfaceGlossary.map((entry) => entry.id).sort());
    for (const entry of interfaceGlossary) {
      const term = glossary.find((candidate) => candidate.key === entry.id)!;
      for (const language of languages) {
        expect(term.words[language], `${entry.id} ${language}`).toEqual({ word: entry[language].term, forms: [...(entry[language].forms ?? [])] });
      }
    }
    expect(glossary.find((term) => term.key === "peer-led")?.note).toBe("");
    expect(glossary.find((term) => term.key === "network-name")?.note).toBe("The network's proper name.");
  });
});

test("the seeded theme names use the glossary's agreed words wherever their English name uses a term", async () => {
  const glossary = await loadGlossary(database.prisma);
  const problems = (await listThemes(database.prisma)).flatMap((theme) =>
    languages.flatMap((language) =>
      missingAgreedTerms(theme.names.en!, "en", theme.names[language]!, language, glossary).map(
        (hint) => `${theme.key} (${language}): "${theme.names[language]}" does not say "${hint.target.word}"`,
      ),
    ),
  );
  expect(problems).toEqual([]);
});

describe("a coordinator keeps the glossary", () => {
  test("adds a term with its word and other forms in every language; it is public and checked at once", async () => {
    const outcome = await post({ intent: "add", note: "Finnish open dialogue, not any conversation.", ...wordFields(openDialogue) });
    expect(outcome).toMatchObject({ status: 302, location: "/fr/coordination/glossary?notice=added" });

    const page = await publicRoute.loader({ request: makeRequest("/it/glossary"), params: { lang: "it" }, context: testContext });
    const term = page.glossary.find((candidate) => candidate.key === "open-dialogue");
    expect(term).toMatchObject({
      note: "Finnish open dialogue, not any conversation.",
      words: { it: { word: "dialogo aperto", forms: ["dialoghi aperti", "dialogo-aperto"] }, en: { word: "open dialogue", forms: [] } },
    });
    // The reader's language first, then the others in the portal's order.
    expect(page.columns.map((column) => column.code)).toEqual(["it", "en", "fr", "es", "sv"]);

    const glossary = await loadGlossary(database.prisma);
    const source = "Open dialogue teams meet the family at home.";
    expect(glossaryHints(source, "en", "it", glossary).map((hint) => hint.target.word)).toEqual(["dialogo aperto"]);
    expect(missingAgreedTerms(source, "en", "I gruppi di dialoghi aperti incontrano la famiglia.", "it", glossary)).toEqual([]);
    expect(missingAgreedTerms(source, "en", "Le squadre di conversazione aperta incontrano la famiglia.", "it", glossary).map((hint) => hint.key)).toEqual([
      "open-dialogue",
    ]);
    const audit = await database.prisma.auditEvent.findFirst({ where: { action: "glossary.term_added" }, orderBy: { id: "desc" } });
    expect(audit?.details).toEqual({ term: "open-dialogue" });
  });

  test("a term without its word in one language is refused against that field, keeping what was typed; nothing is added", async () => {
    const before = await database.prisma.glossaryTerm.count();
    const outcome = await post({ intent: "add", ...wordFields({ ...openDialogue, en: { word: "recovery college", forms: "" }, es: { word: " ", forms: "x" } }) });
    expect(outcome.status).toBe(400);
    const { form, result } = outcome.data as { form: string; result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(form).toBe("add-term");
    expect(result.error).toEqual({ "words.es.word": ["required"] });
    expect(result.initialValue).toMatchObject({ words: { en: { word: "recovery college" }, it: { forms: "dialoghi aperti, dialogo-aperto" } } });
    expect(await database.prisma.glossaryTerm.count()).toBe(before);
  });

  test("a term whose English word is already a term is refused", async () => {
    const outcome = await post({ intent: "add", ...wordFields({ ...openDialogue, en: { word: "Recovery", forms: "" } }) });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { result: { error: Record<string, string[]> } }).result.error).toEqual({ "words.en.word": ["glossaryTermExists"] });
  });

  test("changes the agreed word in one language: the check follows, the key and the other words stay", async () => {
    const current = (await loadGlossary(database.prisma)).find((term) => term.key === "recovery")!;
    const words = Object.fromEntries(
      languages.map((language) => [language, { word: current.words[language]!.word, forms: current.words[language]!.forms.join(", ") }]),
    );
    const outcome = await post({ intent: "save", key: "recovery", note: "", ...wordFields({ ...words, fr: { word: "rétablissement", forms: "rétabli, rétablie" } }) });
    expect(outcome).toMatchObject({ status: 302, location: "/fr/coordination/glossary?notice=saved" });
    const glossary = await loadGlossary(database.prisma);
    expect(glossary.find((term) => term.key === "recovery")?.words.fr).toEqual({ word: "rétablissement", forms: ["rétabli", "rétablie"] });
    expect(glossary.find((term) => term.key === "recovery")?.words.sv).toEqual({ word: "återhämtning", forms: [] });
    expect(missingAgreedTerms("Recovery at home.", "en", "Être rétabli chez soi.", "fr", glossary)).toEqual([]);
    const audit = await database.prisma.auditEvent.findFirst({ where: { action: "glossary.term_changed" }, orderBy: { id: "desc" } });
    expect(audit?.details).toEqual({ term: "recovery", languages: ["fr"], note: false });
  });

  test("a term that does not exist cannot be saved", async () => {
    const outcome = await post({ intent: "save", key: "no-such-term", ...wordFields(openDialogue) });
    expect(outcome.status).toBe(404);
    expect(outcome.data).toMatchObject({ form: "page", error: "glossaryTermNotFound" });
  });

  test("is for coordinators only", async () => {
    const person = await createPerson(database.prisma);
    const before = await database.prisma.glossaryTerm.count();
    const outcome = await post({ intent: "add", ...wordFields({ ...openDialogue, en: { word: "forbidden", forms: "" } }) }, person.id);
    expect(outcome.status).toBe(403);
    expect(await database.prisma.glossaryTerm.count()).toBe(before);
  });

  raceTest("the same term added twice at the same moment is added once; the other is told it exists", async () => {
    const person = await createPerson(database.prisma, { networkRole: "coordinator" });
    const suffix = Math.random().toString(36).slice(2, 8);
    const words = Object.fromEntries(languages.map((language) => [language, { word: `clubhouse ${suffix} ${language}`, forms: [] as string[] }])) as Parameters<
      typeof addTerm
    >[1]["words"];
    const origin = { clientAddress: "198.51.100.31" };
    const results = await Promise.all([addTerm(database.prisma, { words, actorId: person.id }, origin), addTerm(database.prisma, { words, actorId: person.id }, origin)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: "glossaryTermExists", field: "words.en.word" });
  });
});
