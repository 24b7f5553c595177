// An event's calendar file (RFC 5545), with its title and description in the reader's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarText, eventUid } from "~/modules/events/calendar-file";
import { findPublicEvent } from "~/modules/events/public-events.server";
import { db } from "~/utils/database/connection.server";
import { publicOrigin } from "~/utils/env.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const eventId = requireRecordId(params.eventId);
  const event = await findPublicEvent(db(), eventId, language);
  if (!event) notFound();
  const text = calendarText({
    uid: eventUid(event.id, publicOrigin()),
    title: event.texts.fields.title?.text ?? "",
    description: event.texts.fields.description?.text,
    location: `${event.venue}, ${event.city}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    url: `${publicOrigin()}/${language}/events/${event.id}`,
    cancelled: event.status === "cancelled",
  });
  return new Response(text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="event.ics"',
      "Cache-Control": "no-cache",
    },
  });
}
