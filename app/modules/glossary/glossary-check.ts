// Which of the network's agreed terms a text uses, and whether its translation uses the
// agreed word for each: pure functions over a loaded glossary (loadGlossary), so the
// translation editor and the review page can both call them on what they already have.
//
// Matching is on folded words: case and accents ignored, apostrophes and hyphens split words
// ("l'entente de voix" contains "entente de voix", "co-production" matches "co production"),
// and only whole words count ("recovery" is not found in "nonrecovery"). A word counts as
// the agreed one in any of its forms (inflections listed by coordinators), and a word
// written "coordinateur / coordinatrice" counts in either gender. Where one term's words
// are part of a longer term's ("community mental health" in "Community Mental Health
// Network"), only the longer one is reported there.

/** A term's agreed word in one language. */
export type AgreedWord = { word: string; forms: readonly string[] };

/** The glossary as the check needs it: each term's key, note and words by language. */
export type Glossary = readonly { key: string; note: string; words: Partial<Record<string, AgreedWord>> }[];

/** A term the source text uses: the agreed word there, and the one to use in the target language. */
export type GlossaryHint = { key: string; note: string; source: AgreedWord; target: AgreedWord };

/** Lower case, without accents, apostrophes and punctuation: words separated by single spaces. */
export function foldWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The ways of writing a word that count: the word (each gender of "a / b"), and its forms; explanations in brackets dropped. */
export function spellingsOf(word: AgreedWord): string[][] {
  const spellings = [...word.word.split(/\s+\/\s+/), ...word.forms]
    .map((spelling) => foldWords(spelling.replace(/\([^)]*\)/g, " ")))
    .filter((words) => words.length > 0);
  return spellings;
}

/** Where `phrase` starts in `words`, as whole words. */
function occurrences(words: readonly string[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((word, offset) => words[start + offset] === word)) found.push(start);
  }
  return found;
}

type Span = { start: number; end: number };

function spansOf(words: readonly string[], word: AgreedWord): Span[] {
  return spellingsOf(word).flatMap((phrase) => occurrences(words, phrase).map((start) => ({ start, end: start + phrase.length })));
}

/** True when `text` uses `word` (or one of its forms) as whole words. */
export function usesWord(text: string, word: AgreedWord): boolean {
  return spansOf(foldWords(text), word).length > 0;
}

/**
 * The terms `sourceText` uses, in the order it first uses them, each with the agreed word
 * in `targetLanguage`. A term with no word in either language is left out.
 */
export function glossaryHints(sourceText: string, sourceLanguage: string, targetLanguage: string, glossary: Glossary): GlossaryHint[] {
  const words = foldWords(sourceText);
  const found = glossary.flatMap((term) => {
    const source = term.words[sourceLanguage];
    const target = term.words[targetLanguage];
    if (!source || !target) return [];
    const spans = spansOf(words, source);
    return spans.length > 0 ? [{ term, source, target, spans }] : [];
  });
  // A match inside a longer term's match is that term's, not a use of its own.
  const inside = (span: Span, other: Span) => other.start <= span.start && span.end <= other.end && other.end - other.start > span.end - span.start;
  return found
    .map((hit) => ({ ...hit, spans: hit.spans.filter((span) => !found.some((other) => other !== hit && other.spans.some((wider) => inside(span, wider)))) }))
    .filter((hit) => hit.spans.length > 0)
    .sort((a, b) => Math.min(...a.spans.map((span) => span.start)) - Math.min(...b.spans.map((span) => span.start)))
    .map(({ term, source, target }) => ({ key: term.key, note: term.note, source, target }));
}

/** The terms `sourceText` uses whose agreed word in `targetLanguage` (in any of its forms) `translatedText` does not use. */
export function missingAgreedTerms(
  sourceText: string,
  sourceLanguage: string,
  translatedText: string,
  targetLanguage: string,
  glossary: Glossary,
): GlossaryHint[] {
  const translated = foldWords(translatedText);
  return glossaryHints(sourceText, sourceLanguage, targetLanguage, glossary).filter((hint) => spansOf(translated, hint.target).length === 0);
}
