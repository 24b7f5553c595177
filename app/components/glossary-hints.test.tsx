import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { expect, test } from "vitest";
import { glossaryHints, missingAgreedTerms, type Glossary } from "~/modules/glossary/glossary-check";
import { i18nFor } from "~/utils/i18n";
import { resourcesFor } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { GlossaryHints } from "./glossary-hints";

const glossary: Glossary = [
  { key: "recovery", note: "", words: { en: { word: "recovery", forms: [] }, fr: { word: "rétablissement", forms: [] } } },
  { key: "carers", note: "", words: { en: { word: "carers", forms: [] }, fr: { word: "proches aidants", forms: ["proche aidant"] } } },
];

function render(language: Language, element: React.ReactElement) {
  return renderToStaticMarkup(<I18nextProvider i18n={i18nFor(language, resourcesFor(language))}>{element}</I18nextProvider>);
}

const text = (html: string) => html.replace(/<\/(p|li)>/g, " ").replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();

test("lists the agreed terms of the original with the word to use, each in its language", () => {
  const hints = glossaryHints("Recovery with carers.", "en", "fr", glossary);
  const html = render("en", <GlossaryHints hints={hints} sourceLanguage="en" targetLanguage="fr" />);
  expect(text(html)).toBe("Agreed terms in this text recovery → rétablissement carers → proches aidants (also: proche aidant)");
  expect(html).toContain('<span lang="en">recovery</span> → <strong lang="fr">rétablissement</strong>');
  expect(html).toContain('<span lang="fr">proche aidant</span>');
});

test("flags, in the reviewer's language, the terms a translation does not use", () => {
  const missing = missingAgreedTerms("Recovery with carers.", "en", "La guérison avec les proches aidants.", "fr", glossary);
  const html = render("it", <GlossaryHints hints={missing} sourceLanguage="en" targetLanguage="fr" flagged />);
  expect(text(html)).toBe("Questa traduzione non usa il termine concordato Verifica se la traduzione dovrebbe dire: recovery → rétablissement");
});

test("shows nothing when there is nothing to say", () => {
  expect(render("en", <GlossaryHints hints={[]} sourceLanguage="en" targetLanguage="fr" flagged />)).toBe("");
});
