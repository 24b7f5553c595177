// The one helper that makes a move of a workflow (the table itself: transitions.ts). It
// refuses a move not in the table, sets the new state only where the row is still in the
// expected one (so a stale page, or the second of two moves at the same moment, changes
// nothing), then writes the area's history row and the audit entry, all in the caller's
// transaction. docs/decisions/008-workflows-as-transition-tables.md
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit, type AuditEntry } from "~/mechanisms/audit/record-audit.server";
import { isAllowed, type Move, type TransitionTable } from "./transitions";

type Tx = Prisma.TransactionClient;

/** How one area's rows move: its table, and how its state, history and audit entry are written. */
export type Workflow<State extends string, Actor extends string, Details = object> = {
  transitions: TransitionTable<State, Actor>;
  /**
   * Sets `status` to `move.to` (and whatever else the move changes) on the rows matching
   * `where`, which holds the id and the expected state, and returns how many changed:
   * an `updateMany({ where, data })` on the area's table.
   */
  setState(tx: Tx, where: { id: string; status: State }, move: Move<State, Actor> & Details): Promise<{ count: number }>;
  /** Writes the area's history row (MembershipEvent, an agreement's revision…), if it keeps one. */
  recordHistory?(tx: Tx, move: Move<State, Actor> & Details): Promise<unknown>;
  /** The audit entry of the move; null when another entry of the same change already tells it. */
  auditEntry(move: Move<State, Actor> & Details): AuditEntry | null;
};

export type MoveResult = { ok: true } | { ok: false; error: "moveNotAllowed" | "staleState" };

/**
 * Makes the move inside the caller's transaction. Refused, nothing is written: not in the
 * table (`moveNotAllowed`), or the row is no longer in `move.from` (`staleState`: changed
 * meanwhile, or gone). The conditional update is what makes two concurrent moves safe:
 * the second waits for the first's row lock, then finds the state changed.
 */
export async function performMove<State extends string, Actor extends string, Details>(
  tx: Tx,
  workflow: Workflow<State, Actor, Details>,
  move: Move<State, Actor> & Details,
): Promise<MoveResult> {
  if (!isAllowed(workflow.transitions, move)) return { ok: false, error: "moveNotAllowed" };
  const updated = await workflow.setState(tx, { id: move.id, status: move.from }, move);
  if (updated.count !== 1) return { ok: false, error: "staleState" };
  await workflow.recordHistory?.(tx, move);
  const entry = workflow.auditEntry(move);
  if (entry) await recordAudit(tx, entry);
  return { ok: true };
}

/** Thrown by a caller whose transaction cannot go on without the move (it rolls back). */
export class MoveRefused extends Error {
  constructor(readonly error: "moveNotAllowed" | "staleState", what: string) {
    super(`${what}: ${error}`);
    this.name = "MoveRefused";
  }
}
