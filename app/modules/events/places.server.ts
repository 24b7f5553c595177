// The one ledger of an event's places (DOMAIN.md: "seats are never oversold"). Nothing
// here is stored: free places are the capacity less the places held (confirmed,
// attended, and offers still open) less what unreleased allotments still reserve. Every
// command that takes a place first takes `lockPlaces`, then reads this ledger, then
// writes, all in one transaction (READ COMMITTED): the lock is what makes the read still
// true at the commit. Freeing a place needs no lock. docs/decisions/018-events-and-places.md
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { getEnv } from "~/utils/env.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** A lock that cannot be had within this long answers "busy, please try again" (LockTimeout). */
export const placesLockTimeoutMs = 3_000;

export type AllotmentLedger = {
  id: string;
  /** Null for the members' pool. */
  organisationId: string | null;
  places: number;
  /** Places of this allotment held now. */
  used: number;
  /** What it still reserves: 0 once released or past its release date. */
  reserved: number;
  releasesAt: Date;
};

export type Places = {
  capacity: number;
  /** Confirmed, attended, and offered with the offer still open. */
  held: number;
  /** Reserved by allotments and not yet used. */
  reserved: number;
  /** Open to anyone: never below 0 (a capacity lowered under what is held shows 0). */
  free: number;
  /** Entries on the waiting list: a group waiting counts once. */
  waitingEntries: number;
  /** People on the waiting list. */
  waitingPeople: number;
  allotments: AllotmentLedger[];
};

type LedgerRow = { id: string; capacity: number; held: bigint; waitingPeople: bigint; waitingEntries: bigint };
type AllotmentRow = { id: string; eventId: string; organisationId: string | null; places: number; used: bigint; releasesAt: Date; releasedAt: Date | null };

/** The ledger of each event in `eventIds` (events not found are left out). */
export async function placesOfEvents(db: Db, eventIds: readonly string[], now = new Date()): Promise<Map<string, Places>> {
  if (eventIds.length === 0) return new Map();
  const ids = [...new Set(eventIds)];
  const events = await db.$queryRaw<LedgerRow[]>`
    SELECT e."id", e."capacity",
      count(r."id") FILTER (WHERE r."status" IN ('confirmed', 'attended') OR (r."status" = 'offered' AND r."offerExpiresAt" > ${now})) AS "held",
      count(r."id") FILTER (WHERE r."status" = 'waitlisted') AS "waitingPeople",
      count(DISTINCT coalesce(r."groupId", r."id")) FILTER (WHERE r."status" = 'waitlisted') AS "waitingEntries"
    FROM "Event" e
    LEFT JOIN "Registration" r ON r."eventId" = e."id"
    WHERE e."id" = ANY(${ids})
    GROUP BY e."id"`;
  const allotments = await db.$queryRaw<AllotmentRow[]>`
    SELECT a."id", a."eventId", a."organisationId", a."places", a."releasesAt", a."releasedAt",
      count(r."id") FILTER (WHERE r."status" IN ('confirmed', 'attended') OR (r."status" = 'offered' AND r."offerExpiresAt" > ${now})) AS "used"
    FROM "EventAllotment" a
    LEFT JOIN "Registration" r ON r."allotmentId" = a."id"
    WHERE a."eventId" = ANY(${ids})
    GROUP BY a."id"
    ORDER BY a."releasesAt", a."id"`;
  const ledgers = new Map<string, Places>();
  for (const event of events) {
    const own = allotments
      .filter((allotment) => allotment.eventId === event.id)
      .map((allotment): AllotmentLedger => {
        const used = Number(allotment.used);
        const open = allotment.releasedAt === null && allotment.releasesAt > now;
        return {
          id: allotment.id,
          organisationId: allotment.organisationId,
          places: allotment.places,
          used,
          reserved: open ? Math.max(0, allotment.places - used) : 0,
          releasesAt: allotment.releasesAt,
        };
      });
    const held = Number(event.held);
    const reserved = own.reduce((sum, allotment) => sum + allotment.reserved, 0);
    ledgers.set(event.id, {
      capacity: event.capacity,
      held,
      reserved,
      free: Math.max(0, event.capacity - held - reserved),
      waitingEntries: Number(event.waitingEntries),
      waitingPeople: Number(event.waitingPeople),
      allotments: own,
    });
  }
  return ledgers;
}

/** The ledger of one event, or null when there is no such event. */
export async function placesOf(db: Db, eventId: string, now = new Date()): Promise<Places | null> {
  return (await placesOfEvents(db, [eventId], now)).get(eventId) ?? null;
}

/**
 * The places a registrant from `organisationId` could take now: the open pool, plus what
 * their own allotment and (when the organisation is in good standing) the members' pool
 * still reserve. Which allotment a place comes from is the booking command's choice.
 */
export function placesOpenTo(places: Places, organisation: { id: string; inGoodStanding: boolean } | null) {
  const forThem = places.allotments.filter(
    (allotment) =>
      organisation?.inGoodStanding && (allotment.organisationId === organisation.id || allotment.organisationId === null),
  );
  return places.free + forThem.reduce((sum, allotment) => sum + allotment.reserved, 0);
}

/** The lock names guarding an event's places and the quotas a booking touches. */
export function placesLockNames(eventId: string, quotas: { organisationIds?: readonly string[]; allotmentIds?: readonly string[] } = {}) {
  return [
    `events:places:${eventId}`,
    ...(quotas.organisationIds ?? []).map((id) => `events:organisation-cap:${eventId}:${id}`),
    ...(quotas.allotmentIds ?? []).map((id) => `events:allotment:${id}`),
  ];
}

/**
 * Takes, in sorted order, the locks of the event's places and of each quota the booking
 * touches, until the transaction ends; throws LockTimeout after placesLockTimeoutMs.
 * Call it before reading the ledger for a decision. The one switch that takes it out is
 * PLACES_LOCK=off (env.server.ts), for the race tests' control alone.
 */
export async function lockPlaces(tx: Prisma.TransactionClient, eventId: string, quotas: Parameters<typeof placesLockNames>[1] = {}) {
  // PLACES_LOCK=off: the race tests' control, which must then see places oversold.
  if (getEnv().PLACES_LOCK === "off") return;
  return lockNames(tx, placesLockNames(eventId, quotas), { timeoutMs: placesLockTimeoutMs });
}
