// Checking people in at the event's door, and the secrets their badges carry.
//
// A badge's QR code carries only a random secret (128 bits, base64url): it names nobody,
// cannot be guessed or counted through, and is looked up only within the event whose door
// page reads it, so a badge of another event finds nothing. Checking in is the
// registration workflow's move confirmed → attended by an organiser (performMove, decision
// 008): of two doors checking one person in at once, the second's conditional update finds
// the registration attended already and writes nothing; it is told when they arrived.
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import { formatDate } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { checkInSecretPattern, type DoorTap, type TapAnswer } from "./check-in.schemas";
import { registrationWorkflow } from "./registration-workflow";
import { eventTitle } from "./shown-event-texts.server";

type Db = PrismaClient;

/** 16 random bytes (128 bits) as base64url. */
export function newCheckInSecret() {
  return crypto.randomBytes(16).toString("base64url");
}

/** Those who hold a place, and so get a badge and are expected at the door. */
export const expectedStatuses = ["confirmed", "attended"] as const satisfies readonly RegistrationStatus[];

/**
 * Gives a secret to every confirmed or attended registration of the event that has none,
 * in one transaction. A row is written only while it still has none, so two printings at
 * once keep whichever secret came first (the second finds it taken and changes nothing).
 */
export async function giveCheckInSecrets(db: Db, eventId: string) {
  return db.$transaction(async (tx) => {
    const missing = await tx.registration.findMany({ where: { eventId, status: { in: [...expectedStatuses] }, checkInSecret: null }, select: { id: true } });
    let given = 0;
    for (const { id } of missing) {
      given += (await tx.registration.updateMany({ where: { id, checkInSecret: null }, data: { checkInSecret: newCheckInSecret() } })).count;
    }
    return given;
  });
}

/** The event as its door page heads it, with the organisations whose people are expected (to print their badges apart); null when there is none. */
export async function eventAtDoor(db: Db, eventId: string, language: Language) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, timeZone: true } });
  if (!event) return null;
  const organisations = await db.organisation.findMany({
    where: { registrations: { some: { eventId, status: { in: [...expectedStatuses] } } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { ...event, title: await eventTitle(db, eventId, language), organisations };
}

/** The venue's time zone (the door's clock), or null when there is no such event. */
export async function doorClock(db: Db, eventId: string) {
  return (await db.event.findUnique({ where: { id: eventId }, select: { timeZone: true } }))?.timeZone ?? null;
}

/** Arrived (attended) and expected (confirmed or attended). */
export async function doorCounts(db: Db, eventId: string) {
  const rows = await db.registration.groupBy({ by: ["status"], where: { eventId, status: { in: [...expectedStatuses] } }, _count: true });
  return {
    arrived: rows.find((row) => row.status === "attended")?._count ?? 0,
    expected: rows.reduce((sum, row) => sum + row._count, 0),
  };
}

const registrantFields = {
  id: true,
  status: true,
  checkedInAt: true,
  delegateName: true,
  organisationId: true,
  person: { select: { name: true } },
  organisation: { select: { name: true } },
} satisfies Prisma.RegistrationSelect;

type RegistrantRow = Prisma.RegistrationGetPayload<{ select: typeof registrantFields }>;

/** One registrant as the door shows them. */
export type Registrant = { id: string; name: string; organisation: string; status: RegistrationStatus; checkedInAt: Date | null };

const registrant = (row: RegistrantRow): Registrant => ({
  id: row.id,
  name: row.person?.name ?? row.delegateName ?? "",
  organisation: row.organisation?.name ?? "",
  status: row.status,
  checkedInAt: row.checkedInAt,
});

/** One registration of the event as the door shows it (the one a notice is about), or null. */
export async function registrantAtDoor(db: Db, eventId: string, registrationId: string) {
  const row = await db.registration.findFirst({ where: { eventId, id: registrationId }, select: registrantFields });
  return row ? registrant(row) : null;
}

/**
 * The event's registrants (every status: those who cannot be checked in are shown with
 * why) whose name has a word starting with each word typed, case and accents ignored as
 * the site's search ignores them (portal_search_fold: "lukasz wal" finds Łukasz Wałęsa),
 * in the order of their folded names; `more` when there were more than `limit`.
 */
export async function findRegistrants(db: Db, eventId: string, typed: string, { limit = 20 } = {}) {
  // Letters and digits only: nothing typed can be a LIKE wildcard.
  const words = typed.split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(0, 6);
  if (words.length === 0) return { registrants: [], more: false };
  const name = Prisma.sql`portal_search_fold(coalesce(u."name", r."delegateName", ''))`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT r."id" FROM "Registration" r LEFT JOIN "User" u ON u."id" = r."personId"
    WHERE r."eventId" = ${eventId}
      AND NOT EXISTS (
        SELECT 1 FROM unnest(${words}::text[]) AS typed(word)
        WHERE ' ' || regexp_replace(${name}, '[[:space:]''’.,()/-]+', ' ', 'g') NOT LIKE '% ' || portal_search_fold(typed.word) || '%'
      )
    ORDER BY ${name}, r."id"
    LIMIT ${limit + 1}`;
  const ids = rows.slice(0, limit).map((row) => row.id);
  const found = new Map((await db.registration.findMany({ where: { id: { in: ids } }, select: registrantFields })).map((row) => [row.id, registrant(row)]));
  return { registrants: ids.flatMap((id) => found.get(id) ?? []), more: rows.length > limit };
}

export type CheckInResult =
  | { ok: true; outcome: "checkedIn" | "alreadyCheckedIn"; registrant: Registrant }
  | { ok: false; error: "notFound" }
  | { ok: false; error: "notConfirmed"; registrant: Registrant };

/**
 * Checks one registrant of the event in: confirmed → attended, with when and by whom, in
 * one transaction. Attended already: `alreadyCheckedIn`, with when, and nothing written (a
 * second tap, another door, a queued tap sent again). Not confirmed (waiting, cancelled…):
 * refused with their status. Not a registration of this event: `notFound`.
 */
export async function checkIn(
  db: Db,
  { eventId, tap, actorId, now = new Date(), ip = "" }: { eventId: string; tap: DoorTap; actorId: string; now?: Date; ip?: string },
): Promise<CheckInResult> {
  if ("secret" in tap && !checkInSecretPattern.test(tap.secret)) return { ok: false, error: "notFound" };
  const where = "secret" in tap ? { eventId, checkInSecret: tap.secret } : { eventId, id: tap.registrationId };
  return db.$transaction(async (tx): Promise<CheckInResult> => {
    const found = await tx.registration.findFirst({ where, select: registrantFields });
    if (!found) return { ok: false, error: "notFound" };
    const answer = (row: RegistrantRow): CheckInResult =>
      row.status === "attended" ? { ok: true, outcome: "alreadyCheckedIn", registrant: registrant(row) } : { ok: false, error: "notConfirmed", registrant: registrant(row) };
    if (found.status !== "confirmed") return answer(found);
    const moved = await performMove(tx, registrationWorkflow, {
      id: found.id,
      from: "confirmed",
      to: "attended",
      by: "organiser",
      actorId,
      eventId,
      organisationId: found.organisationId,
      set: { checkedInAt: now, checkedInById: actorId },
      ipAddress: ip,
    });
    if (moved.ok) return { ok: true, outcome: "checkedIn", registrant: { ...registrant(found), status: "attended", checkedInAt: now } };
    // Moved meanwhile (another door, most likely): say how it stands now.
    return answer(await tx.registration.findUniqueOrThrow({ where: { id: found.id }, select: registrantFields }));
  });
}

/** When they arrived, as the venue's clock read it ("09:14"). */
export function arrivalTime(registrant: Registrant, language: Language, timeZone: string) {
  return registrant.checkedInAt ? formatDate(registrant.checkedInAt, language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }) : null;
}

/** A check-in's result as the door's script is answered (no ids: it knows whom it tapped). */
export function tapAnswer(result: CheckInResult, language: Language, timeZone: string): TapAnswer {
  if (!result.ok && result.error === "notFound") return { outcome: "notFound" };
  const { name, organisation, status } = result.registrant;
  if (!result.ok) return { outcome: "notConfirmed", name, organisation, status };
  return { outcome: result.outcome, name, organisation, time: arrivalTime(result.registrant, language, timeZone) };
}
