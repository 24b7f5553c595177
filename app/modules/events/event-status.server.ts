// A coordinator publishes a draft, or cancels an event (through eventWorkflow). Cancelling
// ends every live registration with it (actor `eventCancelled`) in the same transaction,
// under the event's places lock so no booking slips in between, and mails each registrant
// in their language, with the reason.
import type { PrismaClient } from "~/generated/prisma/client";
import { cancelJob } from "~/mechanisms/jobs/schedule-job.server";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import { cancelAfterEvent, scheduleAfterEvent } from "./after-event.server";
import { eventWorkflow } from "./event-workflow";
import { lockPlaces } from "./places.server";
import { mailRegistration } from "./registration-mail.server";
import { registrationWorkflow } from "./registration-workflow";
import { booking } from "./registrations.server";
import { allotmentReleaseJob, offerDeadlineJob } from "./waiting-list.server";

type Db = PrismaClient;
type Refused<E extends string> = { ok: false; error: E };
const refuse = <E extends string>(error: E): Refused<E> => ({ ok: false, error });

/** Publishes a draft: it appears in the public list, and people may register once its window opens. */
export async function publishEvent(
  db: Db,
  { eventId, actorId, ip = "" }: { eventId: string; actorId: string; ip?: string },
): Promise<{ ok: true } | Refused<"notFound" | "moveNotAllowed" | "staleState">> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { status: true, hostOrganisationId: true } });
  if (!event) return refuse("notFound");
  return db.$transaction(async (tx) => {
    const moved = await performMove(tx, eventWorkflow, {
      id: eventId,
      from: event.status,
      to: "published",
      by: "coordinator",
      actorId,
      organisationId: event.hostOrganisationId,
      ipAddress: ip,
    });
    if (!moved.ok) return refuse(moved.error);
    // Certificates and feedback links go out at its end (read after the move, which holds the row).
    const { endsAt } = await tx.event.findUniqueOrThrow({ where: { id: eventId }, select: { endsAt: true } });
    await scheduleAfterEvent(tx, { id: eventId, endsAt });
    return { ok: true as const };
  });
}

const endedByCancellation = ["applied", "waitlisted", "offered", "confirmed"] as const;

/** Cancels an event and every live registration for it; each registrant is mailed the reason. Returns how many were told. */
export async function cancelEvent(
  db: Db,
  { eventId, actorId, reason, ip = "" }: { eventId: string; actorId: string; reason: string; ip?: string },
): Promise<{ ok: true; cancelled: number } | Refused<"notFound" | "moveNotAllowed" | "staleState" | "busy">> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { status: true, hostOrganisationId: true } });
  if (!event) return refuse("notFound");
  const result = await booking(db, async (tx) => {
    await lockPlaces(tx, eventId);
    const moved = await performMove(tx, eventWorkflow, {
      id: eventId,
      from: event.status,
      to: "cancelled",
      by: "coordinator",
      actorId,
      organisationId: event.hostOrganisationId,
      reason,
      ipAddress: ip,
    });
    if (!moved.ok) return refuse(moved.error);
    const live = await tx.registration.findMany({
      where: { eventId, status: { in: [...endedByCancellation] } },
      select: { id: true, status: true, organisationId: true },
      orderBy: { createdAt: "asc" },
    });
    for (const registration of live) {
      const ended = await performMove(tx, registrationWorkflow, {
        id: registration.id,
        from: registration.status,
        to: "cancelled",
        by: "eventCancelled",
        actorId,
        eventId,
        organisationId: registration.organisationId,
        set: { offerExpiresAt: null },
        ipAddress: ip,
      });
      // Under the places lock nothing else moves it; a refusal here is a bug, and rolls everything back.
      if (!ended.ok) throw new Error(`registration ${registration.id}: ${ended.error}`);
      await cancelJob(tx, offerDeadlineJob, registration.id);
      await mailRegistration(tx, registration.id, "eventCancelled", { reason });
    }
    for (const allotment of await tx.eventAllotment.findMany({ where: { eventId, releasedAt: null }, select: { id: true } })) {
      await cancelJob(tx, allotmentReleaseJob, allotment.id);
    }
    await cancelAfterEvent(tx, eventId);
    return { ok: true as const, cancelled: live.length };
  });
  return result.ok ? result : refuse(result.error === "alreadyRegistered" ? "busy" : result.error);
}
