// A coordinator creates an event: the event form, saved as a draft to publish from the
// overview or the edit page.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/events/event-form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { eventFormOptions, newEventDefaults } from "~/modules/events/editable-event.server";
import { createEvent } from "~/modules/events/event-editing.server";
import { eventFormSchema } from "~/modules/events/event.schemas";
import { db } from "~/utils/database/connection.server";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "events", "follow-up", "forms", "registration"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("event-admin:new.title") }));

const formId = "event";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  return { language, defaults: newEventDefaults(language), options: await eventFormOptions(db(), language, { withHosts: true }) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "events:manage");
  const formData = await readForm(request);
  const options = await eventFormOptions(db(), language, { withHosts: true });
  const schema = eventFormSchema({ organisationIds: (options.organisations ?? []).map((option) => option.value), hostFixed: false });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return refuseForm(formId, submission);
  const created = await createEvent(db(), { form: submission.value, actorId: user.id, ip: requestOrigin(context).clientAddress });
  return redirect(`/${language}/coordination/events/${created.eventId}/edit?notice=created`);
}

export default function NewEvent() {
  const { language, defaults, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("event-admin");
  const { t: tRegistration } = useTranslation("registration");
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/events`}>{tRegistration("organisers.eventsTitle")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <p>{t("new.intro")}</p>
      <EventForm
        id={formId}
        schema={eventFormSchema({ organisationIds: (options.organisations ?? []).map((option) => option.value), hostFixed: false })}
        intent="save"
        defaults={defaults}
        lastResult={replyFor(actionData, formId)?.result}
        submitLabel={t("new.create")}
        options={options}
      />
    </article>
  );
}
