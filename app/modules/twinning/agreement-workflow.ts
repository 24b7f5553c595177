// An agreement's status as one table of allowed moves (docs/decisions/008 and 019). Who
// moves: the drafting side ("author": it proposes or withdraws what it wrote), either side
// ("party": a new revision), the side that did not write the latest revision
// ("recipient": it declines), the third standing signature on the latest revision
// ("signatures"), a party's admin or a coordinator (terminating), and the calendar
// ("schedule": active on the first day, completed after the last). A change of an agreed
// or active agreement is a move from the status to itself: the new revision, and later its
// coming into force, are written in the history like any other move.
// The first state (draft) is not a move: it is written with the agreement (agreements.server.ts).
import type { Prisma } from "~/generated/prisma/client";
import type { AgreementStatus } from "~/generated/prisma/enums";
import type { AuditAction } from "~/mechanisms/audit/audit-actions";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import type { TransitionTable } from "~/mechanisms/workflows/transitions";

export type AgreementActor = "author" | "party" | "recipient" | "signatures" | "partyAdmin" | "coordinator" | "schedule";

export const agreementTransitions: TransitionTable<AgreementStatus, AgreementActor> = [
  { from: "draft", to: "proposed", by: "author" },
  { from: "draft", to: "withdrawn", by: "author" },
  // Negotiating: either side writes a new revision; the other may decline it.
  { from: "proposed", to: "revised", by: "party" },
  { from: "revised", to: "revised", by: "party" },
  { from: "proposed", to: "declined", by: "recipient" },
  { from: "revised", to: "declined", by: "recipient" },
  { from: "proposed", to: "withdrawn", by: "author" },
  { from: "revised", to: "withdrawn", by: "author" },
  // The third standing signature on the latest revision.
  { from: "proposed", to: "agreed", by: "signatures" },
  { from: "revised", to: "agreed", by: "signatures" },
  // A change of the terms in force: a new revision, then its three signatures.
  { from: "agreed", to: "agreed", by: "party" },
  { from: "active", to: "active", by: "party" },
  { from: "agreed", to: "agreed", by: "signatures" },
  { from: "active", to: "active", by: "signatures" },
  // The calendar.
  { from: "agreed", to: "active", by: "schedule" },
  { from: "active", to: "completed", by: "schedule" },
  // Ending early, with a reason.
  { from: "agreed", to: "terminated", by: "partyAdmin" },
  { from: "active", to: "terminated", by: "partyAdmin" },
  { from: "agreed", to: "terminated", by: "coordinator" },
  { from: "active", to: "terminated", by: "coordinator" },
];

/** The statuses in which an agreement is still alive (one per pair, kept by the database). */
export const liveStatuses = ["draft", "proposed", "revised", "agreed", "active"] as const satisfies readonly AgreementStatus[];
/** The statuses in which the latest revision may be signed (when it is not the one in force). */
export const signableStatuses = ["proposed", "revised", "agreed", "active"] as const satisfies readonly AgreementStatus[];

/**
 * What a move carries: who (null for the calendar), the revision it is about (a new one,
 * or the one coming into force), the side acting, the note (a reason), and the other
 * columns the move sets with the status.
 */
export type AgreementMoveDetails = {
  actorId: string | null;
  revisionId?: string | null;
  organisationId?: string | null;
  note?: string | null;
  set?: Omit<Prisma.TwinningAgreementUncheckedUpdateManyInput, "status" | "id">;
  ipAddress?: string;
};

type AgreementMove = { from: AgreementStatus; to: AgreementStatus; by: AgreementActor };

/** The audit action of a move: what happened, in the agreement's words. */
export function agreementAuditAction(move: AgreementMove): AuditAction {
  if (move.by === "party") return "agreement.revised";
  if (move.by === "signatures") return "agreement.agreed";
  const byStatus: Partial<Record<AgreementStatus, AuditAction>> = {
    proposed: "agreement.proposed",
    declined: "agreement.declined",
    withdrawn: "agreement.withdrawn",
    active: "agreement.activated",
    completed: "agreement.completed",
    terminated: "agreement.terminated",
  };
  const action = byStatus[move.to];
  if (!action) throw new Error(`no audit action for ${move.from} → ${move.to} by ${move.by}`);
  return action;
}

export const agreementWorkflow: Workflow<AgreementStatus, AgreementActor, AgreementMoveDetails> = {
  transitions: agreementTransitions,
  setState: (tx, where, move) => tx.twinningAgreement.updateMany({ where, data: { ...move.set, status: move.to } }),
  recordHistory: (tx, move) =>
    tx.agreementEvent.create({
      data: { agreementId: move.id, revisionId: move.revisionId ?? null, from: move.from, to: move.to, actorId: move.actorId, note: move.note ?? null },
    }),
  auditEntry: (move) => ({
    action: agreementAuditAction(move),
    actorId: move.actorId,
    organisationId: move.organisationId ?? null,
    ipAddress: move.ipAddress ?? "",
    details: { agreement: move.id, from: move.from, to: move.to, ...(move.revisionId ? { revision: move.revisionId } : {}) },
  }),
};
