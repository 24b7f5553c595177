// The coordinators' overview of one event: registrations by status, by organisation and
// by country, the waiting list in order, the attendance rate once the event has begun, and
// the feedback in numbers (the comments are on the feedback page); all of it downloadable
// as a CSV file (event-overview.server.ts reads the figures for both).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { OrganiserNav } from "~/components/events/organiser-nav";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventOverview } from "~/modules/events/event-overview.server";
import { eventDates } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatDate, formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "participants", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("participants:overview.title")} · ${data?.event.title ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const overview = await eventOverview(db(), eventId, language);
  if (!overview) notFound();
  const zone = overview.event.timeZone;
  const number = (value: number) => formatNumber(value, language);
  const average = (value: number | null) => (value === null ? null : formatNumber(value, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const country = (code: string | null) => (code ? countryName(code, language) : null);
  return {
    language,
    event: { id: overview.event.id, title: overview.event.title, dates: eventDates(overview.event, language), zone },
    total: number(overview.total),
    byStatus: overview.byStatus.map((row) => ({ status: row.status, count: number(row.count) })),
    byOrganisation: overview.byOrganisation.map((row) => ({
      key: row.organisationId ?? "none",
      name: row.name,
      country: country(row.countryCode),
      total: number(row.total),
      taken: number(row.taken),
      waiting: number(row.counts.waitlisted),
    })),
    byCountry: overview.byCountry.map((row) => ({ key: row.countryCode ?? "none", country: country(row.countryCode), total: number(row.total), taken: number(row.taken) })),
    waitingList: overview.waitingList.map((entry) => ({
      id: entry.id,
      position: number(entry.position),
      name: entry.name,
      organisation: entry.organisation,
      since: entry.waitingSince ? formatDate(entry.waitingSince, language, { dateStyle: "medium", timeStyle: "short", timeZone: zone }) : "",
    })),
    attendance: overview.attendance
      ? {
          attended: number(overview.attendance.attended),
          expected: number(overview.attendance.expected),
          rate: overview.attendance.rate === null ? null : formatNumber(overview.attendance.rate, language, { style: "percent", maximumFractionDigits: 1 }),
        }
      : null,
    feedback: {
      answers: overview.feedback.answers,
      answersText: number(overview.feedback.answers),
      ratings: (["overall", "content", "organisation"] as const).map((rating) => ({ rating, average: average(overview.feedback[rating]) })),
    },
  };
}

export default function EventOverviewPage() {
  const { language, event, total, byStatus, byOrganisation, byCountry, waitingList, attendance, feedback } = useLoaderData<typeof loader>();
  const { t } = useTranslation("participants");
  const { t: tRegistration } = useTranslation("registration");
  const base = `/${language}/coordination/events/${event.id}`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/events`}>{tRegistration("organisers.eventsTitle")}</Link>
      </p>
      <h1>{t("overview.title")}</h1>
      <p className="lead">{event.title}</p>
      <OrganiserNav language={language} eventId={event.id} />
      <p>{event.dates}</p>
      <p>
        {/* A file, not a page: a plain link, which the browser downloads. */}
        <a href={`${base}/overview.csv`} download>
          {t("overview.download")}
        </a>
      </p>

      <section>
        <h2>{t("overview.byStatus")}</h2>
        <DataTable caption={t("overview.byStatus")} columns={[t("overview.status"), t("overview.count")]}>
          {byStatus.map((row) => (
            <tr key={row.status}>
              <td>{tRegistration(`statuses.${row.status}`)}</td>
              <td>{row.count}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("overview.total")}</th>
            <td>{total}</td>
          </tr>
        </DataTable>
      </section>

      <section>
        <h2>{t("overview.byOrganisation")}</h2>
        {byOrganisation.length === 0 ? (
          <p>{t("overview.none")}</p>
        ) : (
          <DataTable
            caption={t("overview.byOrganisation")}
            scrollLabel={t("overview.byOrganisation")}
            columns={[t("overview.organisation"), t("overview.country"), t("overview.count"), t("overview.taken"), t("overview.waiting")]}
          >
            {byOrganisation.map((row) => (
              <tr key={row.key}>
                <td>{row.name ?? t("filters.noOrganisation")}</td>
                <td>{row.country ?? ""}</td>
                <td>{row.total}</td>
                <td>{row.taken}</td>
                <td>{row.waiting}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section>
        <h2>{t("overview.byCountry")}</h2>
        {byCountry.length === 0 ? (
          <p>{t("overview.none")}</p>
        ) : (
          <DataTable caption={t("overview.byCountry")} columns={[t("overview.country"), t("overview.count"), t("overview.taken")]}>
            {byCountry.map((row) => (
              <tr key={row.key}>
                <td>{row.country ?? t("overview.noCountry")}</td>
                <td>{row.total}</td>
                <td>{row.taken}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section>
        <h2>{t("overview.waitingList")}</h2>
        {waitingList.length === 0 ? (
          <p>{t("overview.waitingNone")}</p>
        ) : (
          <DataTable
            caption={t("overview.waitingList")}
            scrollLabel={t("overview.waitingList")}
            columns={[t("overview.position"), t("overview.name"), t("overview.organisation"), t("overview.since", { zone: event.zone })]}
          >
            {waitingList.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.position}</td>
                <td>{entry.name}</td>
                <td>{entry.organisation ?? t("filters.noOrganisation")}</td>
                <td>{entry.since}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section>
        <h2>{t("overview.attendance")}</h2>
        <p>
          {!attendance
            ? t("overview.attendanceNotYet")
            : attendance.rate === null
              ? t("overview.attendanceNobody")
              : t("overview.attendanceRate", { rate: attendance.rate, attended: attendance.attended, expected: attendance.expected })}
        </p>
      </section>

      <section>
        <h2>{t("overview.feedback")}</h2>
        {feedback.answers === 0 ? (
          <p>{t("overview.feedbackNone")}</p>
        ) : (
          <>
            <p>{t("overview.answers", { count: feedback.answers, formatted: feedback.answersText })}</p>
            <DataTable caption={t("overview.feedback")} columns={[t("overview.rating"), t("overview.average")]}>
              {feedback.ratings.map((row) => (
                <tr key={row.rating}>
                  <td>{t(`overview.ratings.${row.rating}`)}</td>
                  <td>{row.average}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
        <p>
          <Link to={`${base}/feedback`}>{t("overview.feedbackLink")}</Link>
        </p>
      </section>
    </article>
  );
}
