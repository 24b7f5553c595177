// Reading the library: an entry as a reader may see it, its published revisions, and a
// comparison of one with the one before. A reader only ever sees published text: never a
// draft or a revision in review, never an archived entry, and a members-only entry only
// when signed in as a person of an active member or as network staff. To anyone else such
// an entry does not exist (a 404, never a 403 that would say it does).
import type { PrismaClient } from "~/generated/prisma/client";
import type { LibraryTextField } from "~/generated/prisma/enums";
import type { Actor } from "~/modules/auth/permissions";
import { diffWords, hasChanges, type DiffPart } from "~/utils/word-diff";
import { maySeeMembersOnly } from "./members-only.server";

type Db = Pick<PrismaClient, "libraryEntry" | "libraryRevision" | "organisationMembership">;

/** Ids the portal makes (cuid); anything else is no entry, before any query. */
export const isEntryId = (value: unknown): value is string => typeof value === "string" && /^[A-Za-z0-9_-]{1,60}$/.test(value);

const revisionForReaders = {
  id: true,
  number: true,
  visibility: true,
  themes: true,
  audiences: true,
  countryCode: true,
  links: true,
  settings: true,
  evidence: true,
  serviceLanguages: true,
  hostsVisitors: true,
  decidedAt: true,
  texts: { select: { field: true, language: true, text: true, origin: true, sourceSha256: true } },
  attachments: { select: { id: true, fileName: true, contentType: true, byteSize: true }, orderBy: { createdAt: "asc" } },
} as const;

export type EntryLink = { url: string; label: string };

/** The links a revision stores, as far as they are well-formed http(s) links. */
export function linksOf(stored: unknown): EntryLink[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item: unknown) => {
    if (!item || typeof item !== "object") return [];
    const { url, label } = item as { url?: unknown; label?: unknown };
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return [];
    return [{ url, label: typeof label === "string" && label.trim() !== "" ? label : url }];
  });
}

/**
 * The entry as `reader` may read it: its published revision with every stored text (the
 * page picks the language, app/mechanisms/translations/pick-fields.ts), the organisation
 * and the attachments. Null when there is no such entry for this reader.
 */
export async function findEntryForReader(db: Db, entryId: string, reader: Actor | null) {
  if (!isEntryId(entryId)) return null;
  const entry = await db.libraryEntry.findUnique({
    where: { id: entryId },
    select: {
      id: true,
      kind: true,
      originalLanguage: true,
      archivedAt: true,
      firstPublishedAt: true,
      organisation: { select: { name: true, slug: true, type: true, countryCode: true } },
      publishedRevision: { select: { ...revisionForReaders, status: true } },
    },
  });
  if (!entry || entry.archivedAt || !entry.publishedRevision || entry.publishedRevision.status !== "published") return null;
  const { publishedRevision, archivedAt: _archivedAt, ...rest } = entry;
  if (publishedRevision.visibility === "members" && !(await maySeeMembersOnly(db, reader))) return null;
  const { status: _status, links, ...revision } = publishedRevision;
  return { ...rest, revision: { ...revision, links: linksOf(links) } };
}

export type EntryForReader = NonNullable<Awaited<ReturnType<typeof findEntryForReader>>>;

/** Published and superseded: every revision readers have seen. */
const everPublished = { in: ["published" as const, "superseded" as const] };

/**
 * The entry's revisions this reader may read in its history: every one ever published, but
 * for a reader who may not see members-only entries only those that were public (an entry
 * made public later must not show its members-only past).
 */
async function historyFor(db: Db, entryId: string, reader: Actor | null) {
  const membersOnlyToo = await maySeeMembersOnly(db, reader);
  return { entryId, status: everPublished, ...(membersOnlyToo ? {} : { visibility: "public" as const }) };
}

/** The entry's published revisions, newest first, for its history page; null when the reader may not see the entry. */
export async function listPublishedRevisions(db: Db, entryId: string, reader: Actor | null) {
  const entry = await findEntryForReader(db, entryId, reader);
  if (!entry) return null;
  const revisions = await db.libraryRevision.findMany({
    where: await historyFor(db, entry.id, reader),
    select: { number: true, decidedAt: true, status: true },
    orderBy: { number: "desc" },
  });
  return { entry, revisions };
}

const comparedFields: LibraryTextField[] = ["title", "summary", "body", "easy_read", "target_group", "outcomes"];

export type FieldComparison = { field: LibraryTextField; parts: DiffPart[] };

/**
 * Revision `number` of the entry beside the published revision before it, field by field
 * in the entry's original language, word by word. Null when the reader may not see the
 * entry or the revision was never published.
 */
export async function compareWithPrevious(db: Db, entryId: string, number: number, reader: Actor | null) {
  const entry = await findEntryForReader(db, entryId, reader);
  if (!entry || !Number.isSafeInteger(number) || number < 1) return null;
  const select = {
    number: true,
    decidedAt: true,
    themes: true,
    audiences: true,
    links: true,
    texts: { where: { origin: "original" as const }, select: { field: true, text: true, language: true } },
  };
  const history = await historyFor(db, entry.id, reader);
  const revision = await db.libraryRevision.findFirst({ where: { ...history, number }, select });
  if (!revision) return null;
  const previous = await db.libraryRevision.findFirst({
    where: { ...history, number: { lt: number } },
    orderBy: { number: "desc" },
    select,
  });
  const textOf = (r: typeof revision | null, field: LibraryTextField) => r?.texts.find((text) => text.field === field)?.text ?? "";
  const fields: FieldComparison[] = comparedFields
    .map((field) => ({ field, parts: diffWords(textOf(previous, field), textOf(revision, field)) }))
    .filter(({ parts }) => parts.length > 0);
  const listChange = (before: readonly string[], after: readonly string[]) => ({
    added: after.filter((item) => !before.includes(item)),
    removed: before.filter((item) => !after.includes(item)),
  });
  const linkUrls = (stored: unknown) => linksOf(stored).map((link) => link.url);
  return {
    entry,
    revision: { number: revision.number, decidedAt: revision.decidedAt },
    previous: previous ? { number: previous.number, decidedAt: previous.decidedAt } : null,
    language: revision.texts[0]?.language ?? entry.originalLanguage,
    fields,
    changed: fields.some(({ parts }) => hasChanges(parts)),
    themes: listChange(previous?.themes ?? [], revision.themes),
    audiences: listChange(previous?.audiences ?? [], revision.audiences),
    links: listChange(linkUrls(previous?.links), linkUrls(revision.links)),
  };
}
