// Introductions: two member organisations put in touch, by a coordinator (both answer) or
// at one organisation's request (only the other answers). An organisation has at most
// `maxOpenRequests` requests open at a time, under a lock so two at once cannot make one
// more. Contact details are shown to each side only once both have accepted. An open
// introduction unanswered after a week is reminded once, and lapses after two
// (introductionFollowUpJob). The audit log is each introduction's history.
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { IntroductionAnswer, IntroductionStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { scheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import type { Origin } from "~/utils/origin";
import { introductionWorkflow } from "./introduction-workflow";
import { mailIntroduction, type IntroductionMail } from "./introductions-mail.server";
import { hasLiveAgreement } from "./suggestions.server";

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

/** Open requests an organisation may have at a time (EPALE drowns its users in replies: this is the opposite). */
export const maxOpenRequests = 3;
const day = 24 * 60 * 60 * 1000;
export const remindAfterMs = 7 * day;
export const lapseAfterMs = 14 * day;

export type IntroductionRefusal =
  | "twinning_tooManyRequests"
  | "twinning_introductionOpen"
  | "twinning_alreadyTwinned"
  | "twinning_notActive"
  | "twinning_introductionGone"
  | "twinning_alreadyAnswered";

type Result = { ok: true; introductionId: string } | { ok: false; error: IntroductionRefusal };

const pairLock = (a: string, b: string) => `twinning:introduction-pair:${[a, b].sort().join(":")}`;
const requestsLock = (organisationId: string) => `twinning:open-requests:${organisationId}`;

class Refused extends Error {
  constructor(readonly error: IntroductionRefusal) {
    super(error);
  }
}

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  (("code" in error && error.code === "P2002") || String((error as { message?: unknown }).message ?? "").includes("TwinningIntroduction_one_open_per_pair"));

/** Runs `work` in a transaction; a refusal (or the database's one-open-per-pair index) becomes a result. */
async function refusable(prisma: PrismaClient, work: (tx: Tx) => Promise<string>): Promise<Result> {
  try {
    return { ok: true, introductionId: await prisma.$transaction(work) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.error };
    if (isUniqueViolation(error)) return { ok: false, error: "twinning_introductionOpen" };
    throw error;
  }
}

/** The checks every new introduction passes, under the pair's lock. */
async function checkPair(tx: Tx, aId: string, bId: string) {
  await lockNames(tx, [pairLock(aId, bId)]);
  if (aId === bId) throw new Refused("twinning_notActive");
  const active = await tx.organisation.count({ where: { id: { in: [aId, bId] }, status: "active" } });
  if (active !== 2) throw new Refused("twinning_notActive");
  if (await hasLiveAgreement(tx, aId, bId)) throw new Refused("twinning_alreadyTwinned");
  const open = await tx.twinningIntroduction.count({
    where: { status: "open", OR: [{ organisationAId: aId, organisationBId: bId }, { organisationAId: bId, organisationBId: aId }] },
  });
  if (open > 0) throw new Refused("twinning_introductionOpen");
}

/** The reminder, then the lapse: scheduled when the introduction is made. */
async function scheduleFollowUp(tx: Tx, introductionId: string, createdAt: Date) {
  await scheduleJob(tx, introductionFollowUpJob, { payload: { introductionId }, runAt: new Date(createdAt.getTime() + remindAfterMs), key: `${introductionId}:remind` });
}

/** Organisation A asks to be introduced to B: A's answer is `accepted` from the start. */
export async function requestIntroduction(
  prisma: PrismaClient,
  input: { organisationId: string; partnerId: string; actorId: string; message?: string; now?: Date },
  origin: Origin,
): Promise<Result> {
  const now = input.now ?? new Date();
  return refusable(prisma, async (tx) => {
    // One organisation's requests are counted one at a time: two at once cannot make one too many.
    await lockNames(tx, [requestsLock(input.organisationId)]);
    const open = await tx.twinningIntroduction.count({ where: { kind: "requested", organisationAId: input.organisationId, status: "open" } });
    if (open >= maxOpenRequests) throw new Refused("twinning_tooManyRequests");
    await checkPair(tx, input.organisationId, input.partnerId);
    const introduction = await tx.twinningIntroduction.create({
      data: {
        kind: "requested",
        organisationAId: input.organisationId,
        organisationBId: input.partnerId,
        answerA: "accepted",
        answeredAAt: now,
        message: input.message || null,
        createdById: input.actorId,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "twinning.introduction_requested",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { introduction: introduction.id, partner: input.partnerId },
    });
    await scheduleFollowUp(tx, introduction.id, now);
    await mailIntroduction(tx, introduction.id, "requested");
    return introduction.id;
  });
}

/** A coordinator introduces two organisations; both must accept. */
export async function introduceOrganisations(
  prisma: PrismaClient,
  input: { organisationAId: string; organisationBId: string; actorId: string; message?: string; now?: Date },
  origin: Origin,
): Promise<Result> {
  const now = input.now ?? new Date();
  return refusable(prisma, async (tx) => {
    await checkPair(tx, input.organisationAId, input.organisationBId);
    const introduction = await tx.twinningIntroduction.create({
      data: {
        kind: "by_coordinator",
        organisationAId: input.organisationAId,
        organisationBId: input.organisationBId,
        message: input.message || null,
        createdById: input.actorId,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "twinning.introduced",
      actorId: input.actorId,
      ipAddress: origin.clientAddress,
      details: { introduction: introduction.id, organisationA: input.organisationAId, organisationB: input.organisationBId },
    });
    await scheduleFollowUp(tx, introduction.id, now);
    await mailIntroduction(tx, introduction.id, "introduced");
    return introduction.id;
  });
}

/**
 * The organisation's answer to an open introduction it is part of. A decline ends it; an
 * acceptance ends it when the other side has accepted too. Refused when it is not open
 * any more, or this side has already answered.
 */
export async function answerIntroduction(
  prisma: PrismaClient,
  input: { introductionId: string; organisationId: string; answer: IntroductionAnswer; actorId: string; now?: Date },
  origin: Origin,
): Promise<Result> {
  const now = input.now ?? new Date();
  return refusable(prisma, async (tx) => {
    const found = await tx.twinningIntroduction.findFirst({
      where: { id: input.introductionId, OR: [{ organisationAId: input.organisationId }, { organisationBId: input.organisationId }] },
      select: { id: true, status: true, organisationAId: true, answerA: true, answerB: true },
    });
    if (!found) throw new Refused("twinning_introductionGone");
    // Both sides of one introduction answer one at a time.
    await tx.$queryRaw`SELECT "id" FROM "TwinningIntroduction" WHERE "id" = ${found.id} FOR UPDATE`;
    const introduction = await tx.twinningIntroduction.findUniqueOrThrow({
      where: { id: found.id },
      select: { id: true, status: true, organisationAId: true, answerA: true, answerB: true },
    });
    if (introduction.status !== "open") throw new Refused("twinning_alreadyAnswered");
    const side = introduction.organisationAId === input.organisationId ? "A" : "B";
    if ((side === "A" ? introduction.answerA : introduction.answerB) !== null) throw new Refused("twinning_alreadyAnswered");
    const set = side === "A" ? { answerA: input.answer, answeredAAt: now } : { answerB: input.answer, answeredBAt: now };
    const otherAnswer = side === "A" ? introduction.answerB : introduction.answerA;
    const to: IntroductionStatus | null = input.answer === "declined" ? "declined" : otherAnswer === "accepted" ? "accepted" : null;
    const details = { actorId: input.actorId, organisationId: input.organisationId, now, ipAddress: origin.clientAddress };
    if (to) {
      const moved = await performMove(tx, introductionWorkflow, { id: introduction.id, from: "open", to, by: "organisation", ...details, set });
      if (!moved.ok) throw new Refused("twinning_alreadyAnswered");
      await mailIntroduction(tx, introduction.id, to);
    } else {
      // The first of two answers: the introduction stays open for the other side.
      await tx.twinningIntroduction.update({ where: { id: introduction.id }, data: set });
      await recordAudit(tx, {
        action: "twinning.introduction_answered",
        actorId: input.actorId,
        organisationId: input.organisationId,
        ipAddress: origin.clientAddress,
        details: { introduction: introduction.id, answer: input.answer },
      });
    }
    return introduction.id;
  });
}

/** The organisation that asked for an introduction takes its request back while it is open, freeing its place among the three. */
export async function withdrawRequest(
  prisma: PrismaClient,
  input: { introductionId: string; organisationId: string; actorId: string; now?: Date },
  origin: Origin,
): Promise<Result> {
  const now = input.now ?? new Date();
  return refusable(prisma, async (tx) => {
    const found = await tx.twinningIntroduction.findFirst({
      where: { id: input.introductionId, kind: "requested", organisationAId: input.organisationId },
      select: { id: true },
    });
    if (!found) throw new Refused("twinning_introductionGone");
    const moved = await performMove(tx, introductionWorkflow, {
      id: found.id,
      from: "open",
      to: "withdrawn",
      by: "requester",
      actorId: input.actorId,
      organisationId: input.organisationId,
      now,
      ipAddress: origin.clientAddress,
    });
    if (!moved.ok) throw new Refused("twinning_alreadyAnswered");
    return found.id;
  });
}

/** Who has not answered an open introduction: "A", "B" or both. */
export function unansweredSides(introduction: { answerA: IntroductionAnswer | null; answerB: IntroductionAnswer | null }) {
  return (["A", "B"] as const).filter((side) => (side === "A" ? introduction.answerA : introduction.answerB) === null);
}

/**
 * What the timer does with an introduction at `now`: nothing once it is closed; after two
 * weeks it lapses (both sides told); after one, those who have not answered are reminded,
 * once, and the lapse is scheduled.
 */
export async function followUpIntroduction(tx: Tx, introductionId: string, now: Date): Promise<"lapsed" | "reminded" | null> {
  const introduction = await tx.twinningIntroduction.findUnique({
    where: { id: introductionId },
    select: { id: true, status: true, createdAt: true, remindedAt: true },
  });
  if (!introduction || introduction.status !== "open") return null;
  const age = now.getTime() - introduction.createdAt.getTime();
  if (age >= lapseAfterMs) {
    const moved = await performMove(tx, introductionWorkflow, {
      id: introduction.id,
      from: "open",
      to: "lapsed",
      by: "timer",
      actorId: null,
      organisationId: null,
      now,
    });
    if (!moved.ok) return null;
    await mailIntroduction(tx, introduction.id, "lapsed");
    return "lapsed";
  }
  if (age >= remindAfterMs && !introduction.remindedAt) {
    const marked = await tx.twinningIntroduction.updateMany({ where: { id: introduction.id, status: "open", remindedAt: null }, data: { remindedAt: now } });
    if (marked.count === 1) await mailIntroduction(tx, introduction.id, "reminder");
  }
  // Reminded (now or before): the lapse comes at two weeks.
  await scheduleJob(tx, introductionFollowUpJob, {
    payload: { introductionId },
    runAt: new Date(introduction.createdAt.getTime() + lapseAfterMs),
    key: `${introductionId}:lapse`,
  });
  return age >= remindAfterMs ? "reminded" : null;
}

export const introductionFollowUpJob = defineTimedJob({
  kind: "twinning.introduction-follow-up",
  payload: z.object({ introductionId: z.string() }),
  async run(tx, { introductionId }) {
    await followUpIntroduction(tx, introductionId, new Date());
  },
});

export type { IntroductionMail };

/** The contact details of each organisation, by id, in one query: given only once both sides accepted. */
async function contactsOf(db: Db, organisationIds: readonly string[]) {
  const organisations = organisationIds.length
    ? await db.organisation.findMany({
        where: { id: { in: [...organisationIds] } },
        select: {
          id: true,
          publicEmail: true,
          website: true,
          memberships: { where: { role: "admin" }, select: { user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
        },
      })
    : [];
  return new Map(
    organisations.map((organisation) => [
      organisation.id,
      {
        publicEmail: organisation.publicEmail,
        website: organisation.website,
        admins: organisation.memberships.flatMap(({ user }) => (user.email ? [{ name: user.name, email: user.email }] : [])),
      },
    ]),
  );
}

export type IntroductionContact = NonNullable<ReturnType<Awaited<ReturnType<typeof contactsOf>>["get"]>>;

/**
 * The organisation's introductions, newest first, each seen from its side: the partner,
 * whether it came in (the other asked, or a coordinator) or went out (this side asked),
 * both answers, and the partner's contact details only when the introduction is accepted.
 */
export async function listIntroductions(db: Db, organisationId: string) {
  const rows = await db.twinningIntroduction.findMany({
    where: { OR: [{ organisationAId: organisationId }, { organisationBId: organisationId }] },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      kind: true,
      status: true,
      message: true,
      answerA: true,
      answerB: true,
      createdAt: true,
      closedAt: true,
      organisationA: { select: { id: true, name: true, slug: true } },
      organisationB: { select: { id: true, name: true, slug: true } },
    },
  });
  const partnerOf = (row: (typeof rows)[number]) => (row.organisationA.id === organisationId ? row.organisationB : row.organisationA);
  const contacts = await contactsOf(db, rows.filter((row) => row.status === "accepted").map((row) => partnerOf(row).id));
  return rows.map((row) => {
    const side = row.organisationA.id === organisationId ? "A" : "B";
    const partner = partnerOf(row);
    const ownAnswer = side === "A" ? row.answerA : row.answerB;
    const partnerAnswer = side === "A" ? row.answerB : row.answerA;
    const direction = row.kind === "by_coordinator" ? "byCoordinator" : side === "A" ? "outgoing" : "incoming";
    return {
      id: row.id,
      direction,
      status: row.status,
      message: row.message,
      ownAnswer,
      partnerAnswer,
      createdAt: row.createdAt.toISOString(),
      partner: { name: partner.name, slug: partner.slug },
      canAnswer: row.status === "open" && ownAnswer === null,
      canWithdraw: row.status === "open" && direction === "outgoing",
      contact: row.status === "accepted" ? (contacts.get(partner.id) ?? null) : null,
    } as const;
  });
}

export type ListedIntroduction = Awaited<ReturnType<typeof listIntroductions>>[number];

/** The organisations (ids) with which `organisationId` has an open introduction. */
export async function openIntroductionPartners(db: Db, organisationId: string) {
  const open = await db.twinningIntroduction.findMany({
    where: { status: "open", OR: [{ organisationAId: organisationId }, { organisationBId: organisationId }] },
    select: { organisationAId: true, organisationBId: true },
  });
  return new Set(open.map((row) => (row.organisationAId === organisationId ? row.organisationBId : row.organisationAId)));
}

/** Open requests the organisation has made, for "you have N of 3". */
export function openRequestCount(db: Db, organisationId: string) {
  return db.twinningIntroduction.count({ where: { kind: "requested", organisationAId: organisationId, status: "open" } });
}

/**
 * For coordinators: introductions never answered, the ones that lapsed and the ones still
 * open past the reminder, newest first, each saying which organisations did not answer.
 */
export async function unansweredIntroductions(db: Db, now: Date = new Date()) {
  const rows = await db.twinningIntroduction.findMany({
    where: { OR: [{ status: "lapsed" }, { status: "open", createdAt: { lte: new Date(now.getTime() - remindAfterMs) } }] },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: {
      id: true,
      kind: true,
      status: true,
      answerA: true,
      answerB: true,
      createdAt: true,
      closedAt: true,
      organisationA: { select: { name: true, slug: true } },
      organisationB: { select: { name: true, slug: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    organisationA: row.organisationA,
    organisationB: row.organisationB,
    notAnswered: unansweredSides(row).map((side) => (side === "A" ? row.organisationA.name : row.organisationB.name)),
  }));
}

/** Every pair with an open introduction, as pairKey (suggestions.server.ts) gives them. */
export async function openIntroductionPairs(db: Db) {
  const open = await db.twinningIntroduction.findMany({ where: { status: "open" }, select: { organisationAId: true, organisationBId: true } });
  return new Set(open.map((row) => [row.organisationAId, row.organisationBId].sort().join(":")));
}
