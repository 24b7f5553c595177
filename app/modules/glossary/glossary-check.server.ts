// What pages call to show a translator the agreed terms and to flag a translation that
// misses one: the glossary read from the database (loadGlossary, once per request) and the
// pure matching of glossary-check.ts, which holds the rules and their tests.
export { loadGlossary } from "./glossary.server";
export { glossaryHints, missingAgreedTerms, usesWord, type Glossary, type GlossaryHint, type AgreedWord } from "./glossary-check";
