// A staff exchange's status as one table of allowed moves (docs/decisions/008): planned by
// either side (not a move: the row is written `planned`, with a history row from null),
// confirmed by the host side, completed by either side or by the timed job the day after
// it ends, reported once both sides have filed their report; cancelled by either side,
// with a reason, until it is completed. Every move goes through performMove with this
// Workflow: the conditional update, the ExchangeEvent row and the audit entry together.
import type { ExchangeStatus } from "~/generated/prisma/enums";
import type { AuditAction } from "~/mechanisms/audit/audit-actions";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import type { TransitionTable } from "~/mechanisms/workflows/transitions";

/**
 * Who moves: the host side, either side ("party"), the timed job, the second report, or
 * the agreement ending early (terminated or withdrawn), which cancels what was still to come.
 */
export type ExchangeActor = "host" | "party" | "job" | "reports" | "agreementEnded";

export const exchangeTransitions: TransitionTable<ExchangeStatus, ExchangeActor> = [
  { from: "planned", to: "confirmed", by: "host" },
  { from: "planned", to: "cancelled", by: "host" },
  { from: "planned", to: "cancelled", by: "party" },
  { from: "confirmed", to: "cancelled", by: "host" },
  { from: "confirmed", to: "cancelled", by: "party" },
  { from: "confirmed", to: "completed", by: "host" },
  { from: "confirmed", to: "completed", by: "party" },
  { from: "confirmed", to: "completed", by: "job" },
  { from: "completed", to: "reported", by: "reports" },
  { from: "planned", to: "cancelled", by: "agreementEnded" },
  { from: "confirmed", to: "cancelled", by: "agreementEnded" },
];

/** The host may make every move a party may, and confirm too. */
export const actorFor = (isHost: boolean): ExchangeActor => (isHost ? "host" : "party");

export type ExchangeMoveDetails = {
  /** Null for the timed job. */
  actorId: string | null;
  /** The side that moves (null for the job). */
  organisationId: string | null;
  agreementId: string;
  /** A cancellation's reason. */
  reason?: string;
  ipAddress?: string;
};

const auditActionOf: Record<ExchangeStatus, AuditAction> = {
  planned: "exchange.planned",
  confirmed: "exchange.confirmed",
  completed: "exchange.completed",
  reported: "exchange.reported",
  cancelled: "exchange.cancelled",
};

export const exchangeWorkflow: Workflow<ExchangeStatus, ExchangeActor, ExchangeMoveDetails> = {
  transitions: exchangeTransitions,
  setState: (tx, where, move) =>
    tx.staffExchange.updateMany({ where, data: move.to === "cancelled" ? { status: move.to, cancelReason: move.reason ?? null } : { status: move.to } }),
  recordHistory: (tx, move) =>
    tx.exchangeEvent.create({ data: { exchangeId: move.id, from: move.from, to: move.to, actorId: move.actorId, note: move.reason ?? null } }),
  auditEntry: (move) => ({
    action: auditActionOf[move.to],
    actorId: move.actorId,
    organisationId: move.organisationId,
    ipAddress: move.ipAddress ?? "",
    details: { agreement: move.agreementId, exchange: move.id, from: move.from, to: move.to, by: move.by },
  }),
};
