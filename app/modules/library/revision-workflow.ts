// The library's workflow as one table of allowed moves (docs/decisions/008): a revision goes
// draft → in review → published (or back to draft with the reviewer's notes), and the
// published one is superseded when a newer one is approved. The entry itself is archived
// (and brought back) as a second, small table on the entry. Every move goes through
// performMove with these Workflows: the conditional update, the history row and the audit
// entry in the caller's transaction. Mails are sent by the commands (review.server.ts,
// entries.server.ts), which know the author and the entry's title.
import type { LibraryRevisionStatus } from "~/generated/prisma/enums";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import type { TransitionTable } from "~/mechanisms/workflows/transitions";

/** Who makes a move: an editor or admin of the organisation, a coordinator, or an approval (of a newer revision). */
export type RevisionActor = "editor" | "coordinator" | "approval";

export const revisionTransitions: TransitionTable<LibraryRevisionStatus, RevisionActor> = [
  { from: "draft", to: "in_review", by: "editor" },
  { from: "in_review", to: "draft", by: "coordinator" },
  { from: "in_review", to: "published", by: "coordinator" },
  { from: "published", to: "superseded", by: "approval" },
];

/** What every move carries besides the table's own fields. */
export type MoveDetails = { actorId: string; organisationId: string; entryId: string; notes?: string; ipAddress?: string };

export const revisionWorkflow: Workflow<LibraryRevisionStatus, RevisionActor, MoveDetails> = {
  transitions: revisionTransitions,
  setState: (tx, where, move) => {
    const now = new Date();
    const data =
      move.to === "in_review"
        ? { status: move.to, submittedAt: now }
        : move.to === "draft"
          ? { status: move.to, reviewerId: move.actorId, decidedAt: now, reviewNotes: move.notes ?? null }
          : move.to === "published"
            ? { status: move.to, reviewerId: move.actorId, decidedAt: now, reviewNotes: null }
            : { status: move.to };
    return tx.libraryRevision.updateMany({ where, data });
  },
  recordHistory: (tx, move) =>
    tx.libraryRevisionEvent.create({
      data: { revisionId: move.id, from: move.from, to: move.to, actorId: move.actorId, notes: move.notes ?? null },
    }),
  auditEntry: (move) => {
    // The superseding is told by the approval's own entry (which names the revision it replaces).
    if (move.to === "superseded") return null;
    const action =
      move.to === "in_review" ? "library.revision_submitted" : move.to === "draft" ? "library.revision_sent_back" : "library.revision_published";
    return {
      action,
      actorId: move.actorId,
      organisationId: move.organisationId,
      ipAddress: move.ipAddress ?? "",
      details: { entry: move.entryId, revision: move.id },
    };
  },
};

/** An entry is either on show (its published revision) or archived: kept, but out of pages, search and feed. */
export type EntryState = "published" | "archived";
export type EntryActor = "coordinator" | "organisationAdmin";

export const entryTransitions: TransitionTable<EntryState, EntryActor> = [
  { from: "published", to: "archived", by: "coordinator" },
  { from: "published", to: "archived", by: "organisationAdmin" },
  { from: "archived", to: "published", by: "coordinator" },
];

export const entryWorkflow: Workflow<EntryState, EntryActor, Omit<MoveDetails, "entryId" | "notes">> = {
  transitions: entryTransitions,
  // The state is read from archivedAt; only an entry with a published revision can be archived.
  setState: (tx, where, move) =>
    tx.libraryEntry.updateMany({
      where: { id: where.id, publishedRevisionId: { not: null }, archivedAt: where.status === "archived" ? { not: null } : null },
      data: { archivedAt: move.to === "archived" ? new Date() : null },
    }),
  // The entry keeps no history table of its own: the audit log is its history (who, when, which way).
  auditEntry: (move) => ({
    action: move.to === "archived" ? "library.entry_archived" : "library.entry_unarchived",
    actorId: move.actorId,
    organisationId: move.organisationId,
    ipAddress: move.ipAddress ?? "",
    details: { entry: move.id, by: move.by },
  }),
};

export function entryState(entry: { archivedAt: Date | string | null }): EntryState {
  return entry.archivedAt ? "archived" : "published";
}
