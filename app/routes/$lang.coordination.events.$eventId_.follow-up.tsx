// The organisers' follow-up page of one event: its follow-up questions (written in the
// event form, asked of confirmed participants only), how many confirmed participants have
// answered, when they were last asked, and a button that mails each confirmed participant
// a link to answer, in their language. The answers themselves are on the registrations page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { OrganiserNav } from "~/components/events/organiser-nav";
import { Notice } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { askConfirmedParticipants, followUpSummary } from "~/modules/events/follow-up.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "follow-up", "forms", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("follow-up:organisers.title")} · ${data?.event.title ?? ""}` }));

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const event = await followUpSummary(db(), eventId, language);
  if (!event) notFound();
  return { language, user, event };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, event } = await load(request, params);
  const url = new URL(request.url);
  const mailed = url.searchParams.get("mailed");
  return {
    language,
    event,
    // A notice with its number: digits only (decision 011).
    asked: url.searchParams.get("notice") === "asked" && mailed !== null && /^\d{1,6}$/.test(mailed) ? Number(mailed) : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { language, user, event } = await load(request, params);
  const formData = await readForm(request);
  return handleIntent(formData, {
    ask: async () => {
      const result = await askConfirmedParticipants(db(), { eventId: event.id, actorId: user.id, ip: requestOrigin(context).clientAddress });
      if (!result.ok) return refuseWith(pageForm, result.error, 409);
      return redirect(`/${language}/coordination/events/${event.id}/follow-up?notice=asked&mailed=${result.mailed}`);
    },
  });
}

export default function FollowUp() {
  const { language, event, asked } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("follow-up");
  const { t: tRegistration } = useTranslation("registration");
  const refusal = replyFor(actionData, pageForm)?.error;
  const asking = event.questions.some((question) => !question.erasedOn);
  const base = `/${language}/coordination/events/${event.id}`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/events`}>{tRegistration("organisers.eventsTitle")}</Link>
      </p>
      <h1>{t("organisers.title")}</h1>
      <p className="lead">{event.title}</p>
      <OrganiserNav language={language} eventId={event.id} />
      {asked !== null ? <Notice>{t("organisers.asked", { count: asked, formatted: formatNumber(asked, language) })}</Notice> : null}
      {refusal ? (
        <p role="alert" className="form-errors">
          {t(`organisers.refusals.${refusal}`, { defaultValue: t("organisers.refusals.notFound") })}
        </p>
      ) : null}
      <p>{t("organisers.lead")}</p>
      {event.questions.length === 0 ? (
        <p>
          {t("organisers.none")} <Link to={`${base}/edit`}>{t("organisers.editEvent")}</Link>
        </p>
      ) : (
        <>
          <h2>{t("organisers.questionsHeading")}</h2>
          <ol>
            {event.questions.map((question) => (
              <li key={question.id}>
                <span lang={question.labelLanguage !== language ? question.labelLanguage : undefined}>{question.label}</span>
                {" · "}
                {t(`organisers.kinds.${question.kind}`)}
                {question.required ? ` · ${t("organisers.required")}` : null}
                {question.erasedOn ? ` · ${t("organisers.erasedOn", { date: question.erasedOn })}` : null}
              </li>
            ))}
          </ol>
          <p>
            <Link to={`${base}/edit`}>{t("organisers.editQuestions")}</Link>
          </p>
        </>
      )}
      <h2>{t("organisers.answersHeading")}</h2>
      <p>
        {t("organisers.answered", {
          count: event.confirmed,
          answered: formatNumber(event.answered, language),
          formatted: formatNumber(event.confirmed, language),
        })}{" "}
        <Link to={`${base}/registrations`}>{t("organisers.seeAnswers")}</Link>
      </p>
      <p>{event.requestedOn ? t("organisers.lastAsked", { date: event.requestedOn }) : t("organisers.neverAsked")}</p>
      {asking && event.status !== "cancelled" ? (
        <Form method="post" aria-describedby="ask-hint">
          <p id="ask-hint" className="field-hint">
            {t("organisers.askHint")}
          </p>
          <button type="submit" name="intent" value="ask">
            {t("organisers.ask")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}
