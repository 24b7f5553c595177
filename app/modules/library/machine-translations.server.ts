// Machine translations of a library entry's open revision: an editor asks for some target
// languages, and a timed job per (revision, language) translates every field of the
// original language in the background, so the work survives a restart and is retried
// with the job runner's backoff when the service is down or busy. Rows are written with
// origin "machine" and the digest of the original they were made from; a text a person
// wrote (original or human translation) is never replaced.
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { LibraryRevisionStatus, LibraryTextField } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { rescheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { machineTranslationAvailable, machineTranslator, translateField } from "~/mechanisms/translations/machine-translation.server";
import {
  failureOrRetry,
  finishRequest,
  machineTranslationAttempts,
  openRequest,
  unfinishedRequests,
  writeLibraryMachineText,
  type Failed,
} from "~/mechanisms/translations/machine-translation-requests.server";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import type { Origin } from "~/utils/origin";
import { isLanguage, languages } from "~/utils/languages";
import { openStatuses } from "./entries.server";


/** Which fields are Markdown (translated block by block); the others are plain text. */
const markdownFields: ReadonlySet<LibraryTextField> = new Set(["body"]);

const jobKey = (revisionId: string, target: string) => `${revisionId}:${target}`;

export type RequestRefusal = "machineTranslationUnavailable" | "revisionGone" | "revisionNotOpen" | "noTargets";

/**
 * Asks for machine translations of a revision into `targets` (portal languages; the
 * original language and unknown codes are left out). The caller's route has checked that
 * `requestedBy` may edit the entry. Refused when no service is configured, or the revision
 * is not open (submitted revisions stay open until decided; published ones never change).
 * Asking again for a language already asked for starts it again from the first attempt.
 */
export async function requestMachineTranslations(
  prisma: PrismaClient,
  input: { revisionId: string; targets: readonly string[]; requestedBy: string },
  origin?: Origin,
): Promise<{ ok: true; targets: string[] } | { ok: false; error: RequestRefusal }> {
  if (!machineTranslationAvailable()) return { ok: false, error: "machineTranslationUnavailable" };
  return prisma.$transaction(async (tx): Promise<{ ok: true; targets: string[] } | { ok: false; error: RequestRefusal }> => {
    const revision = await tx.libraryRevision.findUnique({
      where: { id: input.revisionId },
      select: { status: true, entry: { select: { originalLanguage: true, organisationId: true } } },
    });
    if (!revision) return { ok: false, error: "revisionGone" };
    if (!openStatuses.includes(revision.status)) return { ok: false, error: "revisionNotOpen" };
    const targets = languages.filter((language) => input.targets.includes(language) && language !== revision.entry.originalLanguage);
    if (targets.length === 0) return { ok: false, error: "noTargets" };
    for (const target of targets) {
      await openRequest(tx, { revisionId: input.revisionId }, target);
      await rescheduleJob(tx, translateLibraryRevision, {
        key: jobKey(input.revisionId, target),
        payload: { revisionId: input.revisionId, target },
        runAt: new Date(),
      });
    }
    await recordAudit(tx, {
      action: "library.machine_translation_requested",
      actorId: input.requestedBy,
      organisationId: revision.entry.organisationId,
      ipAddress: origin?.clientAddress,
      details: { revisionId: input.revisionId, targets },
    });
    return { ok: true, targets };
  });
}

/** The languages an editor may ask for: every portal language but the original. */
export function machineTranslationTargets(originalLanguage: string) {
  return languages.filter((language) => language !== originalLanguage);
}

/** This revision's requests that are pending or failed, for its editors. */
export function unfinishedMachineTranslations(db: PrismaClient | Prisma.TransactionClient, revisionId: string) {
  return unfinishedRequests(db, { revisionId }, { kind: translateLibraryRevision.kind, key: (target) => jobKey(revisionId, target) });
}

type Translated = { field: LibraryTextField; text: string; sourceSha256: string };
type Prepared = { kind: "gone" } | Failed | { kind: "translated"; originalLanguage: string; translations: Translated[] };

const payloadSchema = z.object({ revisionId: z.string().min(1), target: z.string().refine(isLanguage) });

/**
 * The job: the service is called before the transaction (prepare: it may take seconds
 * and writes nothing), then the transaction writes what was translated, if the revision
 * is still open and its original still says what was translated.
 */
export const translateLibraryRevision = defineTimedJob<typeof payloadSchema, Prepared>({
  kind: "library.machine-translation",
  payload: payloadSchema,
  maxAttempts: machineTranslationAttempts,
  async prepare(db, { revisionId, target }, { attempts }) {
    const revision = await db.libraryRevision.findUnique({
      where: { id: revisionId },
      select: {
        status: true,
        entry: { select: { originalLanguage: true } },
        texts: { where: { language: { in: [target] } }, select: { field: true, origin: true, sourceSha256: true } },
      },
    });
    if (!revision) return { kind: "gone" };
    if (!openStatuses.includes(revision.status)) return { kind: "failed", failure: "revisionClosed" };
    const source = revision.entry.originalLanguage;
    const originals = await db.libraryText.findMany({ where: { revisionId, language: source }, select: { field: true, text: true } });
    if (originals.length === 0) return { kind: "failed", failure: "originalMissing" };
    const existing = new Map(revision.texts.map((text) => [text.field, text]));
    // A person's text stays; a machine translation of this very original needs no new one.
    const wanted = originals.filter(({ field, text }) => {
      const current = existing.get(field);
      return !current || (current.origin === "machine" && current.sourceSha256 !== sourceDigest(text));
    });
    const translator = machineTranslator();
    if (!translator) return { kind: "failed", failure: "unavailable" };
    try {
      if (!(await translator.offers(source, target))) return { kind: "failed", failure: "unsupportedLanguage" };
      const translations: Translated[] = [];
      for (const { field, text } of wanted) {
        const translated = await translateField(translator, { text, source, target, markdown: markdownFields.has(field) });
        translations.push({ field, text: translated, sourceSha256: sourceDigest(text) });
      }
      return { kind: "translated", originalLanguage: source, translations };
    } catch (error) {
      return failureOrRetry(error, attempts);
    }
  },
  async run(tx, { revisionId, target }, { prepared }) {
    if (prepared.kind === "gone") return;
    const subject = { revisionId };
    if (prepared.kind === "failed") return finishRequest(tx, subject, target, prepared.failure);
    // A conditional no-op update of the revision holds its row until commit: a submission
    // or a decision made meanwhile either waits for these texts or has made this update
    // find nothing, so nothing is ever written into a revision once it is published.
    const stillOpen = await tx.$executeRaw`
      UPDATE "LibraryRevision" SET "status" = "status" WHERE "id" = ${revisionId} AND "status" IN ('draft', 'in_review')`;
    if (stillOpen === 0) return finishRequest(tx, subject, target, "revisionClosed");
    const originals = await tx.libraryText.findMany({ where: { revisionId, language: prepared.originalLanguage }, select: { field: true, text: true } });
    const current = new Map(originals.map(({ field, text }) => [field, sourceDigest(text)]));
    let originalChanged = false;
    for (const translation of prepared.translations) {
      const digest = current.get(translation.field);
      if (digest === undefined) continue; // the field was emptied meanwhile
      if (digest !== translation.sourceSha256) {
        originalChanged = true;
        continue;
      }
      await writeLibraryMachineText(tx, { revisionId, language: target, ...translation });
    }
    if (originalChanged) {
      // The editor changed the original while it was being translated: once more, with
      // the current text (this job is done in this transaction, so its key is free).
      await rescheduleJob(tx, translateLibraryRevision, { key: jobKey(revisionId, target), payload: { revisionId, target }, runAt: new Date() });
      return;
    }
    await finishRequest(tx, subject, target, null);
  },
});

/**
 * What an editing page offers: the languages to ask for and what is under way; null when
 * the portal has no translation service, or the revision is not open (nothing to offer).
 */
export async function machineTranslationOffer(db: PrismaClient, revision: { id: string; status: LibraryRevisionStatus; originalLanguage: string }) {
  if (!machineTranslationAvailable() || !openStatuses.includes(revision.status)) return null;
  return { targets: machineTranslationTargets(revision.originalLanguage), unfinished: await unfinishedMachineTranslations(db, revision.id) };
}

/**
 * The entry of this organisation that the machine translation page is about: its open
 * revision (if any) and its title in the original language; null for another
 * organisation's entry or none.
 */
export async function findEntryForMachineTranslation(db: PrismaClient, { entryId, organisationId }: { entryId: string; organisationId: string }) {
  const entry = await db.libraryEntry.findFirst({
    where: { id: entryId, organisationId },
    select: {
      id: true,
      originalLanguage: true,
      revisions: {
        where: { status: { in: [...openStatuses] } },
        select: { id: true, status: true, number: true, texts: { where: { field: "title" }, select: { language: true, text: true } } },
      },
    },
  });
  if (!entry) return null;
  const open = entry.revisions[0] ?? null;
  const title = open?.texts.find((text) => text.language === entry.originalLanguage)?.text ?? null;
  return {
    id: entry.id,
    originalLanguage: entry.originalLanguage,
    title,
    openRevision: open ? { id: open.id, status: open.status, number: open.number } : null,
  };
}
