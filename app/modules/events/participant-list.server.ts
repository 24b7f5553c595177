// The published participant list (Indico's model). Each registrant chooses who may see
// them (nobody, the other participants, everyone); the organiser chooses whether the list
// is published at all, and for how many days after the event's end it stays up. Listed
// are confirmed and attended registrants who allowed the reader: "everyone" to anyone,
// "participants" only to someone signed in who holds a confirmed or attended registration
// of the same event. A draft's list is nobody's to see, nor a cancelled event's.
import type { PrismaClient } from "~/generated/prisma/client";
import type { EventStatus, ParticipantVisibility, RegistrationStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { compareText } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { publicEventWhere } from "./public-events.server";
import { shownEventTexts } from "./shown-event-texts.server";

type Db = PrismaClient;
type Refused<E extends string> = { ok: false; error: E };

const day = 86_400_000;

/** Who is on the list at all: those whose place was confirmed, and those who came. */
const listedStatuses = ["confirmed", "attended"] as const satisfies readonly RegistrationStatus[];

type ListSettings = { status: EventStatus; endsAt: Date; participantListPublished: boolean; participantListDays: number };

/** The last instant the list is shown: the event's end plus the organiser's days. */
export function participantListUntil(event: Pick<ListSettings, "endsAt" | "participantListDays">) {
  return new Date(event.endsAt.getTime() + event.participantListDays * day);
}

/** Whether the list is shown now: a published event's, published by the organiser, and not past its days. */
export function participantListIsOpen(event: ListSettings, now = new Date()) {
  return event.status === "published" && event.participantListPublished && now.getTime() <= participantListUntil(event).getTime();
}

/** Publishes the list (or takes it down), and sets how many days after the event it stays up; audited. */
export async function setParticipantList(
  db: Db,
  { eventId, published, days, actorId, ip = "" }: { eventId: string; published: boolean; days: number; actorId: string; ip?: string },
): Promise<{ ok: true } | Refused<"notFound">> {
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id: eventId }, select: { participantListPublished: true, participantListDays: true } });
    if (!before) return { ok: false, error: "notFound" } as const;
    await tx.event.update({ where: { id: eventId }, data: { participantListPublished: published, participantListDays: days } });
    await recordAudit(tx, {
      action: "events.participant_list_changed",
      actorId,
      ipAddress: ip,
      details: { event: eventId, published: { from: before.participantListPublished, to: published }, days: { from: before.participantListDays, to: days } },
    });
    return { ok: true } as const;
  });
}

/** Which choices let `viewer` see a registrant: everyone's, and the participants' when the viewer is one. */
async function visibilitiesFor(db: Db, eventId: string, viewer: { id: string; email: string } | null) {
  const shown: ParticipantVisibility[] = ["everyone"];
  if (!viewer) return { shown, viewerRegistration: null };
  // A delegate named by their organisation is a participant too, under the address they were named with.
  const viewerRegistration = await db.registration.findFirst({
    where: { eventId, status: { in: [...listedStatuses] }, OR: [{ personId: viewer.id }, { delegateEmail: viewer.email.toLowerCase() }] },
    select: { id: true, listVisibility: true, personId: true },
  });
  if (viewerRegistration) shown.push("participants");
  return { shown, viewerRegistration };
}

/**
 * The event's list as `viewer` (null: a visitor) may see it: null for a draft or no such
 * event; `open: false` when it is not published, cancelled or past its days; otherwise the
 * registrants they may see (name, organisation, its country) in the reader's order, and the
 * viewer's own registration when they hold one (their page says what they chose).
 */
export async function participantListFor(db: Db, eventId: string, viewer: { id: string; email: string } | null, language: Language, now = new Date()) {
  const event = await db.event.findFirst({
    where: { id: eventId, ...publicEventWhere },
    select: { id: true, status: true, startsAt: true, endsAt: true, timeZone: true, participantListPublished: true, participantListDays: true },
  });
  if (!event) return null;
  const title = (await shownEventTexts(db, [event.id], language)).get(event.id)?.fields.title;
  const heading = { ...event, title: title?.text ?? "", titleLanguage: title?.language ?? language, until: participantListUntil(event) };
  if (!participantListIsOpen(event, now)) return { open: false as const, event: heading };
  const { shown, viewerRegistration } = await visibilitiesFor(db, event.id, viewer);
  const registrations = await db.registration.findMany({
    where: { eventId: event.id, status: { in: [...listedStatuses] }, listVisibility: { in: shown } },
    select: { id: true, delegateName: true, person: { select: { name: true } }, organisation: { select: { name: true, countryCode: true } } },
  });
  const compare = compareText(language);
  const participants = registrations
    .map((registration) => ({
      id: registration.id,
      name: registration.person?.name ?? registration.delegateName ?? "",
      organisation: registration.organisation?.name ?? null,
      countryCode: registration.organisation?.countryCode ?? null,
    }))
    // An erased account leaves a registration without a name: nobody to list.
    .filter((participant) => participant.name.trim() !== "")
    .sort((a, b) => compare(a.name, b.name) || a.id.localeCompare(b.id));
  return { open: true as const, event: heading, participants, viewerRegistration };
}

/** What the organisers' page shows of the list's settings: published or not, its days, until when, and whether it is shown now. */
export async function participantListSettings(db: Db, eventId: string, now = new Date()) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { status: true, endsAt: true, participantListPublished: true, participantListDays: true } });
  if (!event) return null;
  return { published: event.participantListPublished, days: event.participantListDays, until: participantListUntil(event), open: participantListIsOpen(event, now) };
}
