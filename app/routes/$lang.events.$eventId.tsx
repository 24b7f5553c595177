// One event as everyone sees it: what it is, when at the venue (labelled with the zone),
// where, who hosts it, its fee, its languages, its places and how the waiting list works,
// its code of conduct, its calendar file, the way to register while registration is open,
// and its participant list while the organisers publish it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventPlaces } from "~/components/events/event-places";
import { GroupLinks } from "~/components/events/group-links";
import { MarkdownText } from "~/components/markdown";
import { currentUser } from "~/modules/auth/session.server";
import { participantListIsOpen } from "~/modules/events/participant-list.server";
import { groupOrganisationsOf } from "~/modules/events/registration-reading.server";
import { findPublicEvent } from "~/modules/events/public-events.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatList, formatNumber, languageName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["events", "participants", "registration"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => translatedMeta(matches, () => ({ title: data?.event.title ?? "", description: data?.event.description?.text }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const eventId = requireRecordId(params.eventId);
  const event = await findPublicEvent(db(), eventId, language);
  if (!event) notFound();
  const groupOrganisations = await groupOrganisationsOf(db(), await currentUser(request));
  const text = (field: "title" | "description" | "fee" | "code_of_conduct") => {
    const shown = event.texts.fields[field];
    return shown ? { text: shown.text, language: shown.language, machine: shown.origin === "machine" } : null;
  };
  return {
    language,
    groupOrganisations,
    event: {
      id: event.id,
      type: event.type,
      season: event.season,
      mode: event.mode,
      cancelled: event.status === "cancelled",
      cancellationReason: event.cancellationReason,
      title: event.texts.fields.title?.text ?? "",
      titleLanguage: event.texts.fields.title?.language ?? language,
      description: text("description"),
      fee: text("fee"),
      codeOfConduct: text("code_of_conduct"),
      dates: eventDates(event, language),
      place: `${event.venue}, ${event.city}, ${countryName(event.countryCode, language)}`,
      host: event.hostOrganisation,
      deliveryLanguages: formatList(event.deliveryLanguages.map((code) => languageName(code, language)), language),
      organisationCap: event.organisationCap,
      offerHours: event.offerHours,
      places: { free: event.places.free, waiting: event.places.waitingEntries },
      closedBecause: event.closedBecause,
      opensAt: event.registrationOpensAt.toISOString(),
      timeZone: event.timeZone,
      participantListOpen: participantListIsOpen(event),
    },
  };
}

export default function EventPage() {
  const { language, event, groupOrganisations } = useLoaderData<typeof loader>();
  const { t } = useTranslation("events");
  const { t: tRegistration } = useTranslation("registration");
  const { t: tParticipants } = useTranslation("participants");
  const langOf = (shown: { language: string } | null) => (shown && shown.language !== language ? shown.language : undefined);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/events`}>{t("public.title")}</Link>
      </p>
      <h1 lang={event.titleLanguage !== language ? event.titleLanguage : undefined}>{event.title}</h1>
      {event.cancelled ? (
        <p className="notice">
          <strong>{t("public.cancelled")}</strong> {event.cancellationReason}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("public.kind")}</dt>
        <dd>
          {t(`types.${event.type}`)}
          {event.season ? ` · ${t(`seasons.${event.season}`)}` : null}
        </dd>
        <dt>{tRegistration("register.when")}</dt>
        <dd>{event.dates}</dd>
        <dt>{tRegistration("register.where")}</dt>
        <dd>{event.place}</dd>
        {event.host ? (
          <>
            <dt>{t("public.host")}</dt>
            <dd>
              <Link to={`/${language}/members/${event.host.slug}`}>{event.host.name}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t("public.languages")}</dt>
        <dd>{event.deliveryLanguages}</dd>
        {event.fee ? (
          <>
            <dt>{t("public.fee")}</dt>
            <dd lang={langOf(event.fee)}>{event.fee.text}</dd>
          </>
        ) : null}
        {!event.cancelled ? (
          <>
            <dt>{tRegistration("register.places")}</dt>
            <dd>
              <EventPlaces language={language} event={event} />
            </dd>
          </>
        ) : null}
      </dl>
      {!event.cancelled && !event.closedBecause ? (
        <p>
          <Link className="button" to={`/${language}/events/${event.id}/register`}>
            {event.mode === "application" ? tRegistration("register.apply") : tRegistration("register.submit")}
          </Link>
        </p>
      ) : null}
      {!event.cancelled && !event.closedBecause ? <GroupLinks language={language} eventId={event.id} organisations={groupOrganisations} /> : null}
      <p>
        <a href={`/${language}/events/${event.id}/calendar.ics`} download="event.ics">
          {t("public.calendar")}
        </a>
      </p>
      {event.participantListOpen ? (
        <p>
          <Link to={`/${language}/events/${event.id}/participants`}>{tParticipants("eventPage.participants")}</Link>
        </p>
      ) : null}
      {event.description ? (
        <section aria-labelledby="about-heading" lang={langOf(event.description)}>
          <h2 id="about-heading">{t("public.about")}</h2>
          <MarkdownText headingLevel={3}>{event.description.text}</MarkdownText>
        </section>
      ) : null}
      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t("public.howHeading")}</h2>
        <p>{event.mode === "application" ? tRegistration("register.howApplication") : tRegistration("register.howFirstCome", { hours: formatNumber(event.offerHours, language) })}</p>
        {event.organisationCap ? <p>{t("public.cap", { count: event.organisationCap, formatted: formatNumber(event.organisationCap, language) })}</p> : null}
      </section>
      {event.codeOfConduct ? (
        <section aria-labelledby="conduct-heading" lang={langOf(event.codeOfConduct)}>
          <h2 id="conduct-heading">{tRegistration("form.conductHeading")}</h2>
          <MarkdownText headingLevel={3}>{event.codeOfConduct.text}</MarkdownText>
        </section>
      ) : null}
    </article>
  );
}
