// What everyone sees of events: the published ones (and cancelled ones, marked so), each
// with its texts in the reader's language and its places from the ledger, in one query
// for a whole page. Drafts are nobody's to see here.
import type { PrismaClient } from "~/generated/prisma/client";
import type { Language } from "~/utils/languages";
import { placesOfEvents } from "./places.server";
import { whyRegistrationIsClosed } from "./registrations.server";
import { shownEventTexts } from "./shown-event-texts.server";

type Db = PrismaClient;

const publicEvent = {
  id: true,
  type: true,
  season: true,
  status: true,
  mode: true,
  venue: true,
  city: true,
  countryCode: true,
  timeZone: true,
  startsAt: true,
  endsAt: true,
  deliveryLanguages: true,
  capacity: true,
  offerHours: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  organisationCap: true,
  cancellationReason: true,
  hostOrganisation: { select: { name: true, slug: true } },
} as const;

/** Upcoming events soonest first (those not yet ended), or past ones newest first. */
export async function listPublicEvents(db: Db, language: Language, { when = "upcoming", now = new Date() }: { when?: "upcoming" | "past"; now?: Date } = {}) {
  const events = await db.event.findMany({
    where: { status: { in: ["published", "cancelled"] }, publishedAt: { not: null }, ...(when === "upcoming" ? { endsAt: { gt: now } } : { endsAt: { lte: now } }) },
    select: publicEvent,
    orderBy: when === "upcoming" ? [{ startsAt: "asc" }, { id: "asc" }] : [{ startsAt: "desc" }, { id: "asc" }],
    take: 100,
  });
  const ids = events.map((event) => event.id);
  const [texts, places] = await Promise.all([shownEventTexts(db, ids, language), placesOfEvents(db, ids, now)]);
  return events.map((event) => ({ ...event, texts: texts.get(event.id)!, places: places.get(event.id)!, closedBecause: whyRegistrationIsClosed(event, now) }));
}

/** One published or cancelled event as everyone sees it, or null (a draft, or none). */
export async function findPublicEvent(db: Db, eventId: string, language: Language, now = new Date()) {
  const event = await db.event.findFirst({ where: { id: eventId, status: { in: ["published", "cancelled"] }, publishedAt: { not: null } }, select: publicEvent });
  if (!event) return null;
  const [texts, places] = await Promise.all([shownEventTexts(db, [event.id], language), placesOfEvents(db, [event.id], now)]);
  return { ...event, texts: texts.get(event.id)!, places: places.get(event.id)!, closedBecause: whyRegistrationIsClosed(event, now) };
}
