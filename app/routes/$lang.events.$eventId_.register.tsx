// Registering for an event: the event in brief (dates at the venue, places, how the
// waiting list works), then the form. A visitor is sent to sign in and comes back here.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AnswerRetentionNotice } from "~/components/events/answer-retention-notice";
import { GroupLinks } from "~/components/events/group-links";
import { RegistrationFields, registrationFieldLabels } from "~/components/events/registration-fields";
import { ActionError, FormErrors, SelectField } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventForRegistration, groupOrganisationsOf, manageableEvent, organisationsOf } from "~/modules/events/registration-reading.server";
import { registrationFormSchema } from "~/modules/events/registration.schemas";
import { registerPerson } from "~/modules/events/registrations.server";
import { retentionBeforeRegistering } from "~/modules/events/retention-notice.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import { formatNumber } from "~/utils/format";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["follow-up", "forms", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("registration:register.title")} · ${data?.event.title ?? ""}` }));

async function loadEvent(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const eventId = requireRecordId(params.eventId);
  const event = await eventForRegistration(db(), eventId, language);
  // A draft is nobody's to register for, and says nothing about itself.
  if (!event || event.status === "draft") notFound();
  return { language, user, event };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, user, event } = await loadEvent(request, params);
  const [organisations, groupOrganisations] = await Promise.all([organisationsOf(db(), user.id), groupOrganisationsOf(db(), user)]);
  return {
    language,
    organisations,
    groupOrganisations,
    event: { ...manageableEvent(event, language), free: event.places.free, waiting: event.places.waitingEntries },
    retention: retentionBeforeRegistering(event, language),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { language, user, event } = await loadEvent(request, params);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: registrationFormSchema(event.questions, event.mode) });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  const result = await registerPerson(db(), { eventId: event.id, personId: user.id, form: submission.value, ip: requestOrigin(context).clientAddress });
  // Busy (the places lock not had in time): 503, nothing written, the person may try again.
  if (!result.ok) return refuseWith(pageForm, `event_${result.error}`, result.error === "busy" ? 503 : 400);
  const notice = result.status === "waitlisted" ? `waitlisted&position=${result.position ?? ""}` : result.status;
  return redirect(`/${language}/account/registrations/${result.registrationId}?notice=${notice}`);
}

export default function Register() {
  const { language, event, organisations, groupOrganisations, retention } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("registration");
  const { t: tForms } = useTranslation("forms");
  const [form, fields] = useForm({
    lastResult: replyFor(actionData, pageForm)?.result,
    defaultValue: { listVisibility: "nobody", organisationId: "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: registrationFormSchema(event.questions, event.mode) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const titleLang = event.titleLanguage !== language ? event.titleLanguage : undefined;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/events/${event.id}`}>
          <span lang={titleLang}>{event.title}</span>
        </Link>
      </p>
      <h1>{t("register.title")}</h1>
      <p className="lead" lang={titleLang}>
        {event.title}
      </p>
      <dl className="facts">
        <dt>{t("register.when")}</dt>
        <dd>{event.dates}</dd>
        <dt>{t("register.where")}</dt>
        <dd>{event.place}</dd>
        <dt>{t("register.places")}</dt>
        <dd>
          {event.free > 0 && event.waiting === 0
            ? t("places.left", { count: event.free, formatted: formatNumber(event.free, language) })
            : t("places.waitingList", { count: event.waiting, formatted: formatNumber(event.waiting, language) })}
        </dd>
      </dl>
      <p>{event.mode === "application" ? t("register.howApplication") : t("register.howFirstCome", { hours: formatNumber(event.offerHours, language) })}</p>
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      {event.closedBecause ? null : <GroupLinks language={language} eventId={event.id} organisations={groupOrganisations} />}
      {event.closedBecause ? (
        <p className="notice">{tForms(`errors.event_${event.closedBecause}`)}</p>
      ) : (
        <Form method="post" {...getFormProps(form)}>
          <FormErrors form={form} labels={registrationFieldLabels(t, event.questions)} />
          {organisations.length > 0 ? (
            <SelectField
              field={fields.organisationId}
              label={t("form.onBehalf")}
              hint={t("form.onBehalfHint")}
              options={[{ value: "", label: t("form.myself") }, ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))]}
            />
          ) : null}
          <RegistrationFields
            fields={fields as never}
            questions={event.questions}
            application={event.mode === "application"}
            codeOfConduct={event.codeOfConduct}
            pageLanguage={language}
          />
          <AnswerRetentionNotice groups={retention} language={language} when="beforeRegistering" />
          <button type="submit">{event.mode === "application" ? t("register.apply") : t("register.submit")}</button>
        </Form>
      )}
    </article>
  );
}
