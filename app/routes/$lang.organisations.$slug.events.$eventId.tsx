// A host organisation's admin edits a draft their organisation hosts, until a coordinator
// publishes it; after that only coordinators change it (the page says so).
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/events/event-form";
import { eventForEditing, eventFormOptions } from "~/modules/events/editable-event.server";
import { updateEvent } from "~/modules/events/event-editing.server";
import { eventFormSchema } from "~/modules/events/event.schemas";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "events", "follow-up", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("event-admin:hosted.editTitle")} · ${data?.event.title ?? ""}` }));

const formId = "event";
const schema = eventFormSchema({ organisationIds: [], hostFixed: true });

/** The organisation's own event, or a 404 (another's says nothing of whether it exists). */
async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireOrganisationPermission(request, params.slug, "events:prepare-hosted");
  const eventId = requireRecordId(params.eventId);
  const event = await eventForEditing(db(), eventId);
  if (!event || event.hostOrganisationId !== organisation.id) notFound();
  return { language, organisation, user, event };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, organisation, event } = await load(request, params);
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    event: { id: event.id, status: event.status, title: event.title, originalLanguage: event.originalLanguage, defaults: event.defaults },
    options: await eventFormOptions(db(), language, { withHosts: false }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { language, organisation, user, event } = await load(request, params);
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success") return refuseForm(formId, submission);
  const saved = await updateEvent(db(), {
    eventId: event.id,
    form: submission.value,
    actorId: user.id,
    asHost: { organisationId: organisation.id },
    ip: requestOrigin(context).clientAddress,
  });
  if (!saved.ok) return refuseForm(formId, submission, { formError: `eventAdmin_${saved.error}` }, saved.error === "notEditable" ? 409 : 400);
  return redirect(`/${language}/organisations/${organisation.slug}/events?notice=saved`);
}

export default function EditHostedEvent() {
  const { language, organisation, event, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("event-admin");
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}/events`}>{t("hosted.title")}</Link>
      </p>
      <h1>{t("hosted.editTitle")}</h1>
      <p className="lead">{event.title}</p>
      {event.status !== "draft" ? (
        <p>{t("hosted.noLongerEditable")}</p>
      ) : (
        <>
          <p>{t("hosted.awaitingNote")}</p>
          <EventForm
            id={formId}
            schema={schema}
            intent="save"
            defaults={event.defaults}
            lastResult={replyFor(actionData, formId)?.result}
            submitLabel={t("hosted.saveDraft")}
            options={options}
            originalLanguageFixed={event.originalLanguage}
            hostName={organisation.name}
          />
        </>
      )}
    </article>
  );
}
