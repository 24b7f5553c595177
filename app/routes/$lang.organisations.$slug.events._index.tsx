// The events an organisation hosts, for its admins: the drafts they prepare for a
// coordinator to publish (editable until then), and the events published or cancelled.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Notice } from "~/components/forms";
import { eventsHostedBy } from "~/modules/events/editable-event.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "events", "forms", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("event-admin:hosted.title")} · ${data?.organisation.name ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation } = await requireOrganisationPermission(request, params.slug, "events:prepare-hosted");
  const events = await eventsHostedBy(db(), organisation.id, language);
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    notice: new URL(request.url).searchParams.get("notice") === "saved" ? ("saved" as const) : null,
    events: events.map((event) => ({ id: event.id, type: event.type, status: event.status, title: event.title, dates: eventDates(event, language) })),
  };
}

export default function HostedEvents() {
  const { language, organisation, notice, events } = useLoaderData<typeof loader>();
  const { t } = useTranslation("event-admin");
  const { t: tEvents } = useTranslation("events");
  const { t: tRegistration } = useTranslation("registration");
  const base = `/${language}/organisations/${organisation.slug}/events`;
  return (
    <article>
      <h1>{t("hosted.title")}</h1>
      {notice ? <Notice>{t("notices.draftSaved")}</Notice> : null}
      <p>{t("hosted.intro")}</p>
      <p>
        <Link to={`${base}/new`} className="button">
          {t("hosted.new")}
        </Link>
      </p>
      {events.length === 0 ? (
        <p>{t("hosted.none")}</p>
      ) : (
        <DataTable caption={t("hosted.title")} columns={[tRegistration("mine.event"), tRegistration("organisers.eventStatus")]}>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                {event.status === "draft" ? (
                  <Link to={`${base}/${event.id}`}>{event.title}</Link>
                ) : event.status === "published" ? (
                  <Link to={`/${language}/events/${event.id}`}>{event.title}</Link>
                ) : (
                  event.title
                )}
                <br />
                <span className="field-hint">
                  {tEvents(`types.${event.type}`)} · {event.dates}
                </span>
              </td>
              <td>{event.status === "draft" ? t("hosted.awaiting") : tRegistration(`organisers.eventStatuses.${event.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
