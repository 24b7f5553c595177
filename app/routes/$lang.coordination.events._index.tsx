// The organisers' overview of events: every event, drafts included, with its status and
// places, each leading to its registrations.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventsForOrganisers } from "~/modules/events/registration-reading.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("registration:organisers.eventsTitle") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  const events = await eventsForOrganisers(db(), language);
  return {
    language,
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      status: event.status,
      title: event.title,
      dates: eventDates(event, language),
      held: event.places.held,
      capacity: event.capacity,
      waiting: event.places.waitingPeople,
    })),
  };
}

export default function OrganisersEvents() {
  const { language, events } = useLoaderData<typeof loader>();
  const { t } = useTranslation("registration");
  const { t: tEvents } = useTranslation("events");
  return (
    <article>
      <h1>{t("organisers.eventsTitle")}</h1>
      {events.length === 0 ? (
        <p>{t("organisers.noEvents")}</p>
      ) : (
        <DataTable caption={t("organisers.eventsTitle")} columns={[t("mine.event"), t("organisers.eventStatus"), t("organisers.placesHeld"), t("organisers.waiting")]}>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <Link to={`/${language}/coordination/events/${event.id}/registrations`}>{event.title}</Link>
                <br />
                <span className="field-hint">
                  {tEvents(`types.${event.type}`)} · {event.dates}
                </span>
              </td>
              <td>{t(`organisers.eventStatuses.${event.status}`)}</td>
              <td>{t("organisers.heldOf", { held: formatNumber(event.held, language), capacity: formatNumber(event.capacity, language) })}</td>
              <td>{formatNumber(event.waiting, language)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
