// One registration of the person's (or one they made for a delegate): its status and
// position, an offered place to accept or decline in one click, the answers to change,
// and cancelling, after a confirmation step. Once the place is confirmed: the follow-up
// questions to answer and a letter of invitation for a visa. It says when each answer is
// (or was) erased. Someone else's registration is a 404.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { confirmedField } from "~/components/confirm-step";
import { AfterEventLinks } from "~/components/events/after-event-links";
import { AnswerRetentionNotice } from "~/components/events/answer-retention-notice";
import { FollowUpAnswers, followUpForm } from "~/components/events/follow-up-answers";
import { answerForm, ManageRegistration } from "~/components/events/manage-registration";
import { ActionError, Notice } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { afterEventOf } from "~/modules/events/feedback.server";
import { eventForRegistration, manageableEvent, manageableRegistration, ownRegistration } from "~/modules/events/registration-reading.server";
import { followUpOf, saveOwnFollowUp } from "~/modules/events/follow-up.server";
import { canAskForInvitationLetter } from "~/modules/events/invitation-letter.server";
import { answersSchemaFor, followUpFormSchema } from "~/modules/events/registration.schemas";
import { acceptOffer, cancelRegistration, declineOffer, saveOwnAnswers } from "~/modules/events/registrations.server";
import { retentionOfRegistration } from "~/modules/events/retention-notice.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["attendance", "follow-up", "forms", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("registration:one.title")} · ${data?.event.title ?? ""}` }));

const notices = ["confirmed", "waitlisted", "applied", "accepted", "declined", "cancelled", "saved", "followUpSaved"] as const;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const registrationId = requireRecordId(params.registrationId);
  const registration = await ownRegistration(db(), { registrationId, personId: user.id });
  if (!registration) notFound();
  const event = (await eventForRegistration(db(), registration.eventId, language))!;
  return { language, user, registration, event };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, user, registration, event } = await load(request, params);
  const url = new URL(request.url);
  const notice = notices.find((name) => name === url.searchParams.get("notice")) ?? null;
  const answersTheirs = registration.personId === user.id;
  const shown = manageableEvent(event, language);
  return {
    language,
    notice,
    askCancel: url.searchParams.get("step") === "cancel",
    registration: {
      id: registration.id,
      forSelf: registration.personId === user.id,
      delegateName: registration.delegateName,
      organisationName: registration.organisation?.name ?? null,
      ...manageableRegistration(registration, event, language, { answersTheirs }),
    },
    event: shown,
    followUp: followUpOf(registration, { followUpQuestions: shown.followUpQuestions, timeZone: event.timeZone }, language, { answersTheirs }),
    invitationLetter: canAskForInvitationLetter(registration, user.id),
    retention: retentionOfRegistration(event, registration.status, language),
    afterEvent: await afterEventOf(db(), { registrationId: registration.id, personId: user.id }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { language, user, registration, event } = await load(request, params);
  const formData = await readForm(request);
  const here = `/${language}/account/registrations/${registration.id}`;
  const done = (notice: (typeof notices)[number]) => redirect(`${here}?notice=${notice}`);
  return handleIntent(formData, {
    accept: async () => {
      const result = await acceptOffer(db(), { registrationId: registration.id, personId: user.id });
      return result.ok ? done("accepted") : refuseWith(pageForm, `event_${result.error}`);
    },
    decline: async () => {
      const result = await declineOffer(db(), { registrationId: registration.id, personId: user.id });
      return result.ok ? done("declined") : refuseWith(pageForm, `event_${result.error}`);
    },
    cancel: async () => {
      // The first post only asks: the page shows what cancelling means, and the second carries it out.
      if (formData.get(confirmedField) !== "yes") return redirect(`${here}?step=cancel`);
      const result = await cancelRegistration(db(), { registrationId: registration.id, actorId: user.id, by: "registrant" });
      return result.ok ? done("cancelled") : refuseWith(pageForm, `event_${result.error}`);
    },
    save: async () => {
      const submission = parseWithZod(formData, { schema: answersSchemaFor(event, registration.status) });
      if (submission.status !== "success") return refuseForm(answerForm, submission);
      const result = await saveOwnAnswers(db(), { registrationId: registration.id, personId: user.id, form: submission.value });
      return result.ok ? done("saved") : refuseWith(pageForm, `event_${result.error}`);
    },
    followUp: async () => {
      const submission = parseWithZod(formData, { schema: followUpFormSchema(event.questions) });
      if (submission.status !== "success") return refuseForm(followUpForm, submission);
      const result = await saveOwnFollowUp(db(), { registrationId: registration.id, personId: user.id, form: submission.value });
      return result.ok ? done("followUpSaved") : refuseWith(followUpForm, result.error, 409);
    },
  });
}

export default function OneRegistration() {
  const { language, notice, askCancel, registration, event, followUp, invitationLetter, retention, afterEvent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("registration");
  const { t: tFollowUp } = useTranslation("follow-up");
  const titleLang = event.titleLanguage !== language ? event.titleLanguage : undefined;
  const here = `/${language}/account/registrations/${registration.id}`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/account/registrations`}>{t("mine.title")}</Link>
      </p>
      <h1>
        <span lang={titleLang}>{event.title}</span>
      </h1>
      {notice === "followUpSaved" ? (
        <Notice>{tFollowUp("followUp.saved")}</Notice>
      ) : notice ? (
        <Notice>{t(`one.notices.${notice}`, { position: formatNumber(registration.position ?? 0, language) })}</Notice>
      ) : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <dl className="facts">
        <dt>{t("register.when")}</dt>
        <dd>{event.dates}</dd>
        <dt>{t("one.for")}</dt>
        <dd>
          {registration.forSelf ? t("mine.myself") : registration.delegateName}
          {registration.organisationName ? ` · ${registration.organisationName}` : null}
        </dd>
        <dt>{t("mine.status")}</dt>
        <dd>
          {t(`statuses.${registration.status}`)}
          {registration.position !== null ? ` · ${t("mine.position", { position: formatNumber(registration.position, language) })}` : null}
        </dd>
      </dl>
      {registration.status === "waitlisted" ? <p>{t("register.howFirstCome", { hours: formatNumber(event.offerHours, language) })}</p> : null}
      {afterEvent ? <AfterEventLinks certificate={`${here}/certificate.pdf`} feedback={{ state: afterEvent.feedback, to: `${here}/feedback` }} /> : null}
      {followUp.canAnswer ? (
        <FollowUpAnswers questions={event.followUpQuestions} values={registration.values} answeredOn={followUp.answeredOn} language={language} actionData={actionData} />
      ) : null}
      {invitationLetter ? (
        <p>
          <Link to={`${here}/invitation-letter`}>{tFollowUp("invitation.link")}</Link>
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
