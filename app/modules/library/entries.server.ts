// Writing the library: an organisation's entries, each written as revisions in its original
// language. createEntry makes the entry and its first draft; saveOpenRevision changes the open
// revision (refused over a colleague's newer save); startNewRevision opens a change to a
// published entry; submitForReview hands it to the coordinators (review.server.ts decides).
import type { LibraryEntryKind, LibraryRevisionStatus, LibraryTextField, Prisma, PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { MoveRefused, performMove } from "~/mechanisms/workflows/perform-move.server";
import type { Origin } from "~/utils/origin";
import type { RevisionContent } from "./entries.schemas";
import { entryState, entryWorkflow, revisionWorkflow, type EntryActor } from "./revision-workflow";

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

/** The statuses of the one revision being written or reviewed (the partial unique index's). */
/** The statuses of an open revision (one per entry, the partial unique index of the library migration). */
export const openStatuses: LibraryRevisionStatus[] = ["draft", "in_review"];

/** The lock every change to one entry's revisions takes, so "the open revision" means one row. */
export const entryLock = (entryId: string) => `library:entry:${entryId}`;

/** The text fields of a revision, by the name the forms use. */
const textFields = {
  title: "title",
  summary: "summary",
  body: "body",
  easyRead: "easy_read",
  targetGroup: "target_group",
  outcomes: "outcomes",
} as const satisfies Record<string, LibraryTextField>;

type TextFieldName = keyof typeof textFields;
export type RevisionTexts = Partial<Record<TextFieldName, string>>;

function structuredFields(content: RevisionContent) {
  return {
    visibility: content.visibility,
    themes: content.themes,
    audiences: content.audiences,
    countryCode: content.countryCode ?? null,
    links: content.links.map(({ label, url }) => ({ label, url })),
    settings: content.settings,
    evidence: content.evidence ?? null,
    serviceLanguages: content.serviceLanguages,
    hostsVisitors: content.hostsVisitors,
  } satisfies Prisma.LibraryRevisionUpdateInput;
}

/** The original-language texts: written where filled in, removed where emptied. */
async function writeOriginalTexts(tx: Tx, revisionId: string, language: string, content: RevisionContent) {
  for (const [name, field] of Object.entries(textFields) as [TextFieldName, LibraryTextField][]) {
    const value = content[name]?.normalize("NFC");
    const key = { revisionId_language_field: { revisionId, language, field } };
    if (value) {
      await tx.libraryText.upsert({
        where: key,
        create: { revisionId, language, field, text: value, origin: "original" },
        update: { text: value, origin: "original", sourceSha256: null },
      });
    } else {
      await tx.libraryText.deleteMany({ where: { revisionId, language, field } });
    }
  }
}

export type NewEntry = {
  organisationId: string;
  actorId: string;
  kind: LibraryEntryKind;
  originalLanguage: string;
  content: RevisionContent;
};

/** Only an active member writes in the library; the route checks the role, this the status. */
async function organisationIsActive(db: Db, organisationId: string) {
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { status: true } });
  return organisation?.status === "active";
}

/** The entry, its revision 1 in draft and its texts in the original language, in one transaction. */
export async function createEntry(prisma: PrismaClient, input: NewEntry, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    if (!(await organisationIsActive(tx, input.organisationId))) return { ok: false as const, error: "notActiveMember" as const };
    const entry = await tx.libraryEntry.create({
      data: { organisationId: input.organisationId, kind: input.kind, originalLanguage: input.originalLanguage },
      select: { id: true },
    });
    const revision = await tx.libraryRevision.create({
      data: { entryId: entry.id, number: 1, status: "draft", authorId: input.actorId, ...structuredFields(input.content) },
      select: { id: true },
    });
    await writeOriginalTexts(tx, revision.id, input.originalLanguage, input.content);
    await tx.libraryRevisionEvent.create({ data: { revisionId: revision.id, from: null, to: "draft", actorId: input.actorId } });
    await recordAudit(tx, {
      action: "library.entry_created",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { entry: entry.id, revision: revision.id, kind: input.kind, language: input.originalLanguage },
    });
    return { ok: true as const, entryId: entry.id, revisionId: revision.id };
  });
}

export type SaveRevision = {
  organisationId: string;
  /** The entry in the page's address: the revision must be one of its own. */
  entryId: string;
  actorId: string;
  revisionId: string;
  /** The revision's updatedAt as the form showed it. */
  seenUpdatedAt: Date;
  content: RevisionContent;
};

/**
 * Saves the open revision's fields and its original-language texts (translations stay as
 * they are, and so show as out of date where the original changed). Refused when the
 * revision is not a draft of this organisation's, or was saved by someone else since the
 * form was shown (`editedMeanwhile`): nothing is written then.
 */
export async function saveOpenRevision(prisma: PrismaClient, input: SaveRevision, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    const revision = await tx.libraryRevision.findFirst({
      where: { id: input.revisionId, entry: { organisationId: input.organisationId }, entryId: input.entryId },
      select: { entryId: true, entry: { select: { originalLanguage: true } } },
    });
    if (!revision) return { ok: false as const, error: "entryGone" as const };
    // Conditional on the state and the version the form showed: a colleague's save or a
    // submission meanwhile changes one of them, and this save then changes nothing.
    const updated = await tx.libraryRevision.updateMany({
      where: { id: input.revisionId, status: "draft", updatedAt: input.seenUpdatedAt },
      // Strictly later than the version seen, so the next save's check tells them apart
      // even within one millisecond.
      data: { ...structuredFields(input.content), updatedAt: new Date(Math.max(Date.now(), input.seenUpdatedAt.getTime() + 1)) },
    });
    if (updated.count !== 1) {
      const now = await tx.libraryRevision.findUnique({ where: { id: input.revisionId }, select: { status: true } });
      return { ok: false as const, error: now?.status === "draft" ? ("editedMeanwhile" as const) : ("revisionNotOpen" as const) };
    }
    await writeOriginalTexts(tx, input.revisionId, revision.entry.originalLanguage, input.content);
    void origin;
    return { ok: true as const, entryId: revision.entryId };
  });
}

/**
 * Opens a change to a published entry: a new draft copying the published revision's fields,
 * every text as it is (translations keep the digest of the original they were made from)
 * and its attachment rows. Two editors starting at once get the same revision: the entry's
 * lock makes the second wait and find the first's.
 */
export async function startNewRevision(
  prisma: PrismaClient,
  input: { organisationId: string; entryId: string; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    if (!(await organisationIsActive(tx, input.organisationId))) return { ok: false as const, error: "notActiveMember" as const };
    await lockNames(tx, [entryLock(input.entryId)]);
    const entry = await tx.libraryEntry.findFirst({
      where: { id: input.entryId, organisationId: input.organisationId },
      select: {
        archivedAt: true,
        publishedRevision: { include: { texts: true, attachments: true } },
        revisions: { where: { status: { in: openStatuses } }, select: { id: true } },
      },
    });
    if (!entry) return { ok: false as const, error: "entryGone" as const };
    const open = entry.revisions[0];
    if (open) return { ok: true as const, revisionId: open.id, started: false };
    const published = entry.publishedRevision;
    if (!published || entry.archivedAt) return { ok: false as const, error: "revisionNotOpen" as const };
    const last = await tx.libraryRevision.aggregate({ where: { entryId: input.entryId }, _max: { number: true } });
    const revision = await tx.libraryRevision.create({
      data: {
        entryId: input.entryId,
        number: (last._max.number ?? 0) + 1,
        status: "draft",
        authorId: input.actorId,
        visibility: published.visibility,
        themes: published.themes,
        audiences: published.audiences,
        countryCode: published.countryCode,
        links: published.links as Prisma.InputJsonValue,
        settings: published.settings,
        evidence: published.evidence,
        serviceLanguages: published.serviceLanguages,
        hostsVisitors: published.hostsVisitors,
      },
      select: { id: true },
    });
    await tx.libraryText.createMany({
      data: published.texts.map(({ language, field, text, origin: textOrigin, sourceSha256 }) => ({
        revisionId: revision.id,
        language,
        field,
        text,
        origin: textOrigin,
        sourceSha256,
      })),
    });
    await tx.libraryAttachment.createMany({
      data: published.attachments.map(({ fileName, contentType, byteSize, sha256 }) => ({
        revisionId: revision.id,
        fileName,
        contentType,
        byteSize,
        sha256,
      })),
    });
    await tx.libraryRevisionEvent.create({ data: { revisionId: revision.id, from: null, to: "draft", actorId: input.actorId } });
    await recordAudit(tx, {
      action: "library.revision_started",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { entry: input.entryId, revision: revision.id, from: published.id },
    });
    return { ok: true as const, revisionId: revision.id, started: true };
  });
}

/** Hands the draft to the coordinators, as the page showed it (a colleague's save meanwhile is refused). */
export async function submitForReview(
  prisma: PrismaClient,
  input: { organisationId: string; entryId: string; revisionId: string; actorId: string; seenUpdatedAt: Date },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    if (!(await organisationIsActive(tx, input.organisationId))) return { ok: false as const, error: "notActiveMember" as const };
    const revision = await tx.libraryRevision.findFirst({
      where: { id: input.revisionId, entry: { organisationId: input.organisationId }, entryId: input.entryId },
      select: { entryId: true, status: true, updatedAt: true },
    });
    if (!revision) return { ok: false as const, error: "entryGone" as const };
    if (revision.status === "draft" && revision.updatedAt.getTime() !== input.seenUpdatedAt.getTime()) {
      return { ok: false as const, error: "editedMeanwhile" as const };
    }
    const moved = await performMove(tx, revisionWorkflow, {
      id: input.revisionId,
      from: "draft",
      to: "in_review",
      by: "editor",
      actorId: input.actorId,
      organisationId: input.organisationId,
      entryId: revision.entryId,
      ipAddress: origin.clientAddress,
    });
    if (!moved.ok) return { ok: false as const, error: "revisionNotOpen" as const };
    return { ok: true as const, entryId: revision.entryId };
  });
}

/**
 * Archives a published entry (a coordinator, or the organisation's admin) or brings it back
 * (a coordinator); the author of its published revision is told in their language.
 */
export async function moveEntry(
  prisma: PrismaClient,
  input: { organisationId: string; entryId: string; actorId: string; by: EntryActor; to: "archived" | "published" },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    await lockNames(tx, [entryLock(input.entryId)]);
    const entry = await tx.libraryEntry.findFirst({
      where: { id: input.entryId, organisationId: input.organisationId },
      select: {
        archivedAt: true,
        originalLanguage: true,
        organisation: { select: { slug: true } },
        publishedRevision: {
          select: {
            author: { select: { name: true, email: true, preferredLanguage: true } },
            texts: { where: { field: "title" }, select: { language: true, text: true } },
          },
        },
      },
    });
    if (!entry) return { ok: false as const, error: "entryGone" as const };
    const from = entryState(entry);
    const moved = await performMove(tx, entryWorkflow, {
      id: input.entryId,
      from,
      to: input.to,
      by: input.by,
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
    });
    if (!moved.ok) return { ok: false as const, error: "statusChangeNotAllowed" as const };
    const author = entry.publishedRevision?.author;
    if (author && input.to === "archived") {
      const title = entry.publishedRevision?.texts.find((text) => text.language === entry.originalLanguage)?.text ?? "";
      await mailPerson(tx, author, "libraryEntryArchived", (language) => ({
        name: author.name,
        title,
        link: link(`/${language}/organisations/${entry.organisation.slug}/library/${input.entryId}`),
      }));
    }
    return { ok: true as const };
  });
}

/** Throws inside a transaction that cannot go on without its move. */
export function mustMove(result: { ok: boolean; error?: "moveNotAllowed" | "staleState" }, what: string) {
  if (!result.ok) throw new MoveRefused(result.error ?? "staleState", what);
}

/** A title in the reader's language where there is one, else the original's. */
export function titleFor(texts: { language: string; field?: string; text: string }[], reader: string, original: string) {
  const titles = texts.filter((text) => text.field === undefined || text.field === "title");
  return titles.find((text) => text.language === reader)?.text ?? titles.find((text) => text.language === original)?.text ?? "";
}

export type NextStep = "write" | "inReview" | "change" | "archived";

/** The organisation's entries, newest change first, with where each stands and what to do next. */
export async function listOrganisationEntries(prisma: PrismaClient, organisationId: string, reader: string) {
  const entries = await prisma.libraryEntry.findMany({
    where: { organisationId },
    select: {
      id: true,
      kind: true,
      originalLanguage: true,
      archivedAt: true,
      publishedRevisionId: true,
      updatedAt: true,
      revisions: {
        where: { OR: [{ status: { in: openStatuses } }, { status: "published" }] },
        select: {
          id: true,
          number: true,
          status: true,
          reviewNotes: true,
          updatedAt: true,
          texts: { where: { field: "title" }, select: { language: true, text: true } },
        },
        orderBy: { number: "desc" },
      },
    },
  });
  return entries
    .map((entry) => {
      const open = entry.revisions.find((revision) => openStatuses.includes(revision.status));
      const shown = open ?? entry.revisions[0];
      const next: NextStep = entry.archivedAt ? "archived" : open?.status === "in_review" ? "inReview" : open ? "write" : "change";
      return {
        id: entry.id,
        kind: entry.kind,
        title: titleFor(shown?.texts ?? [], reader, entry.originalLanguage),
        published: entry.publishedRevisionId !== null,
        archived: entry.archivedAt !== null,
        openStatus: open?.status ?? null,
        sentBack: open?.status === "draft" && Boolean(open.reviewNotes),
        next,
        changedAt: (open ?? shown)?.updatedAt ?? entry.updatedAt,
      };
    })
    .sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
}

/** One entry for its editing page: the open revision with its original texts, else the published one. */
export async function entryForEditing(prisma: PrismaClient, organisationId: string, entryId: string) {
  const entry = await prisma.libraryEntry.findFirst({
    where: { id: entryId, organisationId },
    select: {
      id: true,
      kind: true,
      originalLanguage: true,
      archivedAt: true,
      publishedRevisionId: true,
      firstPublishedAt: true,
      revisions: {
        where: { OR: [{ status: { in: openStatuses } }, { status: "published" }] },
        include: { texts: true, attachments: { select: { id: true } } },
        orderBy: { number: "desc" },
      },
    },
  });
  if (!entry) return null;
  const toForm = (revision: (typeof entry.revisions)[number]) => {
    const original = (field: LibraryTextField) =>
      revision.texts.find((text) => text.language === entry.originalLanguage && text.field === field)?.text ?? "";
    return {
      id: revision.id,
      number: revision.number,
      status: revision.status,
      updatedAt: revision.updatedAt.toISOString(),
      submittedAt: revision.submittedAt,
      reviewNotes: revision.reviewNotes,
      title: original("title"),
      summary: original("summary"),
      body: original("body"),
      easyRead: original("easy_read"),
      targetGroup: original("target_group"),
      outcomes: original("outcomes"),
      visibility: revision.visibility,
      themes: revision.themes,
      audiences: revision.audiences,
      countryCode: revision.countryCode ?? "",
      links: (Array.isArray(revision.links) ? revision.links : []) as { label: string; url: string }[],
      settings: revision.settings,
      evidence: revision.evidence ?? "",
      serviceLanguages: revision.serviceLanguages,
      hostsVisitors: revision.hostsVisitors,
      translations: [...new Set(revision.texts.filter((text) => text.origin !== "original").map((text) => text.language))].sort(),
      attachmentCount: revision.attachments.length,
    };
  };
  const open = entry.revisions.find((revision) => openStatuses.includes(revision.status));
  const published = entry.revisions.find((revision) => revision.status === "published");
  return {
    id: entry.id,
    kind: entry.kind,
    originalLanguage: entry.originalLanguage,
    archived: entry.archivedAt !== null,
    published: entry.publishedRevisionId !== null,
    open: open ? toForm(open) : null,
    publishedRevision: published ? toForm(published) : null,
  };
}
