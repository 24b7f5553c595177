// Registering for an event, and every later change to a registration: cancelling,
// accepting or declining an offered place, an organiser's decisions, capacity and
// allotments. Each command that may take a place holds lockPlaces for the event (and the
// quotas it touches) from before it reads the ledger until its commit, so two bookings
// never both take the last place (decision 018); a place freed is offered on at once, in
// the same transaction. A lock not had in 3 s answers "busy".
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { cancelJob, rescheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { LockTimeout } from "~/mechanisms/locks/locks.server";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import { erasedAnswersOf, lockAnswers } from "./answer-erasure.server";
import { answerColumn, standardAnswers } from "./answer-retention";
import { lockPlaces, placesOf } from "./places.server";
import { registrationWorkflow } from "./registration-workflow";
import { mailDelegateLink, mailRegistration } from "./registration-mail.server";
import type { RegistrationForm } from "./registration.schemas";
import { standingOf } from "~/modules/membership/good-standing.server";
import { allotmentIdsFor, capLeft, registrantOf, seatsFor } from "./seats.server";
import { liveRegistrationStatuses } from "./vocabulary";
import {
  allotmentReleaseJob,
  moveWaitingList,
  mustMove,
  nextWaitingSince,
  offerDeadlineJob,
  waitingPositions,
} from "./waiting-list.server";

type Db = PrismaClient;
type Tx = Prisma.TransactionClient;

export type RegistrationRefusal =
  | "noSuchEvent"
  | "notPublished"
  | "notOpenYet"
  | "closed"
  | "eventCancelled"
  | "alreadyRegistered"
  | "notRepresenting"
  | "busy";

type Refused<E extends string> = { ok: false; error: E };
const refuse = <E extends string>(error: E): Refused<E> => ({ ok: false, error });

const bookingEvent = {
  id: true,
  status: true,
  mode: true,
  capacity: true,
  organisationCap: true,
  groupPolicy: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
} satisfies Prisma.EventSelect;

type BookingEvent = Prisma.EventGetPayload<{ select: typeof bookingEvent }>;

/** Why nobody can register for the event now, or null. */
export function whyRegistrationIsClosed(event: Pick<BookingEvent, "status" | "registrationOpensAt" | "registrationClosesAt"> | null, now: Date): RegistrationRefusal | null {
  if (!event) return "noSuchEvent";
  if (event.status === "cancelled") return "eventCancelled";
  if (event.status !== "published") return "notPublished";
  if (now < event.registrationOpensAt) return "notOpenYet";
  if (now >= event.registrationClosesAt) return "closed";
  return null;
}

/** Runs `work` in a transaction; a lock not had in time is "busy", a second live registration "alreadyRegistered". */
export async function booking<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T | Refused<"busy" | "alreadyRegistered">> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    // A lock not had in time, or (under a burst) no connection free to start the transaction:
    // either way nothing was written, and the person may simply try again.
    if (error instanceof LockTimeout || isTransactionStartTimeout(error)) return refuse("busy");
    if (isUniqueViolation(error)) return refuse("alreadyRegistered");
    throw error;
  }
}

function isTransactionStartTimeout(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2028";
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

function answerRows(form: RegistrationForm) {
  return Object.entries(form.answers)
    .filter(([, value]) => value !== "")
    .map(([questionId, value]) => ({ questionId, value }));
}

function ownAnswers(form: RegistrationForm, now: Date) {
  return {
    dietaryNeeds: form.dietaryNeeds,
    accessibilityNeeds: form.accessibilityNeeds,
    interpretationNeeds: form.interpretationNeeds,
    listVisibility: form.listVisibility,
    motivation: form.motivation,
    conductAcceptedAt: now,
    answersCompletedAt: now,
  };
}

/** The event's questions asked on registering whose answers are still kept: only these are answered here. */
async function registrationQuestionIds(tx: Tx, eventId: string) {
  const questions = await tx.eventQuestion.findMany({ where: { eventId, stage: "registration", answersErasedAt: null }, select: { id: true } });
  return questions.map((question) => question.id);
}

/** Only the event's own registration questions may be answered (a stale form may name a removed one, or a follow-up one). */
async function checkedAnswers(tx: Tx, eventId: string, form: RegistrationForm) {
  const questions = new Set(await registrationQuestionIds(tx, eventId));
  return answerRows(form).filter((answer) => questions.has(answer.questionId));
}

export type RegisterResult = { ok: true; registrationId: string; status: "confirmed" | "waitlisted" | "applied"; position: number | null } | Refused<RegistrationRefusal>;

/**
 * Registers a person, for themselves or for an organisation they belong to. First come:
 * confirmed while a place is free for them and nobody waits ahead, else on the waiting
 * list; application mode: applied, for the organisers to select. Mails the person.
 */
export async function registerPerson(
  db: Db,
  { eventId, personId, form, now = new Date(), ip = "" }: { eventId: string; personId: string; form: RegistrationForm; now?: Date; ip?: string },
): Promise<RegisterResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: bookingEvent });
  const closed = whyRegistrationIsClosed(event, now);
  if (closed || !event) return refuse(closed ?? "noSuchEvent");
  const organisationId = form.organisationId;
  if (organisationId && !(await db.organisationMembership.findFirst({ where: { userId: personId, organisationId }, select: { organisationId: true } }))) {
    return refuse("notRepresenting");
  }
  const allotmentIds = await allotmentIdsFor(db, eventId, organisationId);
  return booking(db, async (tx) => {
    await lockPlaces(tx, eventId, { organisationIds: organisationId ? [organisationId] : [], allotmentIds });
    const existing = await tx.registration.findFirst({ where: { eventId, personId, status: { in: [...liveRegistrationStatuses] } }, select: { id: true } });
    if (existing) return refuse("alreadyRegistered");
    let status: "confirmed" | "waitlisted" | "applied" = "applied";
    let allotmentId: string | null = null;
    let waitingSince: Date | null = null;
    let position: number | null = null;
    if (event.mode === "first_come") {
      const places = (await placesOf(tx, eventId, now))!;
      const registrant = await registrantOf(tx, organisationId);
      const [seat] = seatsFor(places, registrant, Math.min(1, await capLeft(tx, event, organisationId, now)), { openPool: places.waitingEntries === 0 });
      if (seat) {
        status = "confirmed";
        allotmentId = seat.allotmentId;
      } else {
        status = "waitlisted";
        waitingSince = await nextWaitingSince(tx, eventId, now);
        position = places.waitingEntries + 1;
      }
    }
    const registration = await tx.registration.create({
      data: {
        eventId,
        personId,
        organisationId,
        status,
        allotmentId,
        waitingSince,
        registeredById: personId,
        ...ownAnswers(form, now),
        answers: { create: await checkedAnswers(tx, eventId, form) },
        history: { create: { from: null, to: status, actorId: personId } },
      },
      select: { id: true },
    });
    await mailRegistration(tx, registration.id, status === "applied" ? "applied" : status, { position: position ?? undefined });
    void ip;
    return { ok: true as const, registrationId: registration.id, status, position };
  });
}

export type GroupResult = { ok: true; groupId: string; confirmed: number; waitlisted: number; applied: number } | Refused<RegistrationRefusal | "delegateAlreadyRegistered">;

/**
 * An organisation's admin registers several delegates at once. Each is named with an
 * address and gets a link to complete their own answers. First come: the group is
 * confirmed together or waits together (policy "together"), or takes what fits and the
 * rest wait (policy "split"); application mode: each applies.
 */
export async function registerGroup(
  db: Db,
  {
    eventId,
    organisationId,
    registeredById,
    delegates,
    now = new Date(),
  }: { eventId: string; organisationId: string; registeredById: string; delegates: { name: string; email: string }[]; now?: Date; ip?: string },
): Promise<GroupResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: bookingEvent });
  const closed = whyRegistrationIsClosed(event, now);
  if (closed || !event) return refuse(closed ?? "noSuchEvent");
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  if (!organisation) return refuse("notRepresenting");
  const addresses = [...new Set(delegates.map((delegate) => delegate.email.toLowerCase()))];
  const allotmentIds = await allotmentIdsFor(db, eventId, organisationId);
  const result = await booking(db, async (tx) => {
    await lockPlaces(tx, eventId, { organisationIds: [organisationId], allotmentIds });
    const taken = await tx.registration.count({
      where: {
        eventId,
        status: { in: [...liveRegistrationStatuses] },
        OR: [{ delegateEmail: { in: addresses } }, { person: { email: { in: addresses } } }],
      },
    });
    if (taken > 0 || addresses.length < delegates.length) return refuse("delegateAlreadyRegistered");
    const places = (await placesOf(tx, eventId, now))!;
    const registrant = await registrantOf(tx, organisationId);
    let seats: { allotmentId: string | null }[] = [];
    if (event.mode === "first_come") {
      seats = seatsFor(places, registrant, Math.min(delegates.length, await capLeft(tx, event, organisationId, now)), { openPool: places.waitingEntries === 0 });
      if (event.groupPolicy === "together" && seats.length < delegates.length) seats = [];
    }
    const waitingSince = event.mode === "first_come" && seats.length < delegates.length ? await nextWaitingSince(tx, eventId, now) : null;
    const group = await tx.registrationGroup.create({ data: { eventId, organisationId, registeredById }, select: { id: true } });
    const counts = { confirmed: 0, waitlisted: 0, applied: 0 };
    for (const [index, delegate] of delegates.entries()) {
      const seat = seats[index];
      const status: RegistrationStatus = event.mode === "application" ? "applied" : seat ? "confirmed" : "waitlisted";
      const token = crypto.randomBytes(32).toString("base64url");
      const registration = await tx.registration.create({
        data: {
          eventId,
          organisationId,
          groupId: group.id,
          status,
          delegateName: delegate.name,
          delegateEmail: delegate.email.toLowerCase(),
          completionTokenHash: tokenHash(token),
          allotmentId: seat?.allotmentId ?? null,
          waitingSince: status === "waitlisted" ? waitingSince : null,
          registeredById,
          history: { create: { from: null, to: status, actorId: registeredById } },
        },
        select: { id: true },
      });
      counts[status as keyof typeof counts]++;
      await mailDelegateLink(tx, registration.id, token, organisation.name);
    }
    return { ok: true as const, groupId: group.id, ...counts };
  });
  return result.ok ? result : refuse(result.error === "alreadyRegistered" ? "delegateAlreadyRegistered" : result.error);
}

export function tokenHash(token: string) {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether `personId` may act on the registration: it is theirs, or they registered it (a group's admin). */
function actsFor(registration: { personId: string | null; registeredById: string | null }, personId: string) {
  return registration.personId === personId || registration.registeredById === personId;
}

const cancellable: RegistrationStatus[] = ["applied", "waitlisted", "offered", "confirmed"];

type Cancelling = { id: string; eventId: string; status: RegistrationStatus; organisationId: string | null };

/**
 * Inside the caller's transaction: cancels the registration and offers its place on at
 * once. Takes the event's lock, so the caller may hold others' (an erasure) but no other
 * event's. Refused when the registration has moved meanwhile to a status that cannot be cancelled.
 */
export async function cancelWithin(
  tx: Tx,
  registration: Cancelling,
  { actorId, by, now, ip = "" }: { actorId: string | null; by: "registrant" | "organiser"; now: Date; ip?: string },
): Promise<{ ok: true } | Refused<"notCancellable">> {
  await lockPlaces(tx, registration.eventId);
  const moved = await performMove(tx, registrationWorkflow, {
    id: registration.id,
    from: registration.status,
    to: "cancelled",
    by,
    actorId,
    eventId: registration.eventId,
    organisationId: registration.organisationId,
    set: { offerExpiresAt: null },
    ipAddress: ip,
  });
  if (!moved.ok) return refuse("notCancellable");
  await cancelJob(tx, offerDeadlineJob, registration.id);
  await moveWaitingList(tx, registration.eventId, now);
  return { ok: true as const };
}

async function cancelFound(db: Db, registration: Cancelling, how: Parameters<typeof cancelWithin>[2]): Promise<{ ok: true } | Refused<"notCancellable" | "busy">> {
  if (!cancellable.includes(registration.status)) return refuse("notCancellable");
  const result = await booking(db, (tx) => cancelWithin(tx, registration, how));
  return result.ok ? result : refuse(result.error === "alreadyRegistered" ? "busy" : result.error);
}

const cancellingSelect = { id: true, eventId: true, personId: true, registeredById: true, status: true, organisationId: true } satisfies Prisma.RegistrationSelect;

/** Cancels a registration: its place, if it held one, is free at once and offered on in the same transaction. */
export async function cancelRegistration(
  db: Db,
  { registrationId, actorId, by, now = new Date(), ip = "" }: { registrationId: string; actorId: string; by: "registrant" | "organiser"; now?: Date; ip?: string },
): Promise<{ ok: true } | Refused<"notYours" | "notCancellable" | "busy">> {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: cancellingSelect });
  if (!registration || (by === "registrant" && !actsFor(registration, actorId))) return refuse("notYours");
  return cancelFound(db, registration, { actorId, by, now, ip });
}

/** A delegate cancels their own place through their link (never another delegate's of the group). */
export async function cancelDelegateRegistration(db: Db, { token, now = new Date() }: { token: string; now?: Date }): Promise<{ ok: true } | Refused<"notYours" | "notCancellable" | "busy">> {
  const registration = await db.registration.findUnique({ where: { completionTokenHash: tokenHash(token) }, select: cancellingSelect });
  if (!registration) return refuse("notYours");
  return cancelFound(db, registration, { actorId: null, by: "registrant", now });
}

type OfferRefusal = "notYours" | "noOffer" | "offerExpired" | "busy";

/** The registrations an answer to an offer covers: the one, or every member of its group offered with it. */
async function offerMembers(tx: Tx, registration: { id: string; groupId: string | null }) {
  if (!registration.groupId) return [registration.id];
  const members = await tx.registration.findMany({ where: { groupId: registration.groupId, status: "offered" }, select: { id: true } });
  return members.map((member) => member.id);
}

const offerSelect = { id: true, eventId: true, personId: true, registeredById: true, groupId: true, status: true, offerExpiresAt: true } satisfies Prisma.RegistrationSelect;
type Offered = Prisma.RegistrationGetPayload<{ select: typeof offerSelect }>;

/**
 * Accepts or declines an offer: for the whole group when the admin who registered it
 * answers, for their own place alone when a delegate answers through their link.
 */
async function answerOffer(
  db: Db,
  registration: Offered,
  { actorId, now, accept, wholeGroup }: { actorId: string | null; now: Date; accept: boolean; wholeGroup: boolean },
): Promise<{ ok: true } | Refused<OfferRefusal>> {
  if (registration.status !== "offered") return refuse("noOffer");
  // Checked here, whatever the deadline job has done yet: a lapsed offer cannot be taken.
  if (!registration.offerExpiresAt || registration.offerExpiresAt <= now) return refuse("offerExpired");
  const result = await booking(db, async (tx): Promise<{ ok: true } | Refused<OfferRefusal>> => {
    await lockPlaces(tx, registration.eventId);
    const current = await tx.registration.findUniqueOrThrow({ where: { id: registration.id }, select: { status: true, offerExpiresAt: true } });
    if (current.status !== "offered") return refuse("noOffer");
    if (!current.offerExpiresAt || current.offerExpiresAt <= now) return refuse("offerExpired");
    for (const id of wholeGroup ? await offerMembers(tx, registration) : [registration.id]) {
      await mustMove(tx, {
        id,
        from: "offered",
        to: accept ? "confirmed" : "declined",
        by: "registrant",
        actorId,
        eventId: registration.eventId,
        set: { offerExpiresAt: null },
      });
      await cancelJob(tx, offerDeadlineJob, id);
      if (accept) await mailRegistration(tx, id, "confirmed");
    }
    if (!accept) await moveWaitingList(tx, registration.eventId, now);
    return { ok: true };
  });
  return result.ok ? result : refuse(result.error === "alreadyRegistered" ? "busy" : result.error);
}

async function answerOwnOffer(db: Db, registrationId: string, personId: string, now: Date, accept: boolean): Promise<{ ok: true } | Refused<OfferRefusal>> {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: offerSelect });
  if (!registration || !actsFor(registration, personId)) return refuse("notYours");
  return answerOffer(db, registration, { actorId: personId, now, accept, wholeGroup: true });
}

/** Accepts an offered place (for the whole group, when the offer was to a group). */
export function acceptOffer(db: Db, { registrationId, personId, now = new Date() }: { registrationId: string; personId: string; now?: Date }) {
  return answerOwnOffer(db, registrationId, personId, now, true);
}

/** Declines an offered place: it moves on to the next entry waiting at once. */
export function declineOffer(db: Db, { registrationId, personId, now = new Date() }: { registrationId: string; personId: string; now?: Date }) {
  return answerOwnOffer(db, registrationId, personId, now, false);
}

/** A delegate, through their link, accepts or declines the place offered to them (theirs alone, not the rest of the group's). */
export async function answerDelegateOffer(db: Db, { token, accept, now = new Date() }: { token: string; accept: boolean; now?: Date }): Promise<{ ok: true } | Refused<OfferRefusal>> {
  const registration = await db.registration.findUnique({ where: { completionTokenHash: tokenHash(token) }, select: offerSelect });
  if (!registration) return refuse("notYours");
  return answerOffer(db, registration, { actorId: null, now, accept, wholeGroup: false });
}

const answerableStatuses: RegistrationStatus[] = ["applied", "confirmed", "waitlisted", "offered"];

async function saveAnswers(db: Db, where: Prisma.RegistrationWhereInput, form: RegistrationForm, now: Date): Promise<{ ok: true } | Refused<"notYours" | "notChangeable">> {
  const registration = await db.registration.findFirst({ where, select: { id: true, eventId: true, status: true } });
  if (!registration) return refuse("notYours");
  if (!answerableStatuses.includes(registration.status)) return refuse("notChangeable");
  await db.$transaction(async (tx) => {
    // Under the erasure's lock: an answer already erased is not stored again (it would outlive its erasure).
    await lockAnswers(tx, registration.eventId);
    const erased = await erasedAnswersOf(tx, registration.eventId);
    const answers = await checkedAnswers(tx, registration.eventId, form);
    const { motivation, ...answersOnly } = ownAnswers(form, now);
    const kept = Object.fromEntries(Object.entries(answersOnly).filter(([column]) => !standardAnswers.some((answer) => erased.standard.has(answer) && answerColumn[answer] === column)));
    await tx.registration.update({
      where: { id: registration.id },
      // The motivation is what organisers selected on: it changes only while they have not decided.
      data: { ...kept, ...(registration.status === "applied" && !erased.standard.has("motivation") ? { motivation } : {}) },
    });
    // The follow-up answers are saved by their own form (follow-up.server.ts) and stay.
    await tx.registrationAnswer.deleteMany({ where: { registrationId: registration.id, questionId: { in: await registrationQuestionIds(tx, registration.eventId) } } });
    await tx.registrationAnswer.createMany({ data: answers.map((answer) => ({ ...answer, registrationId: registration.id })) });
  });
  return { ok: true };
}

/** A registrant changes their own answers (not who they represent, nor their place). */
export function saveOwnAnswers(db: Db, { registrationId, personId, form, now = new Date() }: { registrationId: string; personId: string; form: RegistrationForm; now?: Date }) {
  return saveAnswers(db, { id: registrationId, personId }, form, now);
}

/** A delegate, through the link they were mailed, gives their answers and accepts the code of conduct. */
export function saveDelegateAnswers(db: Db, { token, form, now = new Date() }: { token: string; form: RegistrationForm; now?: Date }) {
  return saveAnswers(db, { completionTokenHash: tokenHash(token) }, form, now);
}

export type Decision = "confirmed" | "waitlisted" | "declined" | "attended" | "cancelled";

/**
 * An organiser's decision: select (never beyond the places free for that registrant:
 * "full"), put on the waiting list, decline, mark attended, cancel. Each is audited and
 * the registrant is told; a place freed moves the waiting list.
 */
export async function decideRegistration(
  db: Db,
  { registrationId, to, actorId, now = new Date(), ip = "" }: { registrationId: string; to: Decision; actorId: string; now?: Date; ip?: string },
): Promise<{ ok: true } | Refused<"moveNotAllowed" | "staleState" | "full" | "busy" | "notFound">> {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: { id: true, eventId: true, status: true, organisationId: true } });
  if (!registration) return refuse("notFound");
  const event = await db.event.findUniqueOrThrow({ where: { id: registration.eventId }, select: bookingEvent });
  const allotmentIds = await allotmentIdsFor(db, registration.eventId, registration.organisationId);
  const result = await booking(db, async (tx): Promise<{ ok: true } | Refused<"moveNotAllowed" | "staleState" | "full">> => {
    await lockPlaces(tx, registration.eventId, { organisationIds: registration.organisationId ? [registration.organisationId] : [], allotmentIds });
    const current = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } });
    if (current.status !== registration.status) return refuse("staleState");
    let set: RegistrationMoveSet = {};
    if (to === "confirmed" && registration.status !== "attended") {
      const places = (await placesOf(tx, registration.eventId, now))!;
      const registrant = await registrantOf(tx, registration.organisationId);
      const [seat] = seatsFor(places, registrant, Math.min(1, await capLeft(tx, event, registration.organisationId, now)), { openPool: true });
      if (!seat) return refuse("full");
      set = { allotmentId: seat.allotmentId, waitingSince: null, offerExpiresAt: null };
    } else if (to === "waitlisted") {
      set = { waitingSince: await nextWaitingSince(tx, registration.eventId, now), allotmentId: null };
    } else if (to === "cancelled" || to === "declined") {
      set = { offerExpiresAt: null };
    } else if (to === "attended") {
      // Marked by hand, as the door would (check-in.server.ts): the door then says since when.
      set = { checkedInAt: now, checkedInById: actorId };
    } else if (to === "confirmed") {
      // Back from attended: a mistaken check-in undone.
      set = { checkedInAt: null, checkedInById: null };
    }
    const moved = await performMove(tx, registrationWorkflow, {
      id: registrationId,
      from: registration.status,
      to,
      by: "organiser",
      actorId,
      eventId: registration.eventId,
      organisationId: registration.organisationId,
      set,
      ipAddress: ip,
    });
    if (!moved.ok) return refuse(moved.error);
    if (to === "confirmed" && registration.status !== "attended") await mailRegistration(tx, registrationId, "confirmed");
    if (to === "waitlisted") {
      const positions = await waitingPositions(tx, registration.eventId);
      await mailRegistration(tx, registrationId, "waitlisted", { position: positions.get(registrationId) });
    }
    if (to === "cancelled" || to === "declined") await moveWaitingList(tx, registration.eventId, now);
    return { ok: true };
  });
  return result.ok ? result : refuse(result.error === "alreadyRegistered" ? "busy" : result.error);
}

type RegistrationMoveSet = NonNullable<Parameters<typeof mustMove>[1]["set"]>;

/**
 * Sets the event's capacity inside the caller's transaction, under the event's places
 * lock: refused below the places held and reserved; raising it offers the new places to
 * the waiting list at once. The event editing command calls it with its other changes.
 */
export async function setCapacity(
  tx: Tx,
  { eventId, capacity, actorId, now, ip }: { eventId: string; capacity: number; actorId: string; now: Date; ip: string },
): Promise<{ ok: true; offered: number } | Refused<"notFound" | "belowHeld">> {
  await lockPlaces(tx, eventId);
  const places = await placesOf(tx, eventId, now);
  if (!places) return refuse("notFound");
  if (capacity === places.capacity) return { ok: true, offered: 0 };
  if (capacity < places.held + places.reserved) return refuse("belowHeld");
  await tx.event.update({ where: { id: eventId }, data: { capacity } });
  await recordAudit(tx, { action: "events.capacity_changed", actorId, ipAddress: ip, details: { event: eventId, from: places.capacity, to: capacity } });
  return { ok: true, offered: await moveWaitingList(tx, eventId, now) };
}

/** Changes how many places the event has; raising it offers the new places to the waiting list at once. */
export async function changeCapacity(
  db: Db,
  { eventId, capacity, actorId, now = new Date(), ip = "" }: { eventId: string; capacity: number; actorId: string; now?: Date; ip?: string },
): Promise<{ ok: true; offered: number } | Refused<"notFound" | "belowHeld" | "busy">> {
  const result = await booking(db, (tx) => setCapacity(tx, { eventId, capacity, actorId, now, ip }));
  return result.ok ? result : refuse(result.error === "alreadyRegistered" ? "busy" : result.error);
}

export type AllotmentInput = {
  organisationId: string | null;
  places: number;
  releasesAt: Date;
  /** Release it now, before its date: what it still reserves returns to the open pool. */
  releaseNow?: boolean;
};

export type AllotmentRefusal =
  | { ok: false; error: "notFound" | "duplicateAllotment" | "busy" }
  /** The organisation (null: the members' pool) whose release date is not in the future. */
  | { ok: false; error: "releaseInPast"; organisationId: string | null }
  /** Not an active member (or no such organisation), or active without the Charter in force signed. */
  | { ok: false; error: "notAMember" | "charterNotSigned"; organisationId: string }
  /** At most `available` places can be reserved: the capacity less the places held outside allotments. */
  | { ok: false; error: "tooManyReserved"; available: number };

/**
 * Why an allotment for `organisationId` cannot be made or kept: every allotment is for a
 * member in good standing (DOMAIN.md: active, and the Charter in force signed).
 */
async function whyNotInGoodStanding(tx: Tx, organisationId: string): Promise<"notAMember" | "charterNotSigned" | null> {
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true, status: true } });
  if (!organisation || organisation.status !== "active") return "notAMember";
  return (await standingOf(tx, organisation)).inGoodStanding ? null : "charterNotSigned";
}

/**
 * Sets the event's allotments (replacing the previous ones): places reserved for one
 * member organisation in good standing, or (organisationId null) for all members in good
 * standing, until a release date in the future. An allotment kept with its release date
 * unchanged keeps it, even once past; `releaseNow` releases one before its date. What a
 * removed or released allotment still reserved returns to the open pool and the waiting
 * list moves, in the same transaction. Refused when they would reserve more than the
 * places not held outside them, and then nothing changes.
 */
export async function setAllotments(
  db: Db,
  { eventId, allotments, actorId, now = new Date(), ip = "" }: { eventId: string; allotments: AllotmentInput[]; actorId: string; now?: Date; ip?: string },
): Promise<{ ok: true } | AllotmentRefusal> {
  const keys = allotments.map((allotment) => allotment.organisationId ?? "");
  if (new Set(keys).size !== keys.length) return refuse("duplicateAllotment");
  const existing = await db.eventAllotment.findMany({ where: { eventId }, select: { id: true, organisationId: true, releasesAt: true, releasedAt: true } });
  const before = new Map(existing.map((allotment) => [allotment.organisationId ?? "", allotment]));
  for (const allotment of allotments) {
    const kept = before.get(allotment.organisationId ?? "");
    const unchanged = kept !== undefined && kept.releasesAt.getTime() === allotment.releasesAt.getTime();
    if (!allotment.releaseNow && !unchanged && allotment.releasesAt <= now) return { ok: false, error: "releaseInPast", organisationId: allotment.organisationId };
  }
  const result = await booking(db, async (tx): Promise<{ ok: true } | AllotmentRefusal> => {
    await lockPlaces(tx, eventId, { allotmentIds: existing.map((allotment) => allotment.id) });
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { capacity: true } });
    if (!event) return refuse("notFound");
    for (const allotment of allotments) {
      if (!allotment.organisationId) continue;
      const why = await whyNotInGoodStanding(tx, allotment.organisationId);
      if (why) return { ok: false, error: why, organisationId: allotment.organisationId };
    }
    for (const allotment of existing) {
      if (!keys.includes(allotment.organisationId ?? "")) {
        await tx.eventAllotment.delete({ where: { id: allotment.id } });
        await cancelJob(tx, allotmentReleaseJob, allotment.id);
      }
    }
    for (const allotment of allotments) {
      const kept = before.get(allotment.organisationId ?? "");
      const releasedAt = kept?.releasedAt ?? (allotment.releaseNow || allotment.releasesAt <= now ? now : null);
      const data = { places: allotment.places, releasesAt: allotment.releaseNow && !kept?.releasedAt ? now : allotment.releasesAt, releasedAt };
      const saved = kept
        ? await tx.eventAllotment.update({ where: { id: kept.id }, data, select: { id: true } })
        : await tx.eventAllotment.create({ data: { eventId, organisationId: allotment.organisationId, ...data }, select: { id: true } });
      if (releasedAt === null) {
        await rescheduleJob(tx, allotmentReleaseJob, { payload: { allotmentId: saved.id }, runAt: data.releasesAt, key: saved.id });
      } else {
        await cancelJob(tx, allotmentReleaseJob, saved.id);
      }
    }
    const places = (await placesOf(tx, eventId, now))!;
    // Reserved places that are not yet used must fit beside the places already held outside them.
    const heldOutside = places.held - places.allotments.reduce((sum, allotment) => sum + allotment.used, 0);
    const wanted = places.allotments.reduce((sum, allotment) => sum + allotment.used + allotment.reserved, 0);
    if (heldOutside + wanted > event.capacity) throw new AllotmentsTooLarge(Math.max(0, event.capacity - heldOutside));
    await recordAudit(tx, {
      action: "events.allotment_changed",
      actorId,
      ipAddress: ip,
      details: {
        event: eventId,
        allotments: allotments.length,
        removed: existing.filter((allotment) => !keys.includes(allotment.organisationId ?? "")).length,
        released: allotments.filter((allotment) => allotment.releaseNow).length,
      },
    });
    await moveWaitingList(tx, eventId, now);
    return { ok: true };
  }).catch((error: unknown) => {
    if (error instanceof AllotmentsTooLarge) return { ok: false as const, error: "tooManyReserved" as const, available: error.available };
    throw error;
  });
  // No registration is created here, so a unique violation cannot be one: answer busy, as the others do.
  return result.ok ? result : result.error === "alreadyRegistered" ? refuse("busy") : (result as AllotmentRefusal);
}

/** Thrown inside the transaction so that everything it wrote rolls back. */
class AllotmentsTooLarge extends Error {
  constructor(readonly available: number) {
    super("allotments too large");
  }
}
