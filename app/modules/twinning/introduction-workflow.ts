// An introduction's status as one table of allowed moves (docs/decisions/008). An open
// introduction is accepted once both sides have accepted (an organisation's answer, the
// second one), declined by either side, lapses when nobody answered in time (the timer),
// or is withdrawn by the organisation that asked for it. An answer that does not end it
// (the first of a coordinator's two) is not a move: introductions.server.ts audits it.
import type { IntroductionStatus } from "~/generated/prisma/enums";
import type { Workflow } from "~/mechanisms/workflows/perform-move.server";
import type { TransitionTable } from "~/mechanisms/workflows/transitions";

export type IntroductionActor = "organisation" | "requester" | "timer";

export const introductionTransitions: TransitionTable<IntroductionStatus, IntroductionActor> = [
  { from: "open", to: "accepted", by: "organisation" },
  { from: "open", to: "declined", by: "organisation" },
  { from: "open", to: "lapsed", by: "timer" },
  { from: "open", to: "withdrawn", by: "requester" },
];

export type IntroductionMoveDetails = {
  actorId: string | null;
  /** The organisation that answered (null for the timer). */
  organisationId: string | null;
  now: Date;
  ipAddress?: string;
  /** The answer columns this move sets with the status. */
  set?: { answerA?: "accepted" | "declined"; answerB?: "accepted" | "declined"; answeredAAt?: Date; answeredBAt?: Date };
};

export const introductionWorkflow: Workflow<IntroductionStatus, IntroductionActor, IntroductionMoveDetails> = {
  transitions: introductionTransitions,
  setState: (tx, where, move) =>
    tx.twinningIntroduction.updateMany({ where, data: { ...move.set, status: move.to, closedAt: move.now } }),
  // The audit log is the introduction's history.
  auditEntry: (move) => ({
    action: move.to === "lapsed" ? "twinning.introduction_lapsed" : "twinning.introduction_answered",
    actorId: move.actorId,
    organisationId: move.organisationId,
    ipAddress: move.ipAddress ?? "",
    details: { introduction: move.id, from: move.from, to: move.to },
  }),
};
