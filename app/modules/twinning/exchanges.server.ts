// The commands of a staff exchange inside an active agreement (DOMAIN.md, "Twinning and
// staff exchanges"): plan, confirm (the host side), complete (either side, or the timed
// job the day after it ends), cancel with a reason, and each side's report. Each runs in
// one transaction under the agreement's lock, the one the agreement commands take, so an
// exchange is never planned against terms that are being replaced at that moment; the
// moves themselves go through performMove (exchange-workflow.ts).
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { ExchangeStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { cancelJob, scheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import type { Origin } from "~/utils/origin";
import { mailExchange } from "./exchange-mail.server";
import { isoDay } from "./exchange-reading.server";
import { actorFor, exchangeWorkflow, type ExchangeActor } from "./exchange-workflow";

type Tx = Prisma.TransactionClient;

/** The lock every command about one agreement takes (the agreement commands too). */
export const agreementLock = (agreementId: string) => `twinning:agreement:${agreementId}`;

export type ExchangeError =
  | "exchange_agreementNotActive"
  | "exchange_outsideAgreement"
  | "exchange_aboveCap"
  | "exchange_notOfSendingSide"
  | "exchange_notFound"
  | "exchange_notAParty"
  | "exchange_moveNotAllowed"
  | "exchange_staleState"
  | "exchange_notStarted"
  | "exchange_notCompleted"
  | "exchange_alreadyReported";

/** A refusal; `field` when it is about one field of the form, `value` a number its message names. */
export type Refusal = { ok: false; error: ExchangeError; field?: string; value?: number };
const refused = (error: ExchangeError, more: Omit<Refusal, "ok" | "error"> = {}): Refusal => ({ ok: false, error, ...more });

/** Today as a calendar day (UTC), which the stored DATE columns are compared with. */
const today = (now: Date) => new Date(`${isoDay(now)}T00:00:00.000Z`);
const dayAfter = (day: Date) => new Date(day.getTime() + 24 * 60 * 60 * 1000);

export type PlanInput = {
  agreementId: string;
  /** The side planning (from the address). */
  organisationId: string;
  actorId: string;
  /** Which side hosts, seen from the planning side. */
  host: "us" | "partner";
  startsOn: Date;
  endsOn: Date;
  participantIds: string[];
  objectives: string;
  language: string;
};

/**
 * Plans an exchange: only inside an active agreement, within the dates of its revision in
 * force, with people of the sending side, at most the revision's cap on a group. The host
 * side's admins and editors are asked to confirm it.
 */
export async function planExchange(prisma: PrismaClient, input: PlanInput, origin: Origin): Promise<{ ok: true; exchangeId: string } | Refusal> {
  return prisma.$transaction(async (tx) => {
    await lockNames(tx, [agreementLock(input.agreementId)]);
    const agreement = await tx.twinningAgreement.findUnique({
      where: { id: input.agreementId },
      select: { status: true, organisationAId: true, organisationBId: true, inForceRevision: { select: { startsOn: true, endsOn: true, groupSizeCap: true } } },
    });
    if (!agreement || (agreement.organisationAId !== input.organisationId && agreement.organisationBId !== input.organisationId)) return refused("exchange_notFound");
    const terms = agreement.inForceRevision;
    if (agreement.status !== "active" || !terms) return refused("exchange_agreementNotActive");
    if (input.startsOn < terms.startsOn || input.startsOn > terms.endsOn) return refused("exchange_outsideAgreement", { field: "startsOn" });
    if (input.endsOn > terms.endsOn || input.endsOn < terms.startsOn) return refused("exchange_outsideAgreement", { field: "endsOn" });
    const partnerId = agreement.organisationAId === input.organisationId ? agreement.organisationBId : agreement.organisationAId;
    const hostId = input.host === "us" ? input.organisationId : partnerId;
    const sendingId = input.host === "us" ? partnerId : input.organisationId;
    const participantIds = [...new Set(input.participantIds)];
    if (participantIds.length > terms.groupSizeCap) return refused("exchange_aboveCap", { field: "participants", value: terms.groupSizeCap });
    const ofSendingSide = await tx.organisationMembership.count({ where: { organisationId: sendingId, userId: { in: participantIds }, user: { erasedAt: null } } });
    if (ofSendingSide !== participantIds.length) return refused("exchange_notOfSendingSide", { field: "participants" });
    const exchange = await tx.staffExchange.create({
      data: {
        agreementId: input.agreementId,
        hostOrganisationId: hostId,
        sendingOrganisationId: sendingId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        objectives: input.objectives,
        language: input.language,
        plannedById: input.actorId,
        participants: { create: participantIds.map((userId) => ({ userId })) },
        history: { create: { from: null, to: "planned", actorId: input.actorId } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "exchange.planned",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { agreement: input.agreementId, exchange: exchange.id, host: hostId, sending: sendingId, participants: participantIds.length },
    });
    // Completed by itself the day after it ends, if it was confirmed and nobody did it by hand.
    await scheduleJob(tx, exchangeEndJob, { payload: { exchangeId: exchange.id }, runAt: dayAfter(input.endsOn), key: exchange.id });
    await mailExchange(tx, exchange.id, "planned");
    return { ok: true as const, exchangeId: exchange.id };
  });
}

type MoveInput = { agreementId: string; exchangeId: string; organisationId: string; actorId: string };

/** The exchange under the agreement's lock, and which of its sides the organisation is (null for neither). */
async function lockedExchange(tx: Tx, input: Pick<MoveInput, "agreementId" | "exchangeId" | "organisationId">) {
  await lockNames(tx, [agreementLock(input.agreementId)]);
  const exchange = await tx.staffExchange.findFirst({
    where: { id: input.exchangeId, agreementId: input.agreementId },
    select: { id: true, status: true, startsOn: true, endsOn: true, hostOrganisationId: true, sendingOrganisationId: true },
  });
  if (!exchange) return null;
  const isHost = exchange.hostOrganisationId === input.organisationId;
  const isParty = isHost || exchange.sendingOrganisationId === input.organisationId;
  return { exchange, isHost, isParty };
}

async function move(tx: Tx, input: MoveInput, from: ExchangeStatus, to: ExchangeStatus, by: ExchangeActor, origin: Origin, reason?: string) {
  const result = await performMove(tx, exchangeWorkflow, {
    id: input.exchangeId,
    from,
    to,
    by,
    actorId: input.actorId,
    organisationId: input.organisationId,
    agreementId: input.agreementId,
    reason,
    ipAddress: origin.clientAddress,
  });
  return result.ok ? null : refused(result.error === "staleState" ? "exchange_staleState" : "exchange_moveNotAllowed");
}

/** The host side confirms a planned exchange; both sides and the participants are told. */
export async function confirmExchange(prisma: PrismaClient, input: MoveInput, origin: Origin): Promise<{ ok: true } | Refusal> {
  return prisma.$transaction(async (tx) => {
    const found = await lockedExchange(tx, input);
    if (!found) return refused("exchange_notFound");
    if (!found.isParty) return refused("exchange_notAParty");
    const refusal = await move(tx, input, found.exchange.status, "confirmed", actorFor(found.isHost), origin);
    if (refusal) return refusal;
    await mailExchange(tx, input.exchangeId, "confirmed");
    return { ok: true as const };
  });
}

/** Either side marks a confirmed exchange as having taken place (not before it starts); both are asked for their report. */
export async function completeExchange(prisma: PrismaClient, input: MoveInput, origin: Origin, now = new Date()): Promise<{ ok: true } | Refusal> {
  return prisma.$transaction(async (tx) => {
    const found = await lockedExchange(tx, input);
    if (!found) return refused("exchange_notFound");
    if (!found.isParty) return refused("exchange_notAParty");
    if (found.exchange.status === "confirmed" && found.exchange.startsOn > today(now)) return refused("exchange_notStarted");
    const refusal = await move(tx, input, found.exchange.status, "completed", actorFor(found.isHost), origin);
    if (refusal) return refusal;
    await cancelJob(tx, exchangeEndJob, input.exchangeId);
    await mailExchange(tx, input.exchangeId, "completed");
    return { ok: true as const };
  });
}

/** Either side cancels a planned or confirmed exchange, saying why; both sides and the participants are told. */
export async function cancelExchange(prisma: PrismaClient, input: MoveInput & { reason: string }, origin: Origin): Promise<{ ok: true } | Refusal> {
  return prisma.$transaction(async (tx) => {
    const found = await lockedExchange(tx, input);
    if (!found) return refused("exchange_notFound");
    if (!found.isParty) return refused("exchange_notAParty");
    const refusal = await move(tx, input, found.exchange.status, "cancelled", actorFor(found.isHost), origin, input.reason);
    if (refusal) return refusal;
    await cancelJob(tx, exchangeEndJob, input.exchangeId);
    await mailExchange(tx, input.exchangeId, "cancelled", { reason: input.reason });
    return { ok: true as const };
  });
}

/**
 * For terminateAgreement (agreements.server.ts), when an agreement ends early: every
 * exchange still to come is cancelled with the agreement's reason, and both sides and the
 * participants are told. Runs in the caller's transaction, which holds agreementLock.
 * Returns how many were cancelled.
 */
export async function cancelExchangesOfEndedAgreement(tx: Tx, input: { agreementId: string; actorId: string | null; reason: string; ipAddress?: string }) {
  const open = await tx.staffExchange.findMany({ where: { agreementId: input.agreementId, status: { in: ["planned", "confirmed"] } }, select: { id: true, status: true } });
  let cancelled = 0;
  for (const exchange of open) {
    const moved = await performMove(tx, exchangeWorkflow, {
      id: exchange.id,
      from: exchange.status,
      to: "cancelled",
      by: "agreementEnded",
      actorId: input.actorId,
      organisationId: null,
      agreementId: input.agreementId,
      reason: input.reason,
      ipAddress: input.ipAddress,
    });
    if (!moved.ok) continue;
    await cancelJob(tx, exchangeEndJob, exchange.id);
    await mailExchange(tx, exchange.id, "cancelled", { reason: input.reason });
    cancelled++;
  }
  return cancelled;
}

export type ReportInput = MoveInput & { learned: string; willChange: string; willShare: string; language: string };

/**
 * A side files its report on a completed exchange, once. With the second side's report
 * the exchange is `reported`. Returns whether this report was the second.
 */
export async function fileReport(prisma: PrismaClient, input: ReportInput, origin: Origin): Promise<{ ok: true; reported: boolean } | Refusal> {
  return prisma.$transaction(async (tx) => {
    const found = await lockedExchange(tx, input);
    if (!found) return refused("exchange_notFound");
    if (!found.isParty) return refused("exchange_notAParty");
    const already = await tx.exchangeReport.findUnique({ where: { exchangeId_organisationId: { exchangeId: input.exchangeId, organisationId: input.organisationId } }, select: { exchangeId: true } });
    if (already) return refused("exchange_alreadyReported");
    if (found.exchange.status !== "completed") return refused("exchange_notCompleted");
    await tx.exchangeReport.create({
      data: {
        exchangeId: input.exchangeId,
        organisationId: input.organisationId,
        learned: input.learned,
        willChange: input.willChange,
        willShare: input.willShare,
        language: input.language,
        authorId: input.actorId,
      },
    });
    await recordAudit(tx, {
      action: "exchange.report_filed",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { agreement: input.agreementId, exchange: input.exchangeId },
    });
    const reports = await tx.exchangeReport.count({ where: { exchangeId: input.exchangeId } });
    if (reports < 2) return { ok: true as const, reported: false };
    const refusal = await move(tx, input, "completed", "reported", "reports", origin);
    if (refusal) return refusal;
    return { ok: true as const, reported: true };
  });
}

/**
 * The day after a confirmed exchange ends, it is completed by itself and both sides are
 * asked for their report. One still planned (never confirmed), cancelled, or completed by
 * hand meanwhile is left as it is.
 */
export async function completeEndedExchange(tx: Tx, exchangeId: string, now: Date) {
  const exchange = await tx.staffExchange.findUnique({ where: { id: exchangeId }, select: { agreementId: true } });
  if (!exchange) return false;
  await lockNames(tx, [agreementLock(exchange.agreementId)]);
  const current = await tx.staffExchange.findUniqueOrThrow({ where: { id: exchangeId }, select: { status: true, endsOn: true } });
  if (current.status !== "confirmed" || current.endsOn >= today(now)) return false;
  const moved = await performMove(tx, exchangeWorkflow, {
    id: exchangeId,
    from: "confirmed",
    to: "completed",
    by: "job",
    actorId: null,
    organisationId: null,
    agreementId: exchange.agreementId,
  });
  if (!moved.ok) return false;
  await mailExchange(tx, exchangeId, "completed");
  return true;
}

export const exchangeEndJob = defineTimedJob({
  kind: "twinning.exchange-end",
  payload: z.object({ exchangeId: z.string() }),
  async run(tx, { exchangeId }) {
    await completeEndedExchange(tx, exchangeId, new Date());
  },
});
