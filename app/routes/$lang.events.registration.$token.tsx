// What a delegate's mailed link opens, with no account: the event, their own status (and
// place on the waiting list), an offered place to accept or decline, their answers and
// the code of conduct, and cancelling after a confirmation step. The token in the address
// is the only key: it is looked up by its hash (a unique index, so no comparison of
// secrets happens here), an unknown one or one for an event that is over is a 404, and
// the page never sends the address on (no Referrer, never cached). It shows nothing about
// the other delegates of the group. Once their place is confirmed it asks the follow-up
// questions, and it says when each answer is (or was) erased.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { confirmedField } from "~/components/confirm-step";
import { AfterEventLinks } from "~/components/events/after-event-links";
import { AnswerRetentionNotice } from "~/components/events/answer-retention-notice";
import { FollowUpAnswers, followUpForm } from "~/components/events/follow-up-answers";
import { answerForm, ManageRegistration } from "~/components/events/manage-registration";
import { ActionError, Notice } from "~/components/forms";
import { certifiable } from "~/modules/events/certificates.server";
import { delegateRegistration, eventForRegistration, manageableEvent, manageableRegistration } from "~/modules/events/registration-reading.server";
import { followUpOf, saveDelegateFollowUp } from "~/modules/events/follow-up.server";
import { canAskForInvitationLetter } from "~/modules/events/invitation-letter.server";
import { answersSchemaFor, followUpFormSchema } from "~/modules/events/registration.schemas";
import { answerDelegateOffer, cancelDelegateRegistration, saveDelegateAnswers } from "~/modules/events/registrations.server";
import { retentionOfRegistration } from "~/modules/events/retention-notice.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["attendance", "follow-up", "forms", "registration"] };

/** The token is in the address: no page it links to learns it, and no cache keeps the page. */
export const tokenPageHeaders = { "Referrer-Policy": "no-referrer", "Cache-Control": "private, no-store" };
export const headers: HeadersFunction = () => tokenPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  ...translatedMeta(matches, (t) => ({ title: `${t("registration:delegate.title")} · ${data?.event.title ?? ""}` })),
  { name: "referrer", content: "no-referrer" },
];

const notices = ["accepted", "declined", "cancelled", "saved", "followUpSaved"] as const;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const token = params.token ?? "";
  const registration = await delegateRegistration(db(), token);
  if (!registration) notFound();
  const event = await eventForRegistration(db(), registration.eventId, language);
  // Once the event is over the link has done its work, except for an attendee's certificate.
  if (!event || (event.endsAt <= new Date() && registration.status !== "attended")) notFound();
  return { language, token, registration, event };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, registration, event } = await load(request, params);
  const url = new URL(request.url);
  const shown = manageableEvent(event, language);
  return {
    language,
    notice: notices.find((name) => name === url.searchParams.get("notice")) ?? null,
    askCancel: url.searchParams.get("step") === "cancel",
    registration: {
      name: registration.delegateName ?? "",
      organisationName: registration.organisation?.name ?? null,
      completed: registration.conductAcceptedAt !== null,
      ...manageableRegistration(registration, event, language, { answersTheirs: true }),
    },
    event: shown,
    followUp: followUpOf(registration, { followUpQuestions: shown.followUpQuestions, timeZone: event.timeZone }, language, { answersTheirs: true }),
    invitationLetter: canAskForInvitationLetter(registration, { delegate: true }),
    retention: retentionOfRegistration(event, registration.status, language),
    certificate: certifiable({ status: registration.status, event }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { language, token, registration, event } = await load(request, params);
  const formData = await readForm(request);
  const here = `/${language}/events/registration/${token}`;
  const done = (notice: (typeof notices)[number]) => redirect(`${here}?notice=${notice}`, { headers: tokenPageHeaders });
  return handleIntent(formData, {
    accept: async () => {
      const result = await answerDelegateOffer(db(), { token, accept: true });
      return result.ok ? done("accepted") : refuseWith(pageForm, `event_${result.error}`);
    },
    decline: async () => {
      const result = await answerDelegateOffer(db(), { token, accept: false });
      return result.ok ? done("declined") : refuseWith(pageForm, `event_${result.error}`);
    },
    cancel: async () => {
      // The first post only asks: the page shows what cancelling means, and the second carries it out.
      if (formData.get(confirmedField) !== "yes") return redirect(`${here}?step=cancel`, { headers: tokenPageHeaders });
      const result = await cancelDelegateRegistration(db(), { token });
      return result.ok ? done("cancelled") : refuseWith(pageForm, `event_${result.error}`);
    },
    save: async () => {
      const submission = parseWithZod(formData, { schema: answersSchemaFor(event, registration.status) });
      if (submission.status !== "success") return refuseForm(answerForm, submission);
      const result = await saveDelegateAnswers(db(), { token, form: submission.value });
      return result.ok ? done("saved") : refuseWith(pageForm, `event_${result.error}`);
    },
    followUp: async () => {
      const submission = parseWithZod(formData, { schema: followUpFormSchema(event.questions) });
      if (submission.status !== "success") return refuseForm(followUpForm, submission);
      const result = await saveDelegateFollowUp(db(), { token, form: submission.value });
      return result.ok ? done("followUpSaved") : refuseWith(followUpForm, result.error, 409);
    },
  });
}

export default function DelegateRegistration() {
  const { language, notice, askCancel, registration, event, followUp, invitationLetter, retention, certificate } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("registration");
  const { t: tFollowUp } = useTranslation("follow-up");
  const titleLang = event.titleLanguage !== language ? event.titleLanguage : undefined;
  const here = `/${language}/events/registration/${useParams().token ?? ""}`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/events/${event.id}`} rel="noreferrer">
          <span lang={titleLang}>{event.title}</span>
        </Link>
      </p>
      <h1>{t("delegate.title")}</h1>
      <p className="lead">
        <span lang={titleLang}>{event.title}</span>
      </p>
      {notice === "followUpSaved" ? <Notice>{tFollowUp("followUp.saved")}</Notice> : notice ? <Notice>{t(`delegate.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <dl className="facts">
        <dt>{t("register.when")}</dt>
        <dd>{event.dates}</dd>
        <dt>{t("register.where")}</dt>
        <dd>{event.place}</dd>
        <dt>{t("one.for")}</dt>
        <dd>
          {registration.name}
          {registration.organisationName ? ` · ${registration.organisationName}` : null}
        </dd>
        <dt>{t("mine.status")}</dt>
        <dd>
          {t(`statuses.${registration.status}`)}
          {registration.position !== null ? ` · ${t("mine.position", { position: formatNumber(registration.position, language) })}` : null}
        </dd>
      </dl>
      {registration.canChangeAnswers ? (
        <p>{registration.completed ? t("delegate.completed") : t("delegate.lead", { organisation: registration.organisationName ?? "" })}</p>
      ) : null}
      {registration.status === "waitlisted" ? <p>{t("register.howFirstCome", { hours: formatNumber(event.offerHours, language) })}</p> : null}
      {certificate ? <AfterEventLinks certificate={`${here}/certificate.pdf`} /> : null}
      {followUp.canAnswer ? (
        <FollowUpAnswers questions={event.followUpQuestions} values={registration.values} answeredOn={followUp.answeredOn} language={language} actionData={actionData} />
      ) : null}
      {invitationLetter ? (
        <p>
          <Link to={`${here}/invitation-letter`} rel="noreferrer">
            {tFollowUp("invitation.link")}
          </Link>
        </p>
      ) : null}
      <ManageRegistration
        registration={registration}
        event={event}
        language={language}
        askCancel={askCancel}
        here={here}
        actionData={actionData}
        answersHeading={t("one.answersHeading")}
      />
      <AnswerRetentionNotice groups={retention} language={language} when="registered" />
    </article>
  );
}
