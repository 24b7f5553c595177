// An event's texts as a reader sees them (their language, else the original: pickFields),
// and the one way an event's dates are written out, always labelled with the venue's zone.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { EventTextField } from "~/generated/prisma/enums";
import { pickFields, type ShownFields } from "~/mechanisms/translations/pick-fields";
import { formatDate } from "~/utils/format";
import type { Language } from "~/utils/languages";

type Db = PrismaClient | Prisma.TransactionClient;

/** Each event's texts, picked for `reader`. */
export async function shownEventTexts(db: Db, eventIds: readonly string[], reader: Language): Promise<Map<string, ShownFields<EventTextField>>> {
  const texts = await db.eventText.findMany({
    where: { eventId: { in: [...new Set(eventIds)] } },
    select: { eventId: true, language: true, field: true, text: true, origin: true, sourceSha256: true },
  });
  const byEvent = new Map<string, typeof texts>();
  for (const text of texts) byEvent.set(text.eventId, [...(byEvent.get(text.eventId) ?? []), text]);
  return new Map(eventIds.map((id) => [id, pickFields(byEvent.get(id) ?? [], reader)]));
}

/** An event's title for `reader`, or "" when it has none yet. */
export async function eventTitle(db: Db, eventId: string, reader: Language) {
  return (await shownEventTexts(db, [eventId], reader)).get(eventId)?.fields.title?.text ?? "";
}

/** "15 March 2027, 09:00 – 19 March 2027, 17:00 (Europe/Rome)": start and end as they read at the venue. */
export function eventDates(event: { startsAt: Date; endsAt: Date; timeZone: string }, language: Language) {
  const at = (instant: Date) => formatDate(instant, language, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone });
  return `${at(event.startsAt)} – ${at(event.endsAt)} (${event.timeZone})`;
}
