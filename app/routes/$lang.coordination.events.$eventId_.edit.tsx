// A coordinator edits an event (a draft, or a published one whose registrations stay),
// publishes a draft, or cancels the event after a confirmation step that asks the reason
// every registrant is told.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { confirmedField } from "~/components/confirm-step";
import { EventForm } from "~/components/events/event-form";
import { ActionError, FormErrors, Notice, TextAreaField } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventForEditing, eventFormOptions } from "~/modules/events/editable-event.server";
import { updateEvent } from "~/modules/events/event-editing.server";
import { cancelEvent, publishEvent } from "~/modules/events/event-status.server";
import { cancelEventSchema, eventFormSchema } from "~/modules/events/event.schemas";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "events", "follow-up", "forms", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("event-admin:edit.title")} · ${data?.event.title ?? ""}` }));

const formId = "event";
const cancelFormId = "cancel-event";
const notices = ["created", "saved", "published", "cancelled"] as const;

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const event = await eventForEditing(db(), eventId);
  if (!event) notFound();
  const options = await eventFormOptions(db(), language, { withHosts: true });
  // A host no longer a member stays choosable on its own event.
  if (event.hostOrganisationId && event.host && !options.organisations?.some((option) => option.value === event.hostOrganisationId)) {
    options.organisations?.push({ value: event.hostOrganisationId, label: event.host.name });
  }
  return { language, user, event, options };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, event, options } = await load(request, params);
  const url = new URL(request.url);
  return {
    language,
    event: { id: event.id, status: event.status, title: event.title, originalLanguage: event.originalLanguage, defaults: event.defaults },
    options,
    step: url.searchParams.get("step") === "cancel" && event.status !== "cancelled" ? ("cancel" as const) : null,
    notice: notices.find((name) => name === url.searchParams.get("notice")) ?? null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { language, user, event, options } = await load(request, params);
  const formData = await readForm(request);
  const ip = requestOrigin(context).clientAddress;
  const here = `/${language}/coordination/events/${event.id}/edit`;
  return handleIntent(formData, {
    save: async () => {
      const schema = eventFormSchema({ organisationIds: (options.organisations ?? []).map((option) => option.value), hostFixed: false });
      const submission = parseWithZod(formData, { schema });
      if (submission.status !== "success") return refuseForm(formId, submission);
      const saved = await updateEvent(db(), { eventId: event.id, form: submission.value, actorId: user.id, ip });
      if (!saved.ok) return refuseForm(formId, submission, { formError: `eventAdmin_${saved.error}` });
      return redirect(`${here}?notice=saved`);
    },
    publish: async () => {
      const published = await publishEvent(db(), { eventId: event.id, actorId: user.id, ip });
      return published.ok ? redirect(`${here}?notice=published`) : refuseWith(pageForm, `eventAdmin_${published.error}`);
    },
    cancel: async () => {
      if (formData.get(confirmedField) !== "yes") return redirect(`${here}?step=cancel`);
      const submission = parseWithZod(formData, { schema: cancelEventSchema });
      if (submission.status !== "success") return refuseForm(cancelFormId, submission);
      const cancelled = await cancelEvent(db(), { eventId: event.id, actorId: user.id, reason: submission.value.reason, ip });
      if (!cancelled.ok) return refuseForm(cancelFormId, submission, { formError: `eventAdmin_${cancelled.error}` });
      return redirect(`${here}?notice=cancelled`);
    },
  });
}

export default function EditEvent() {
  const { language, event, options, step, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("event-admin");
  const { t: tRegistration } = useTranslation("registration");
  const cancelReply = replyFor(actionData, cancelFormId);
  const here = `/${language}/coordination/events/${event.id}/edit`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/events`}>{tRegistration("organisers.eventsTitle")}</Link>
      </p>
      <h1>{t("edit.title")}</h1>
      <p className="lead">{event.title}</p>
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>
        {t("edit.status", { status: tRegistration(`organisers.eventStatuses.${event.status}`) })}{" "}
        <Link to={`/${language}/coordination/events/${event.id}/registrations`}>{t("edit.registrations")}</Link>
        {event.status === "published" ? (
          <>
            {" · "}
            <Link to={`/${language}/events/${event.id}`}>{t("edit.publicPage")}</Link>
          </>
        ) : null}
      </p>
      {step === "cancel" || cancelReply ? (
        <CancelStep here={here} lastResult={cancelReply?.result} />
      ) : event.status === "cancelled" ? (
        <p>{t("edit.cancelledNote")}</p>
      ) : (
        <>
          <div className="actions">
            {event.status === "draft" ? (
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="publish" />
                <button type="submit">{t("edit.publish")}</button>
              </Form>
            ) : null}
            <Form method="post" className="inline-form">
              <input type="hidden" name="intent" value="cancel" />
              <button type="submit" className="button--danger">
                {t("edit.cancel")}
              </button>
            </Form>
          </div>
          {event.status === "published" ? <p>{t("edit.publishedNote")}</p> : null}
          <EventForm
            id={formId}
            schema={eventFormSchema({ organisationIds: (options.organisations ?? []).map((option) => option.value), hostFixed: false })}
            intent="save"
            defaults={event.defaults}
            lastResult={replyFor(actionData, formId)?.result}
            submitLabel={t("edit.save")}
            options={options}
            originalLanguageFixed={event.originalLanguage}
          />
        </>
      )}
    </article>
  );
}

function CancelStep({ here, lastResult }: { here: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const { t } = useTranslation("event-admin");
  const [form, fields] = useForm<{ reason?: string }, { reason?: string }, string[]>({
    id: cancelFormId,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cancelEventSchema }),
    shouldValidate: "onBlur",
  });
  return (
    <section aria-labelledby="confirm-heading" className="confirm-step">
      <h2 id="confirm-heading">{t("cancel.heading")}</h2>
      <p>{t("cancel.consequence")}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors form={form} labels={{ reason: t("cancel.reason") }} />
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name={confirmedField} value="yes" />
        <TextAreaField field={fields.reason} label={t("cancel.reason")} hint={t("cancel.reasonHint")} rows={4} />
        <p className="actions">
          <button type="submit" className="button--danger">
            {t("cancel.confirm")}
          </button>{" "}
          <Link to={here}>{t("cancel.back")}</Link>
        </p>
      </Form>
    </section>
  );
}
