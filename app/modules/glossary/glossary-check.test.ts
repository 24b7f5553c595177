import { describe, expect, test } from "vitest";
import { glossary as interfaceGlossary } from "~/mechanisms/translations/glossary";
import { languages } from "~/utils/languages";
import { foldWords, glossaryHints, missingAgreedTerms, type Glossary } from "./glossary-check";

// The glossary as the migration seeds it from the interface glossary.
const glossary: Glossary = interfaceGlossary.map((entry) => ({
  key: entry.id,
  note: entry.en.note ?? "",
  words: Object.fromEntries(languages.map((language) => [language, { word: entry[language].term, forms: entry[language].forms ?? [] }])),
}));

const keys = (hints: { key: string }[]) => hints.map((hint) => hint.key);

describe("the terms a text uses", () => {
  test("are found whatever their case, and given with the agreed word in the target language", () => {
    const hints = glossaryHints("RECOVERY colleges and Peer Support workers.", "en", "fr", glossary);
    expect(hints.map((hint) => [hint.key, hint.target.word])).toEqual([
      ["recovery", "rétablissement"],
      ["peer-support", "pair-aidance"],
    ]);
  });

  test("are found with accents left out or added, in the source language's own words", () => {
    expect(keys(glossaryHints("Le retablissement passe par la desinstitutionnalisation.", "fr", "en", glossary))).toEqual([
      "recovery",
      "deinstitutionalisation",
    ]);
    expect(glossaryHints("La desinstitucionalización", "es", "it", glossary)[0]?.target.word).toBe("deistituzionalizzazione");
  });

  test("count an inflected form the glossary lists as the agreed word", () => {
    // Swedish "anhörig" (singular) is a listed form of "anhöriga"; Italian "gemellaggio" of "gemellaggi".
    expect(keys(glossaryHints("Stöd till en anhörig.", "sv", "en", glossary))).toEqual(["carers"]);
    expect(keys(glossaryHints("Un gemellaggio tra Trieste e Lille.", "it", "fr", glossary))).toEqual(["twinning"]);
  });

  test("are whole words: a term inside another word is not a use of it", () => {
    expect(glossaryHints("Nonrecovery and recoverys are not words we use; advocacyship neither.", "en", "fr", glossary)).toEqual([]);
    expect(keys(glossaryHints("The co-production of care.", "en", "sv", glossary))).toEqual(["co-production"]);
    expect(glossaryHints("coproductions", "en", "sv", glossary)).toEqual([]);
  });

  test("split on apostrophes, so French elisions still count", () => {
    expect(keys(glossaryHints("Un groupe d'entente de voix.", "fr", "en", glossary))).toEqual(["hearing-voices"]);
  });

  test("count either gender of a word written 'a / b'", () => {
    expect(keys(glossaryHints("La coordinatrice du réseau.", "fr", "en", glossary))).toEqual(["coordinator"]);
  });

  test("report a longer term once, not the shorter term inside it", () => {
    const hints = glossaryHints("The Community Mental Health Network supports community mental health.", "en", "it", glossary);
    expect(keys(hints)).toEqual(["network-name", "community-mental-health"]);
    expect(keys(glossaryHints("Welcome to the Community Mental Health Network.", "en", "it", glossary))).toEqual(["network-name"]);
  });

  test("leave out a term with no word in the target language", () => {
    const partial: Glossary = [{ key: "open-dialogue", note: "", words: { en: { word: "open dialogue", forms: [] } } }];
    expect(glossaryHints("Open dialogue teams.", "en", "fr", partial)).toEqual([]);
  });
});

describe("a translation that does not use an agreed term", () => {
  const source = "Recovery and peer support in the community.";

  test("is flagged with the terms it misses, in the order of the source", () => {
    const missing = missingAgreedTerms(source, "en", "La guérison et l'entraide entre pairs dans la cité.", "fr", glossary);
    expect(missing.map((hint) => [hint.key, hint.target.word])).toEqual([
      ["recovery", "rétablissement"],
      ["peer-support", "pair-aidance"],
    ]);
  });

  test("is not flagged when it uses the agreed words, in any case, accents or form", () => {
    expect(missingAgreedTerms(source, "en", "Le Retablissement et la PAIR-AIDANCE dans la cité.", "fr", glossary)).toEqual([]);
    expect(missingAgreedTerms("Support for carers.", "en", "Stöd för en anhörig.", "sv", glossary)).toEqual([]);
  });

  test("is flagged when the agreed word only appears inside another word", () => {
    expect(keys(missingAgreedTerms("Co-production.", "en", "Samskapandeprojekt.", "sv", glossary))).toEqual(["co-production"]);
  });

  test("uses nothing from a source with no terms", () => {
    expect(missingAgreedTerms("A house by the sea.", "en", "Une maison.", "fr", glossary)).toEqual([]);
  });
});

test("folding drops case, accents and punctuation", () => {
  expect(foldWords("Désinstitutionnalisation, l'Été — ÅTERHÄMTNING!")).toEqual(["desinstitutionnalisation", "l", "ete", "aterhamtning"]);
});
