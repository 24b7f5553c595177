// The waiting list moves by itself (DOMAIN.md): whenever places may have freed up (a
// cancellation, a declined or lapsed offer, an allotment released, capacity raised), the
// first entries that fit are offered a place at once, with a deadline, by email. An entry
// is a person, or a group that waits as one. Everything here runs in the caller's
// transaction, which already holds lockPlaces for the event.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { cancelJob, scheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { MoveRefused, performMove } from "~/mechanisms/workflows/perform-move.server";
import { lockPlaces, placesOf } from "./places.server";
import { mailRegistration } from "./registration-mail.server";
import { registrationWorkflow, type RegistrationActor, type RegistrationMoveDetails } from "./registration-workflow";
import { capLeft, registrantOf, seatsFor, type Registrant } from "./seats.server";
import type { RegistrationStatus } from "~/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

type Move = { id: string; from: RegistrationStatus; to: RegistrationStatus; by: RegistrationActor } & RegistrationMoveDetails;

/** A move the transaction cannot go on without: refused, it throws MoveRefused and everything rolls back. */
export async function mustMove(tx: Tx, move: Move) {
  const result = await performMove(tx, registrationWorkflow, move);
  if (!result.ok) throw new MoveRefused(result.error, `registration ${move.id}`);
}

/**
 * When a registration begins to wait: now, or a millisecond after the last one to begin
 * waiting at this event, so that positions never tie (the caller holds the event's lock).
 */
export async function nextWaitingSince(tx: Tx, eventId: string, now: Date) {
  const last = await tx.registration.findFirst({
    where: { eventId, waitingSince: { not: null } },
    orderBy: { waitingSince: "desc" },
    select: { waitingSince: true },
  });
  const after = last?.waitingSince ? last.waitingSince.getTime() + 1 : 0;
  return new Date(Math.max(now.getTime(), after));
}

type WaitingEntry = { key: string; groupId: string | null; organisationId: string | null; members: string[] };

/** The waiting list of an event in order: each person, or each group as one entry at its first member's place. */
export async function waitingEntries(tx: Tx | Prisma.TransactionClient, eventId: string): Promise<WaitingEntry[]> {
  const waiting = await tx.registration.findMany({
    where: { eventId, status: "waitlisted" },
    select: { id: true, groupId: true, organisationId: true },
    orderBy: [{ waitingSince: "asc" }, { id: "asc" }],
  });
  const entries = new Map<string, WaitingEntry>();
  for (const registration of waiting) {
    const key = registration.groupId ?? registration.id;
    const entry = entries.get(key) ?? { key, groupId: registration.groupId, organisationId: registration.organisationId, members: [] };
    entry.members.push(registration.id);
    entries.set(key, entry);
  }
  return [...entries.values()];
}

/** Each waiting registration's position, 1 to n without gaps (a group's members share theirs). */
export async function waitingPositions(tx: Tx | Prisma.TransactionClient, eventId: string) {
  const positions = new Map<string, number>();
  (await waitingEntries(tx, eventId)).forEach((entry, index) => entry.members.forEach((id) => positions.set(id, index + 1)));
  return positions;
}

/**
 * Offers freed places to the waiting list, first entry first. An entry whose organisation
 * is at its cap is passed over (it keeps its position). A group placed together is offered
 * places only when there are enough for all of it; until then those behind it may take
 * the places it cannot use, so no place stays empty while someone who fits is waiting.
 */
export async function moveWaitingList(tx: Tx, eventId: string, now: Date) {
  const event = await tx.event.findUnique({
    where: { id: eventId },
    select: { id: true, status: true, startsAt: true, offerHours: true, organisationCap: true, groupPolicy: true },
  });
  if (!event || event.status !== "published" || event.startsAt <= now) return 0;
  const standing = new Map<string, Registrant>();
  let offered = 0;
  for (const entry of await waitingEntries(tx, eventId)) {
    const places = (await placesOf(tx, eventId, now))!;
    if (places.free === 0 && places.reserved === 0) break;
    const key = entry.organisationId ?? "";
    if (entry.organisationId && !standing.has(key)) standing.set(key, await registrantOf(tx, entry.organisationId));
    const registrant = entry.organisationId ? standing.get(key)! : null;
    const wanted = entry.members.length;
    const seats = seatsFor(places, registrant, Math.min(wanted, await capLeft(tx, event, entry.organisationId, now)), { openPool: true });
    if (seats.length === 0) continue;
    if (entry.groupId && event.groupPolicy === "together" && seats.length < wanted) continue;
    const offerExpiresAt = new Date(now.getTime() + event.offerHours * 3_600_000);
    for (const [index, seat] of seats.entries()) {
      const id = entry.members[index]!;
      await mustMove(tx, {
        id,
        from: "waitlisted",
        to: "offered",
        by: "waitingList",
        actorId: null,
        eventId,
        set: { offerExpiresAt, allotmentId: seat.allotmentId },
      });
      await scheduleJob(tx, offerDeadlineJob, { payload: { registrationId: id }, runAt: offerExpiresAt, key: id });
      offered++;
    }
    // One mail per entry: a person, or the admin who registered the group.
    await mailRegistration(tx, entry.members[0]!, "offered");
  }
  return offered;
}

/**
 * An offer whose deadline has passed goes back (declined, by the waiting list), and its
 * place moves on. A group's offer lapses for the whole group. Does nothing before the
 * deadline or when the offer was answered meanwhile.
 */
export async function lapseOffer(tx: Tx, registrationId: string, now: Date) {
  const registration = await tx.registration.findUnique({ where: { id: registrationId }, select: { eventId: true } });
  if (!registration) return false;
  await lockPlaces(tx, registration.eventId);
  const current = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true, offerExpiresAt: true, groupId: true } });
  if (current.status !== "offered" || !current.offerExpiresAt || current.offerExpiresAt > now) return false;
  const lapsed = current.groupId
    ? await tx.registration.findMany({ where: { groupId: current.groupId, status: "offered", offerExpiresAt: { lte: now } }, select: { id: true } })
    : [{ id: registrationId }];
  for (const { id } of lapsed) {
    await mustMove(tx, { id, from: "offered", to: "declined", by: "waitingList", actorId: null, eventId: registration.eventId });
    await cancelJob(tx, offerDeadlineJob, id);
  }
  await mailRegistration(tx, registrationId, "lapsed");
  await moveWaitingList(tx, registration.eventId, now);
  return true;
}

/** At an offer's deadline: if it is still open, it lapses and the place moves on. */
export const offerDeadlineJob = defineTimedJob({
  kind: "events.offer-deadline",
  payload: z.object({ registrationId: z.string() }),
  async run(tx, { registrationId }) {
    await lapseOffer(tx, registrationId, new Date());
  },
});

/** Marks an allotment released once its date has come, and moves the waiting list. */
export async function releaseAllotment(tx: Tx, allotmentId: string, now: Date) {
  const allotment = await tx.eventAllotment.findUnique({ where: { id: allotmentId }, select: { eventId: true } });
  if (!allotment) return false;
  await lockPlaces(tx, allotment.eventId, { allotmentIds: [allotmentId] });
  const released = await tx.eventAllotment.updateMany({ where: { id: allotmentId, releasedAt: null, releasesAt: { lte: now } }, data: { releasedAt: now } });
  if (released.count === 0) return false;
  await moveWaitingList(tx, allotment.eventId, now);
  return true;
}

/** At an allotment's release date: what it still reserves returns to the open pool. */
export const allotmentReleaseJob = defineTimedJob({
  kind: "events.allotment-release",
  payload: z.object({ allotmentId: z.string() }),
  async run(tx, { allotmentId }) {
    await releaseAllotment(tx, allotmentId, new Date());
  },
});
