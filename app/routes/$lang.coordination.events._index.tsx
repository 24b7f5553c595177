// The organisers' overview of events: every event, drafts included, with its status and
// places, each leading to its registrations and its edit page; the drafts awaiting
// publication (host admins prepare them) first, each with a button to publish it.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, Notice } from "~/components/forms";
import { RowActionButton, RowActionForm } from "~/components/row-action";
import { requirePermission } from "~/modules/auth/permissions.server";
import { publishEvent } from "~/modules/events/event-status.server";
import { publishEventSchema } from "~/modules/events/event.schemas";
import { eventsForOrganisers } from "~/modules/events/registration-reading.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "events", "forms", "registration"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("registration:organisers.eventsTitle") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  const events = await eventsForOrganisers(db(), language);
  const url = new URL(request.url);
  return {
    language,
    notice: url.searchParams.get("notice") === "published" ? ("published" as const) : null,
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      status: event.status,
      host: event.hostOrganisation?.name ?? "",
      title: event.title,
      dates: eventDates(event, language),
      held: event.places.held,
      capacity: event.capacity,
      waiting: event.places.waitingPeople,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "events:manage");
  const formData = await readForm(request);
  return handleIntent(formData, {
    publish: async () => {
      const submission = parseWithZod(formData, { schema: publishEventSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const published = await publishEvent(db(), { eventId: submission.value.eventId, actorId: user.id, ip: requestOrigin(context).clientAddress });
      return published.ok ? redirect(`/${language}/coordination/events?notice=published`) : refuseWith(pageForm, `eventAdmin_${published.error}`);
    },
  });
}

export default function OrganisersEvents() {
  const { language, notice, events } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("registration");
  const { t: tAdmin } = useTranslation("event-admin");
  const { t: tEvents } = useTranslation("events");
  const drafts = events.filter((event) => event.status === "draft");
  return (
    <article>
      <h1>{t("organisers.eventsTitle")}</h1>
      {notice ? <Notice>{tAdmin(`notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>
        <Link to={`/${language}/coordination/events/new`} className="button">
          {tAdmin("overview.new")}
        </Link>
      </p>
      {drafts.length > 0 ? (
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">{tAdmin("overview.drafts")}</h2>
          <ul>
            {drafts.map((event) => (
              <li key={event.id}>
                <Link to={`/${language}/coordination/events/${event.id}/edit`}>{event.title}</Link>{" "}
                <span className="field-hint">
                  {event.host ? tAdmin("overview.preparedBy", { organisation: event.host }) : tAdmin("overview.network")} · {event.dates}
                </span>{" "}
                <RowActionForm fields={{ intent: "publish", eventId: event.id }} className="inline-form">
                  <RowActionButton label={tAdmin("overview.publish")} subject={event.title} className="button--secondary" />
                </RowActionForm>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {events.length === 0 ? (
        <p>{t("organisers.noEvents")}</p>
      ) : (
        <DataTable caption={t("organisers.eventsTitle")} columns={[t("mine.event"), t("organisers.eventStatus"), t("organisers.placesHeld"), t("organisers.waiting")]}>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <Link to={`/${language}/coordination/events/${event.id}/registrations`}>{event.title}</Link>
                {" · "}
                <Link to={`/${language}/coordination/events/${event.id}/edit`}>
                  {tAdmin("overview.edit")}
                  <span className="visually-hidden"> {event.title}</span>
                </Link>
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
