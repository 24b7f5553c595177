// The public list of events: upcoming ones soonest first, or past ones, each with its
// dates at the venue (labelled with the zone), its place and its places.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventPlaces } from "~/components/events/event-places";
import { listPublicEvents } from "~/modules/events/public-events.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { countryName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("events:public.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const when = new URL(request.url).searchParams.get("when") === "past" ? "past" : "upcoming";
  const events = await listPublicEvents(db(), language, { when });
  return {
    language,
    when,
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      season: event.season,
      cancelled: event.status === "cancelled",
      title: event.texts.fields.title?.text ?? "",
      titleLanguage: event.texts.fields.title?.language ?? language,
      dates: eventDates(event, language),
      place: `${event.city}, ${countryName(event.countryCode, language)}`,
      places: { free: event.places.free, waiting: event.places.waitingEntries },
      closedBecause: event.closedBecause,
      opensAt: event.registrationOpensAt.toISOString(),
      timeZone: event.timeZone,
    })),
  };
}

export default function Events() {
  const { language, when, events } = useLoaderData<typeof loader>();
  const { t } = useTranslation("events");
  return (
    <article>
      <h1>{t("public.title")}</h1>
      <p>{t("public.intro")}</p>
      <nav aria-label={t("public.whenLabel")} className="sub-nav">
        <ul>
          <li>
            <Link to={`/${language}/events`} aria-current={when === "upcoming" ? "page" : undefined}>
              {t("public.upcoming")}
            </Link>
          </li>
          <li>
            <Link to={`/${language}/events?when=past`} aria-current={when === "past" ? "page" : undefined}>
              {t("public.past")}
            </Link>
          </li>
        </ul>
      </nav>
      {events.length === 0 ? (
        <p>{when === "upcoming" ? t("public.noneUpcoming") : t("public.nonePast")}</p>
      ) : (
        <ul className="event-list">
          {events.map((event) => (
            <li key={event.id}>
              <h2>
                <Link to={`/${language}/events/${event.id}`} lang={event.titleLanguage !== language ? event.titleLanguage : undefined}>
                  {event.title}
                </Link>
              </h2>
              <p>
                {t(`types.${event.type}`)}
                {event.season ? ` · ${t(`seasons.${event.season}`)}` : null} · {event.place}
              </p>
              <p>{event.dates}</p>
              {event.cancelled ? <p><strong>{t("public.cancelled")}</strong></p> : when === "upcoming" ? <EventPlaces language={language} event={event} /> : null}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
