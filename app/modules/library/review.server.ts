// The coordinators' side of the library: the queue of revisions in review, one revision as
// its reviewer reads it (with what changed since the published one), and the decision:
// back to draft with notes, or approved (published, the previous published revision
// superseded, the entry pointing at it). Decisions on one entry are taken one at a time
// under its lock, so of two coordinators deciding at once, the second is told the first's.
import type { LibraryRevisionStatus, LibraryTextField, PrismaClient } from "~/generated/prisma/client";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import type { Origin } from "~/utils/origin";
import { entryLock, mustMove, titleFor } from "./entries.server";
import { revisionWorkflow } from "./revision-workflow";
import { isOutOfDate } from "~/mechanisms/translations/source-digest";

/** Revisions waiting for a decision, the longest-waiting first. */
export async function listReviewQueue(prisma: PrismaClient, reader: string) {
  const revisions = await prisma.libraryRevision.findMany({
    where: { status: "in_review" },
    select: {
      id: true,
      number: true,
      submittedAt: true,
      entry: { select: { kind: true, originalLanguage: true, publishedRevisionId: true, organisation: { select: { name: true, slug: true } } } },
      texts: { where: { field: "title" }, select: { language: true, text: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  return revisions.map((revision) => ({
    id: revision.id,
    number: revision.number,
    submittedAt: revision.submittedAt,
    kind: revision.entry.kind,
    organisation: revision.entry.organisation,
    isChange: revision.entry.publishedRevisionId !== null,
    title: titleFor(revision.texts, reader, revision.entry.originalLanguage),
  }));
}

const textFieldOrder: LibraryTextField[] = ["title", "summary", "body", "easy_read", "target_group", "outcomes"];
const structuredOrder = ["visibility", "themes", "audiences", "countryCode", "links", "settings", "evidence", "serviceLanguages", "hostsVisitors"] as const;
export type ReviewField = LibraryTextField | (typeof structuredOrder)[number];

/** One revision for its review page: its fields in the original language, and which differ from the published revision. */
export async function revisionForReview(prisma: PrismaClient, revisionId: string) {
  const revision = await prisma.libraryRevision.findUnique({
    where: { id: revisionId },
    include: {
      texts: true,
      author: { select: { name: true } },
      history: { orderBy: { createdAt: "asc" }, select: { from: true, to: true, notes: true, createdAt: true } },
      entry: {
        select: {
          id: true,
          kind: true,
          originalLanguage: true,
          organisation: { select: { name: true, slug: true } },
          publishedRevision: { include: { texts: true } },
        },
      },
    },
  });
  if (!revision) return null;
  const { entry } = revision;
  const originalText = (texts: { language: string; field: LibraryTextField; text: string }[], field: LibraryTextField) =>
    texts.find((text) => text.language === entry.originalLanguage && text.field === field)?.text ?? "";
  const texts = Object.fromEntries(textFieldOrder.map((field) => [field, originalText(revision.texts, field)])) as Record<LibraryTextField, string>;
  const published = entry.publishedRevision && entry.publishedRevision.id !== revision.id ? entry.publishedRevision : null;
  const structured = (source: NonNullable<typeof published> | typeof revision) => ({
    visibility: source.visibility,
    themes: source.themes,
    audiences: source.audiences,
    countryCode: source.countryCode,
    links: source.links,
    settings: source.settings,
    evidence: source.evidence,
    serviceLanguages: source.serviceLanguages,
    hostsVisitors: source.hostsVisitors,
  });
  const mine = structured(revision);
  const changed: ReviewField[] = published
    ? [
        ...textFieldOrder.filter((field) => originalText(published.texts, field) !== texts[field]),
        ...structuredOrder.filter((field) => JSON.stringify(structured(published)[field]) !== JSON.stringify(mine[field])),
      ]
    : [];
  return {
    id: revision.id,
    number: revision.number,
    status: revision.status,
    submittedAt: revision.submittedAt,
    reviewNotes: revision.reviewNotes,
    author: revision.author?.name ?? null,
    entry: { id: entry.id, kind: entry.kind, originalLanguage: entry.originalLanguage, organisation: entry.organisation },
    texts,
    // Every translation of the revision, field by field, for the reviewer to check.
    translations: revision.texts
      .filter((text) => text.language !== entry.originalLanguage)
      .map(({ language, field, text, origin, sourceSha256 }) => ({
        language,
        field,
        text,
        origin,
        original: texts[field],
        isOutOfDate: isOutOfDate({ sourceSha256 }, texts[field]),
      })),
    ...mine,
    links: (Array.isArray(mine.links) ? mine.links : []) as { label: string; url: string }[],
    publishedNumber: published?.number ?? null,
    previous: published
      ? Object.fromEntries(changed.map((field) => [field, field in texts ? originalText(published.texts, field as LibraryTextField) : null]))
      : {},
    changed,
    history: revision.history,
  };
}

export type Decision = {
  revisionId: string;
  /** The status the reviewer's page showed. */
  seenStatus: LibraryRevisionStatus;
  decision: "approve" | "sendBack";
  notes?: string;
  actorId: string;
};

/**
 * Decides on a revision in review. Under the entry's lock, the revision is read again: a
 * decision made meanwhile is answered with `decidedMeanwhile` and what it was, and nothing
 * changes. Approving publishes it, supersedes the previous published revision, points the
 * entry at it (and dates the entry's first publication); sending back needs notes. Either
 * way the author is mailed in their language.
 */
export async function decide(prisma: PrismaClient, input: Decision, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    const target = await tx.libraryRevision.findUnique({ where: { id: input.revisionId }, select: { entryId: true } });
    if (!target) return { ok: false as const, error: "entryGone" as const };
    await lockNames(tx, [entryLock(target.entryId)]);
    const revision = await tx.libraryRevision.findUniqueOrThrow({
      where: { id: input.revisionId },
      select: {
        status: true,
        author: { select: { name: true, email: true, preferredLanguage: true } },
        texts: { where: { field: "title" }, select: { language: true, text: true } },
        entry: {
          select: { id: true, organisationId: true, originalLanguage: true, publishedRevisionId: true, firstPublishedAt: true, organisation: { select: { slug: true } } },
        },
      },
    });
    const { entry } = revision;
    if (revision.status !== input.seenStatus || revision.status !== "in_review") {
      return { ok: false as const, error: "decidedMeanwhile" as const, status: revision.status };
    }
    if (input.decision === "sendBack" && !input.notes) return { ok: false as const, error: "notesRequired" as const };
    const details = { actorId: input.actorId, organisationId: entry.organisationId, entryId: entry.id, ipAddress: origin.clientAddress };
    const title = titleFor(revision.texts, entry.originalLanguage, entry.originalLanguage);
    const author = revision.author;
    if (input.decision === "sendBack") {
      mustMove(
        await performMove(tx, revisionWorkflow, { ...details, id: input.revisionId, from: "in_review", to: "draft", by: "coordinator", notes: input.notes }),
        "library revision",
      );
      if (author) {
        await mailPerson(tx, author, "librarySentBack", (language) => ({
          name: author.name,
          title,
          notes: input.notes ?? "",
          link: link(`/${language}/organisations/${entry.organisation.slug}/library/${entry.id}`),
        }));
      }
      return { ok: true as const, decision: input.decision };
    }
    if (entry.publishedRevisionId) {
      mustMove(
        await performMove(tx, revisionWorkflow, { ...details, id: entry.publishedRevisionId, from: "published", to: "superseded", by: "approval" }),
        "library revision superseded",
      );
    }
    mustMove(
      await performMove(tx, revisionWorkflow, { ...details, id: input.revisionId, from: "in_review", to: "published", by: "coordinator" }),
      "library revision",
    );
    await tx.libraryEntry.update({
      where: { id: entry.id },
      data: { publishedRevisionId: input.revisionId, firstPublishedAt: entry.firstPublishedAt ?? new Date() },
    });
    if (author) {
      await mailPerson(tx, author, "libraryApproved", (language) => ({
        name: author.name,
        title,
        link: link(`/${language}/library/${entry.id}`),
      }));
    }
    return { ok: true as const, decision: input.decision, supersededId: entry.publishedRevisionId };
  });
}
