// Translating an entry's open revision by hand, side by side with the original: which
// languages it has (their origin, what is out of date, what is missing), saving a person's
// translation of some fields, removing a language. A saved field is `human` and remembers
// the digest of the original text it was made from (app/mechanisms/translations/
// source-digest.ts), so it shows as out of date once the original changes. Only a draft
// (being written, or sent back by a reviewer) is translated here: a revision in review or
// published is not changed under its reviewer's or readers' eyes.
import type { PrismaClient } from "~/generated/prisma/client";
import type { LibraryTextField, TranslationOrigin } from "~/generated/prisma/enums";
import { isOutOfDate, sourceDigest } from "~/mechanisms/translations/source-digest";
import { whyRemovalIsRefused, whySaveIsRefused } from "~/mechanisms/translations/translations";
import { languages } from "~/utils/languages";
import { isEntryId } from "./reading.server";
import { translatableFields, type SaveTranslationInput } from "./translations.schemas";
import { openStatuses } from "./entries.server";

type StoredText = { field: LibraryTextField; language: string; text: string; origin: TranslationOrigin; sourceSha256: string | null };

/** The entry of `organisationId` and its open revision (null when none is open), or null when there is no such entry. */
export async function findEntryToTranslate(db: PrismaClient, organisationId: string, entryId: string) {
  if (!isEntryId(entryId)) return null;
  const entry = await db.libraryEntry.findFirst({
    where: { id: entryId, organisationId },
    select: {
      id: true,
      kind: true,
      originalLanguage: true,
      archivedAt: true,
      revisions: {
        where: { status: { in: openStatuses } },
        select: {
          id: true,
          number: true,
          status: true,
          texts: { select: { field: true, language: true, text: true, origin: true, sourceSha256: true } },
        },
      },
    },
  });
  if (!entry) return null;
  const { revisions, ...rest } = entry;
  const open = revisions[0] ?? null;
  return { ...rest, openRevision: open ? { ...open, isTranslatable: open.status === "draft" && !entry.archivedAt } : null };
}

export type LanguageState = {
  language: string;
  isOriginal: boolean;
  /** Fields with a text in this language, by origin. */
  origins: Partial<Record<TranslationOrigin, number>>;
  outOfDate: LibraryTextField[];
  /** Fields the original has and this language lacks. */
  missing: LibraryTextField[];
};

/** Each language of the revision, the portal's five first (even with no text yet), then any other it has. */
export function languageStates(texts: readonly StoredText[], originalLanguage: string): LanguageState[] {
  const originals = new Map(texts.filter((text) => text.origin === "original").map((text) => [text.field, text.text]));
  const fields = translatableFields.filter((field) => originals.has(field));
  const stored = [...new Set(texts.map((text) => text.language))];
  const others = stored.filter((language) => !(languages as readonly string[]).includes(language)).sort();
  return [...languages, ...others].map((language) => {
    const own = texts.filter((text) => text.language === language);
    const origins: LanguageState["origins"] = {};
    for (const text of own) origins[text.origin] = (origins[text.origin] ?? 0) + 1;
    return {
      language,
      isOriginal: language === originalLanguage || own.some((text) => text.origin === "original"),
      origins,
      outOfDate: own.filter((text) => isOutOfDate(text, originals.get(text.field) ?? "")).map((text) => text.field),
      missing: fields.filter((field) => !own.some((text) => text.field === field)),
    };
  });
}

export type TranslationRefusal = "noSuchEntry" | "notADraft" | "originalLanguage" | "noOriginal" | "translationExists" | "originalExists";

type SaveCommand = { organisationId: string; entryId: string; language: string; input: SaveTranslationInput };

/**
 * Saves a person's translation of the open draft into `language`, field by field:
 * - a field typed or changed is stored as `human`, made from the original's current text;
 * - a machine (or out-of-date) field kept as it is stays as it is, unless ticked as
 *   reviewed: then it becomes `human`, made from the current original;
 * - a field emptied loses its translation.
 * The draft's row is updated first, conditionally: that locks it and checks it is still a
 * draft in the one statement, so a translation never lands in a revision sent for review
 * meanwhile (a submission waits for this transaction, or this one sees it and refuses).
 */
export async function saveTranslation(db: PrismaClient, { organisationId, entryId, language, input }: SaveCommand) {
  return db.$transaction(async (tx) => {
    const entry = await tx.libraryEntry.findFirst({ where: { id: entryId, organisationId }, select: { id: true, originalLanguage: true, archivedAt: true } });
    if (!entry) return refused("noSuchEntry");
    if (language === entry.originalLanguage) return refused("originalLanguage");
    const revision = await tx.libraryRevision.findFirst({ where: { entryId, status: "draft" }, select: { id: true } });
    if (!revision || entry.archivedAt) return refused("notADraft");
    const stillDraft = await tx.libraryRevision.updateMany({ where: { id: revision.id, status: "draft" }, data: { updatedAt: new Date() } });
    if (stillDraft.count !== 1) return refused("notADraft");

    const texts = await tx.libraryText.findMany({ where: { revisionId: revision.id }, select: { field: true, language: true, text: true, origin: true, sourceSha256: true } });
    const originals = texts.filter((text) => text.origin === "original");
    if (originals.some((text) => text.language === language)) return refused("originalLanguage");
    let changed = 0;
    for (const field of translatableFields) {
      const original = originals.find((text) => text.field === field);
      if (!original) continue;
      const ofField = texts.filter((text) => text.field === field);
      const existing = ofField.find((text) => text.language === language);
      const typed = input[field] ?? "";
      const key = { revisionId_language_field: { revisionId: revision.id, language, field } };
      if (typed === "") {
        if (!existing) continue;
        const refusal = whyRemovalIsRefused(ofField, language);
        if (refusal) continue;
        await tx.libraryText.delete({ where: key });
        changed++;
        continue;
      }
      const current = sourceDigest(original.text);
      const unchanged = existing?.text === typed;
      if (unchanged && !(input.reviewed.includes(field) && (existing.origin !== "human" || existing.sourceSha256 !== current))) continue;
      const refusal = whySaveIsRefused(ofField, { language, origin: "human" });
      if (refusal) throw new TranslationRefused(refusal);
      await tx.libraryText.upsert({
        where: key,
        create: { revisionId: revision.id, language, field, text: typed, origin: "human", sourceSha256: current },
        update: { text: typed, origin: "human", sourceSha256: current },
      });
      changed++;
    }
    return { ok: true as const, changed };
  }).catch((error: unknown) => {
    if (error instanceof TranslationRefused) return refused(error.refusal);
    throw error;
  });
}

/** Removes every translated field of the open draft in `language` (never the original). */
export async function removeTranslation(db: PrismaClient, { organisationId, entryId, language }: Omit<SaveCommand, "input">) {
  return db.$transaction(async (tx) => {
    const entry = await tx.libraryEntry.findFirst({ where: { id: entryId, organisationId }, select: { id: true, archivedAt: true } });
    if (!entry) return refused("noSuchEntry");
    const revision = await tx.libraryRevision.findFirst({ where: { entryId, status: "draft" }, select: { id: true } });
    if (!revision || entry.archivedAt) return refused("notADraft");
    const stillDraft = await tx.libraryRevision.updateMany({ where: { id: revision.id, status: "draft" }, data: { updatedAt: new Date() } });
    if (stillDraft.count !== 1) return refused("notADraft");
    const texts = await tx.libraryText.findMany({ where: { revisionId: revision.id }, select: { field: true, language: true, origin: true } });
    const own = texts.filter((text) => text.language === language);
    if (own.some((text) => text.origin === "original")) return refused("originalLanguage");
    for (const text of own) {
      const refusal = whyRemovalIsRefused(texts.filter((other) => other.field === text.field), language);
      if (refusal) return refused("noOriginal");
    }
    const removed = await tx.libraryText.deleteMany({ where: { revisionId: revision.id, language, origin: { not: "original" } } });
    return { ok: true as const, removed: removed.count };
  });
}

class TranslationRefused extends Error {
  constructor(readonly refusal: TranslationRefusal) {
    super(refusal);
  }
}

const refused = (error: TranslationRefusal) => ({ ok: false as const, error });
