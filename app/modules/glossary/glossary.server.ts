// The network glossary as data: the agreed word of each term in each language. Coordinators
// add terms and change their words; the public page lists them; loadGlossary hands the
// checks in glossary-check.server.ts what they match against.
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { languages } from "~/utils/languages";
import type { Origin } from "~/utils/origin";
import type { Glossary } from "./glossary-check";
import type { GlossaryWords } from "./glossary.schemas";

type Db = PrismaClient | Prisma.TransactionClient;
type Refusal = { ok: false; error: string; field?: string };

/** The longest key made from an English word. */
const maxKeyLength = 60;

/** The key of a new term, made once from its English word ("Peer support" → `peer-support`). */
export function termKeyFromWord(englishWord: string): string {
  return englishWord
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxKeyLength)
    .replace(/^-+|-+$/g, "");
}

/** Every term with its words by language, ordered by the English word (what the check and the pages need). */
export async function loadGlossary(prisma: Db): Promise<Glossary> {
  const terms = await prisma.glossaryTerm.findMany({
    select: { key: true, note: true, words: { select: { language: true, word: true, forms: true } } },
  });
  const glossary = terms.map((term) => ({
    key: term.key,
    note: term.note,
    words: Object.fromEntries(term.words.map(({ language, word, forms }) => [language, { word, forms }])),
  }));
  const english = (term: (typeof glossary)[number]) => term.words.en?.word ?? term.key;
  return glossary.sort((a, b) => english(a).localeCompare(english(b), "en", { sensitivity: "base" }));
}

/** Adds a term with its agreed word in every language; its key is made from the English word. */
export async function addTerm(
  prisma: PrismaClient,
  input: { note?: string; words: GlossaryWords; actorId: string },
  origin: Origin,
): Promise<{ ok: true; key: string } | Refusal> {
  const key = termKeyFromWord(input.words.en.word);
  if (!key) return { ok: false, error: "glossaryWordNeedsLetters", field: "words.en.word" };
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.glossaryTerm.findUnique({ where: { key }, select: { key: true } })) {
        return { ok: false as const, error: "glossaryTermExists", field: "words.en.word" };
      }
      await tx.glossaryTerm.create({
        data: {
          key,
          note: input.note ?? "",
          words: { create: languages.map((language) => ({ language, ...input.words[language] })) },
        },
      });
      await recordAudit(tx, { action: "glossary.term_added", actorId: input.actorId, ipAddress: origin.clientAddress, details: { term: key } });
      return { ok: true as const, key };
    });
  } catch (error) {
    // The same term added by someone else at the same moment: their insert won.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, error: "glossaryTermExists", field: "words.en.word" };
    }
    throw error;
  }
}

/** Saves a term's note and words; its key stays. Nothing changed, nothing written. */
export async function saveTerm(
  prisma: PrismaClient,
  input: { key: string; note?: string; words: GlossaryWords; actorId: string },
  origin: Origin,
): Promise<{ ok: true } | Refusal> {
  return prisma.$transaction(async (tx) => {
    const term = await tx.glossaryTerm.findUnique({ where: { key: input.key }, select: { note: true, words: true } });
    if (!term) return { ok: false as const, error: "glossaryTermNotFound" };
    const note = input.note ?? "";
    const changed = languages.filter((language) => {
      const current = term.words.find((word) => word.language === language);
      const wanted = input.words[language];
      return !current || current.word !== wanted.word || JSON.stringify(current.forms) !== JSON.stringify(wanted.forms);
    });
    const noteChanged = term.note !== note;
    if (changed.length === 0 && !noteChanged) return { ok: true as const };
    if (noteChanged) await tx.glossaryTerm.update({ where: { key: input.key }, data: { note } });
    for (const language of changed) {
      const wanted = input.words[language];
      await tx.glossaryWord.upsert({
        where: { termKey_language: { termKey: input.key, language } },
        create: { termKey: input.key, language, ...wanted },
        update: wanted,
      });
    }
    await recordAudit(tx, {
      action: "glossary.term_changed",
      actorId: input.actorId,
      ipAddress: origin.clientAddress,
      details: { term: input.key, languages: changed, note: noteChanged },
    });
    return { ok: true as const };
  });
}
