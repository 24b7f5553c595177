// What everyone sees of events: the published ones (and cancelled ones, marked so), each
// with its texts in the reader's language and its places from the ledger, in one query
// for a whole page. Drafts are nobody's to see here.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Language } from "~/utils/languages";
import { placesOfEvents } from "./places.server";
import type { EventFilters } from "./public-events.schemas";
import { whyRegistrationIsClosed } from "./registrations.server";
import { shownEventTexts } from "./shown-event-texts.server";
import { eventTypes, seasons } from "./vocabulary";

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
  participantListPublished: true,
  participantListDays: true,
  hostOrganisation: { select: { name: true, slug: true } },
} as const;

/** What everyone may see: published events, and cancelled ones that were published. Never a draft. */
export const publicEventWhere = { status: { in: ["published", "cancelled"] }, publishedAt: { not: null } } satisfies Prisma.EventWhereInput;

/** How many events one page of the list shows at most. */
export const publicListSize = 100;

function whenWhere(when: "upcoming" | "past", now: Date): Prisma.EventWhereInput {
  return when === "upcoming" ? { endsAt: { gt: now } } : { endsAt: { lte: now } };
}

/** The filters as a query: a season means a school of that season. */
function filtersWhere(filters: Partial<EventFilters>, now: Date): Prisma.EventWhereInput {
  return {
    ...publicEventWhere,
    ...whenWhere(filters.when ?? "upcoming", now),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.season ? { type: "international_school", season: filters.season } : {}),
    ...(filters.country ? { countryCode: filters.country } : {}),
    ...(filters.language ? { deliveryLanguages: { has: filters.language } } : {}),
  };
}

/**
 * Upcoming events soonest first (those not yet ended), or past ones newest first,
 * narrowed by the filters in the query itself; `total` counts every match, even beyond
 * the page's `publicListSize`.
 */
export async function listPublicEvents(db: Db, language: Language, { now = new Date(), ...filters }: Partial<EventFilters> & { now?: Date } = {}) {
  const where = filtersWhere(filters, now);
  const [events, total] = await Promise.all([
    db.event.findMany({
      where,
      select: publicEvent,
      orderBy: filters.when === "past" ? [{ startsAt: "desc" }, { id: "asc" }] : [{ startsAt: "asc" }, { id: "asc" }],
      take: publicListSize,
    }),
    db.event.count({ where }),
  ]);
  const ids = events.map((event) => event.id);
  const [texts, places] = await Promise.all([shownEventTexts(db, ids, language), placesOfEvents(db, ids, now)]);
  return {
    total,
    events: events.map((event) => ({ ...event, texts: texts.get(event.id)!, places: places.get(event.id)!, closedBecause: whyRegistrationIsClosed(event, now) })),
  };
}

type OptionRow = { facet: "type" | "season" | "country" | "language"; value: string };

/**
 * What the filters can offer: the types, seasons (of schools), countries and languages of
 * delivery of the public events upcoming (or past), from the database in one statement.
 */
export async function publicEventOptions(db: Db, when: "upcoming" | "past", now = new Date()) {
  const ended = when === "past";
  const rows = await db.$queryRaw<OptionRow[]>`
    WITH shown AS (
      SELECT "type"::text AS "type", "season"::text AS "season", "countryCode", "deliveryLanguages"
      FROM "Event"
      WHERE "status" IN ('published', 'cancelled') AND "publishedAt" IS NOT NULL
        AND (("endsAt" <= ${now}) = ${ended})
    )
    SELECT DISTINCT 'type' AS "facet", "type" AS "value" FROM shown
    UNION SELECT DISTINCT 'season', "season" FROM shown WHERE "type" = 'international_school' AND "season" IS NOT NULL
    UNION SELECT DISTINCT 'country', "countryCode" FROM shown
    UNION SELECT DISTINCT 'language', spoken FROM shown, unnest("deliveryLanguages") AS spoken`;
  const of = (facet: OptionRow["facet"]) => rows.filter((row) => row.facet === facet).map((row) => row.value);
  return {
    types: eventTypes.filter((type) => of("type").includes(type)),
    seasons: seasons.filter((season) => of("season").includes(season)),
    countries: of("country"),
    languages: of("language"),
  };
}

/** The sitemap's event pages: every event whose public page answers, with when it last changed. */
export async function publicEventPages(db: Db) {
  const events = await db.event.findMany({ where: publicEventWhere, select: { id: true, updatedAt: true }, orderBy: [{ startsAt: "desc" }, { id: "asc" }] });
  return events.map((event) => ({ path: `/events/${event.id}`, modified: event.updatedAt }));
}

/** One published or cancelled event as everyone sees it, or null (a draft, or none). */
export async function findPublicEvent(db: Db, eventId: string, language: Language, now = new Date()) {
  const event = await db.event.findFirst({ where: { id: eventId, ...publicEventWhere }, select: publicEvent });
  if (!event) return null;
  const [texts, places] = await Promise.all([shownEventTexts(db, [event.id], language), placesOfEvents(db, [event.id], now)]);
  return { ...event, texts: texts.get(event.id)!, places: places.get(event.id)!, closedBecause: whyRegistrationIsClosed(event, now) };
}
