// Erasing registrants' personal answers once they have been kept as long as promised
// (answer-retention.ts says when). One timed job per event, keyed by the event, waits for
// the earliest erasure still to do; it is moved whenever the event's end or its retention
// settings change, and after each run it schedules itself for the next date. A run blanks
// each standard answer due on every registration of the event and deletes the answers to
// each question due, in one transaction, and the audit log says what went; the
// registrations themselves stay (statuses, attendance, certificates).
//
// Saving answers takes the same lock as the erasure (lockAnswers), so an answer saved
// while the erasure runs is either erased with the rest or refused afterwards, never kept.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { cancelJob, rescheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { eventAnswerRetentionDays } from "~/utils/env.server";
import { answerColumn, dueErasures, erasedColumn, erasurePlan, nextErasure, standardAnswers, type StandardAnswer } from "./answer-retention";

type Tx = Prisma.TransactionClient;

/** Taken by the erasure and by every command that stores a registrant's answers to the event. */
export function lockAnswers(tx: Tx, eventId: string) {
  return lockNames(tx, [`events:answers:${eventId}`]);
}

export const retentionSelect = {
  endsAt: true,
  timeZone: true,
  hostOrganisationId: true,
  dietaryRetentionDays: true,
  accessibilityRetentionDays: true,
  interpretationRetentionDays: true,
  motivationRetentionDays: true,
  dietaryErasedAt: true,
  accessibilityErasedAt: true,
  interpretationErasedAt: true,
  motivationErasedAt: true,
  questions: { select: { id: true, retentionDays: true, answersErasedAt: true }, orderBy: { position: "asc" } },
} satisfies Prisma.EventSelect;

/** What has been erased of an event's answers already: no command may store those again. */
export async function erasedAnswersOf(tx: Tx, eventId: string) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: retentionSelect });
  return {
    standard: new Set(standardAnswers.filter((answer) => event?.[erasedColumn[answer]])),
    questions: new Set((event?.questions ?? []).filter((question) => question.answersErasedAt).map((question) => question.id)),
  };
}

/**
 * Moves the event's erasure job to its earliest erasure still to do (at once if that date
 * has passed), or cancels it when everything is erased. Call in the transaction that
 * changes the event's end, its questions or their retention.
 */
export async function scheduleAnswerErasure(tx: Tx, eventId: string, networkDays = eventAnswerRetentionDays()) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: retentionSelect });
  const next = event ? nextErasure(erasurePlan(event, networkDays)) : null;
  if (next) await rescheduleJob(tx, answerErasureJob, { payload: { eventId }, runAt: next, key: eventId });
  else await cancelJob(tx, answerErasureJob, eventId);
  return next;
}

export type ErasureDone = { answers: { field: string; registrations: number }[]; questions: { question: string; answers: number }[] };

/**
 * Erases every answer of the event that is due at `now` and not erased yet, records it in
 * the audit log, and schedules the job for the next date. Returns what was erased.
 */
export async function eraseDueAnswers(tx: Tx, eventId: string, now: Date, networkDays = eventAnswerRetentionDays()): Promise<ErasureDone> {
  await lockAnswers(tx, eventId);
  const event = await tx.event.findUnique({ where: { id: eventId }, select: retentionSelect });
  const done: ErasureDone = { answers: [], questions: [] };
  if (!event) return done;
  const due = dueErasures(erasurePlan(event, networkDays), now);
  const erasedStandard: StandardAnswer[] = [];
  for (const item of due) {
    if (item.kind === "standard") {
      const field = answerColumn[item.answer];
      const { count } = await tx.registration.updateMany({ where: { eventId, NOT: { [field]: "" } }, data: { [field]: "" } });
      done.answers.push({ field, registrations: count });
      erasedStandard.push(item.answer);
    } else {
      const { count } = await tx.registrationAnswer.deleteMany({ where: { questionId: item.questionId } });
      await tx.eventQuestion.update({ where: { id: item.questionId }, data: { answersErasedAt: now } });
      done.questions.push({ question: item.questionId, answers: count });
    }
  }
  if (erasedStandard.length > 0) {
    await tx.event.update({ where: { id: eventId }, data: Object.fromEntries(erasedStandard.map((answer) => [erasedColumn[answer], now])) });
  }
  if (due.length > 0) {
    await recordAudit(tx, {
      action: "events.answers_erased",
      actorId: null,
      organisationId: event.hostOrganisationId,
      details: { event: eventId, erasedAt: now.toISOString(), answers: done.answers, questions: done.questions },
    });
  }
  await scheduleAnswerErasure(tx, eventId, networkDays);
  return done;
}

/** At the earliest erase date of an event's answers: erases what is due, then waits for the next date. */
export const answerErasureJob = defineTimedJob({
  kind: "events.erase-answers",
  payload: z.object({ eventId: z.string() }),
  async run(tx, { eventId }) {
    await eraseDueAnswers(tx, eventId, new Date());
  },
});
