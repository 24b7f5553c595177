// The participant list of an event, as its organisers published it (Indico's model): the
// confirmed participants and those who attended, each shown only to those they allowed
// (everyone, or the other participants), with their organisation and its country. When
// the list is not published, or its time after the event has passed, the page says so
// (a 404). A draft is nobody's to see.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { currentUser } from "~/modules/auth/session.server";
import { participantListFor } from "~/modules/events/participant-list.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatDate, formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["participants", "registration"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t(data?.open ? "participants:public.title" : "participants:public.notPublishedTitle")} · ${data?.event.title ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const eventId = requireRecordId(params.eventId);
  const viewer = await currentUser(request);
  const list = await participantListFor(db(), eventId, viewer ? { id: viewer.id, email: viewer.email } : null, language);
  if (!list) notFound();
  const event = {
    id: list.event.id,
    title: list.event.title,
    titleLanguage: list.event.titleLanguage,
    until: `${formatDate(list.event.until, language, { dateStyle: "long", timeZone: list.event.timeZone })}`,
  };
  const page = { language, event, open: list.open, signedIn: Boolean(viewer) };
  // Who is on a list that is not shown is nobody's business: nothing of it leaves the server.
  if (!list.open) return data({ ...page, participants: [], viewer: null }, { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const own = list.viewerRegistration;
  return data(
    {
      ...page,
      participants: list.participants.map((participant) => ({
        id: participant.id,
        name: participant.name,
        organisation: participant.organisation ?? "",
        country: participant.countryCode ? countryName(participant.countryCode, language) : "",
      })),
      // Their own choice, and where to change it when the registration is theirs (a delegate's is changed through their link).
      viewer: own ? { choice: own.listVisibility, registrationPath: own.personId === viewer?.id ? `/${language}/account/registrations/${own.id}` : null } : null,
    },
    // What a person sees depends on who they are: no shared cache may keep it.
    { headers: { "Cache-Control": "private, no-store" } },
  );
}

export default function EventParticipants() {
  const { language, event, open, signedIn, participants, viewer } = useLoaderData<typeof loader>();
  const { t } = useTranslation("participants");
  const { t: tRegistration } = useTranslation("registration");
  const { t: tCommon } = useTranslation("common");
  const titleLang = event.titleLanguage !== language ? event.titleLanguage : undefined;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/events/${event.id}`} lang={titleLang}>
          {event.title}
        </Link>
      </p>
      {!open ? (
        <>
          <h1>{t("public.notPublishedTitle")}</h1>
          <p>{t("public.notPublished")}</p>
          <p>
            <Link to={`/${language}/events/${event.id}`}>{t("public.backToEvent")}</Link>
          </p>
        </>
      ) : (
        <>
          <h1>{t("public.title")}</h1>
          <p className="lead" lang={titleLang}>
            {event.title}
          </p>
          <p>{t("public.intro")}</p>
          <p>{t("public.until", { date: event.until })}</p>
          {viewer ? (
            <p>
              {t("public.yourChoice", { choice: tRegistration(`visibility.${viewer.choice}`) })}{" "}
              {viewer.registrationPath ? <Link to={viewer.registrationPath}>{t("public.changeChoice")}</Link> : null}
            </p>
          ) : null}
          {!signedIn ? (
            <p className="field-hint">
              {t("public.signInForMore")}{" "}
              <Link to={`/${language}/sign-in?${new URLSearchParams({ redirectTo: `/${language}/events/${event.id}/participants` })}`}>{tCommon("account.signIn")}</Link>
            </p>
          ) : null}
          {participants.length === 0 ? (
            <p>{t("public.none")}</p>
          ) : (
            <>
              <p>{t("public.listed", { count: participants.length, formatted: formatNumber(participants.length, language) })}</p>
              <DataTable caption={t("public.title")} columns={[t("public.name"), t("public.organisation"), t("public.country")]}>
                {participants.map((participant) => (
                  <tr key={participant.id}>
                    <td>{participant.name}</td>
                    <td>{participant.organisation}</td>
                    <td>{participant.country}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </>
      )}
    </article>
  );
}
