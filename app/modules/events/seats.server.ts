// Where a registrant's places come from, and what an organisation may still take: the
// rules every booking command and the waiting list share. They read the ledger
// (places.server.ts) and must run under lockPlaces, in the transaction that writes.
import type { Prisma } from "~/generated/prisma/client";
import { standingOf } from "~/modules/membership/good-standing.server";
import type { Places } from "./places.server";

type Tx = Prisma.TransactionClient;

export type Seat = { allotmentId: string | null };
export type Registrant = { id: string; inGoodStanding: boolean } | null;

/**
 * Up to `count` seats for a registrant of `organisation`, in this order: its own
 * allotment, the members' pool (members in good standing only), then the open pool when
 * `openPool` allows (nobody waiting ahead). Fewer than `count` when fewer are free.
 */
export function seatsFor(places: Places, organisation: Registrant, count: number, { openPool }: { openPool: boolean }): Seat[] {
  const seats: Seat[] = [];
  if (count <= 0) return seats;
  if (organisation?.inGoodStanding) {
    const own = places.allotments.filter((allotment) => allotment.organisationId === organisation.id);
    const pool = places.allotments.filter((allotment) => allotment.organisationId === null);
    for (const allotment of [...own, ...pool]) {
      for (let left = allotment.reserved; left > 0 && seats.length < count; left--) seats.push({ allotmentId: allotment.id });
    }
  }
  if (openPool) for (let left = places.free; left > 0 && seats.length < count; left--) seats.push({ allotmentId: null });
  return seats;
}

/** What the event's cap per organisation still allows it (Infinity without a cap or an organisation). */
export async function capLeft(tx: Tx, event: { id: string; organisationCap: number | null }, organisationId: string | null, now: Date) {
  if (event.organisationCap === null || organisationId === null) return Number.POSITIVE_INFINITY;
  const held = await tx.registration.count({
    where: {
      eventId: event.id,
      organisationId,
      OR: [{ status: { in: ["confirmed", "attended"] } }, { status: "offered", offerExpiresAt: { gt: now } }],
    },
  });
  return Math.max(0, event.organisationCap - held);
}

/** The organisation as the seat rules see it: whether it is in good standing now. */
export async function registrantOf(tx: Tx, organisationId: string | null): Promise<Registrant> {
  if (!organisationId) return null;
  const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true, status: true } });
  if (!organisation) return null;
  return { id: organisation.id, inGoodStanding: (await standingOf(tx, organisation)).inGoodStanding };
}

/** The allotments a registrant of `organisationId` could draw on: their locks are taken with the event's. */
export async function allotmentIdsFor(tx: Tx | Prisma.TransactionClient, eventId: string, organisationId: string | null) {
  const allotments = await tx.eventAllotment.findMany({
    where: { eventId, OR: [{ organisationId: null }, ...(organisationId ? [{ organisationId }] : [])] },
    select: { id: true },
  });
  return allotments.map((allotment) => allotment.id);
}
