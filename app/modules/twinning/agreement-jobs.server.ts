// The calendar of an agreement: agreed → active on the first day of the terms in force
// (at once when it is agreed on or after that day), active → completed once their last day
// has passed. Each is a timed job keyed by the agreement, scheduled in the transaction that
// agrees the terms (or brings a change into force), and checked again when it runs, so a
// moved date or an agreement terminated meanwhile changes nothing.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { cancelJob, rescheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import { mailAgreement } from "./agreement-mail.server";
import { agreementWorkflow } from "./agreement-workflow";

type Tx = Prisma.TransactionClient;

/** The one lock every change of one agreement takes (its commands and its jobs). */
export function lockAgreement(tx: Tx, agreementId: string) {
  return lockNames(tx, [`twinning:agreement:${agreementId}`]);
}

const dayMs = 24 * 60 * 60 * 1000;
/** The moment after the last day: the day after, at midnight UTC. */
const afterDay = (day: Date) => new Date(day.getTime() + dayMs);

async function termsInForce(tx: Tx, agreementId: string) {
  return tx.twinningAgreement.findUnique({
    where: { id: agreementId },
    select: { status: true, inForceRevision: { select: { id: true, startsOn: true, endsOn: true } } },
  });
}

/** Active from the first day: now if that day has come, else a job on it. Under the agreement's lock. */
export async function startOrSchedule(tx: Tx, agreementId: string, now: Date) {
  const agreement = await termsInForce(tx, agreementId);
  if (!agreement?.inForceRevision || agreement.status !== "agreed") return false;
  if (agreement.inForceRevision.startsOn.getTime() > now.getTime()) {
    await rescheduleJob(tx, agreementStartJob, { payload: { agreementId }, runAt: agreement.inForceRevision.startsOn, key: agreementId });
    return false;
  }
  const moved = await performMove(tx, agreementWorkflow, {
    id: agreementId,
    from: "agreed",
    to: "active",
    by: "schedule",
    actorId: null,
    revisionId: agreement.inForceRevision.id,
  });
  if (!moved.ok) return false;
  await mailAgreement(tx, agreementId, { kind: "active" }, { actorId: null });
  await scheduleEnd(tx, agreementId, agreement.inForceRevision.endsOn);
  return true;
}

/** The completion job, on the day after the last day of the terms in force (moved when a change comes into force). */
export function scheduleEnd(tx: Tx, agreementId: string, endsOn: Date) {
  return rescheduleJob(tx, agreementEndJob, { payload: { agreementId }, runAt: afterDay(endsOn), key: agreementId });
}

/** Completed once the last day of the terms in force has passed. */
export async function completeIfEnded(tx: Tx, agreementId: string, now: Date) {
  const agreement = await termsInForce(tx, agreementId);
  if (!agreement?.inForceRevision || agreement.status !== "active") return false;
  if (afterDay(agreement.inForceRevision.endsOn).getTime() > now.getTime()) {
    await scheduleEnd(tx, agreementId, agreement.inForceRevision.endsOn);
    return false;
  }
  const moved = await performMove(tx, agreementWorkflow, {
    id: agreementId,
    from: "active",
    to: "completed",
    by: "schedule",
    actorId: null,
    revisionId: agreement.inForceRevision.id,
  });
  if (!moved.ok) return false;
  await mailAgreement(tx, agreementId, { kind: "completed" }, { actorId: null });
  return true;
}

/** An ended agreement needs neither job. */
export async function cancelCalendar(tx: Tx, agreementId: string) {
  await cancelJob(tx, agreementStartJob, agreementId);
  await cancelJob(tx, agreementEndJob, agreementId);
}

export const agreementStartJob = defineTimedJob({
  kind: "twinning.agreement-start",
  payload: z.object({ agreementId: z.string() }),
  async run(tx, { agreementId }) {
    await lockAgreement(tx, agreementId);
    await startOrSchedule(tx, agreementId, new Date());
  },
});

export const agreementEndJob = defineTimedJob({
  kind: "twinning.agreement-end",
  payload: z.object({ agreementId: z.string() }),
  async run(tx, { agreementId }) {
    await lockAgreement(tx, agreementId);
    await completeIfEnded(tx, agreementId, new Date());
  },
});
