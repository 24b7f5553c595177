// The organisers' summary of an event's feedback: how many answered, each rating's average
// and how many gave each score (a table, with a bar beside each count that repeats it for
// the eye), and the comments, each marked with the language it is written in, anonymous
// ones as such and named ones with the person's name, a page at a time.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganiserNav } from "~/components/events/organiser-nav";
import { Pagination } from "~/components/pagination";
import { requirePermission } from "~/modules/auth/permissions.server";
import { feedbackEvent, feedbackResults } from "~/modules/events/feedback.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatNumber, languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["attendance", "event-admin", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("attendance:results.title")} · ${data?.event.title ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const event = await feedbackEvent(db(), eventId, language);
  if (!event) notFound();
  const page = Number(new URL(request.url).searchParams.get("page"));
  const results = await feedbackResults(db(), eventId, { page: Number.isSafeInteger(page) && page > 0 ? page : 1 });
  return {
    language,
    event: {
      id: event.id,
      title: event.title,
      titleLanguage: event.titleLanguage,
      dates: event.dates,
      mailedOn: event.afterEventMailedAt ? formatDate(event.afterEventMailedAt, language, { dateStyle: "long", timeZone: event.timeZone }) : null,
    },
    results,
  };
}

type Summary = Awaited<ReturnType<typeof feedbackResults>>["summaries"][number];

export default function EventFeedbackResults() {
  const { language, event, results } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("attendance");
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/events`}>{t("registration:organisers.eventsTitle")}</Link>
      </p>
      <h1>{t("results.title")}</h1>
      <p className="lead">
        <span lang={event.titleLanguage !== language ? event.titleLanguage : undefined}>{event.title}</span> · {event.dates}
      </p>
      <OrganiserNav language={language} eventId={event.id} />
      <p>
        <strong>{t("results.answers", { count: results.answers, formatted: formatNumber(results.answers, language) })}</strong>
        {" · "}
        {event.mailedOn ? t("results.mailed", { date: event.mailedOn }) : t("results.notMailed")}
      </p>
      {results.answers === 0 ? <p>{t("results.none")}</p> : results.summaries.map((summary) => <RatingSummary key={summary.rating} summary={summary} answers={results.answers} language={language} />)}
      <section aria-labelledby="comments-heading">
        <h2 id="comments-heading">{t("results.comments")}</h2>
        {results.commentCount === 0 ? (
          <p>{t("results.noComments")}</p>
        ) : (
          <>
            <p>{t("results.commentCount", { count: results.commentCount, formatted: formatNumber(results.commentCount, language) })}</p>
            <ul className="feedback-comments">
              {results.comments.map((comment) => (
                <li key={comment.id}>
                  <blockquote lang={comment.language}>
                    <p className="pre-line">{comment.comment}</p>
                  </blockquote>
                  <p className="muted">
                    {comment.name === null ? t("results.anonymous") : comment.name || t("results.unnamed")} ·{" "}
                    {t("results.writtenIn", { language: languageName(comment.language, language) })}
                  </p>
                </li>
              ))}
            </ul>
            <Pagination page={results.page} pageCount={results.pageCount} searchParams={searchParams} language={language} />
          </>
        )}
      </section>
    </article>
  );
}

function RatingSummary({ summary, answers, language }: { summary: Summary; answers: number; language: Language }) {
  const { t } = useTranslation("attendance");
  const label = t(`feedback.${summary.rating}`);
  const headingId = `rating-${summary.rating}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{label}</h2>
      <p>{summary.average === null ? t("results.noAverage") : t("results.average", { average: formatNumber(Math.round(summary.average * 10) / 10, language) })}</p>
      <table className="feedback-distribution">
        <caption>
          {t("results.distribution")} · {label}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("results.score")}</th>
            <th scope="col">{t("results.count")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.distribution.map((row) => (
            <tr key={row.score}>
              <th scope="row">{t(`feedback.scores.${row.score}`)}</th>
              <td>
                {/* The bar repeats the count beside it, for the eye; the count is what is read out. */}
                <svg className="feedback-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect width={answers ? (row.count / answers) * 100 : 0} height="10" />
                </svg>{" "}
                {formatNumber(row.count, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
