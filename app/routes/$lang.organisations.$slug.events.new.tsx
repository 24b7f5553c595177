// A host organisation's admin prepares a draft event: the coordinators' form and command,
// with the host fixed to their organisation; a coordinator publishes it.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EventForm } from "~/components/events/event-form";
import { eventFormOptions, newEventDefaults } from "~/modules/events/editable-event.server";
import { createEvent } from "~/modules/events/event-editing.server";
import { eventFormSchema } from "~/modules/events/event.schemas";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["event-admin", "events", "follow-up", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("event-admin:hosted.newTitle")} · ${data?.organisation.name ?? ""}` }));

const formId = "event";
const schema = eventFormSchema({ organisationIds: [], hostFixed: true });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation } = await requireOrganisationPermission(request, params.slug, "events:prepare-hosted");
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    defaults: newEventDefaults(language),
    options: await eventFormOptions(db(), language, { withHosts: false }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireOrganisationPermission(request, params.slug, "events:prepare-hosted");
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success") return refuseForm(formId, submission);
  await createEvent(db(), { form: submission.value, actorId: user.id, hostOrganisationId: organisation.id, ip: requestOrigin(context).clientAddress });
  return redirect(`/${language}/organisations/${organisation.slug}/events?notice=saved`);
}

export default function NewHostedEvent() {
  const { language, organisation, defaults, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("event-admin");
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}/events`}>{t("hosted.title")}</Link>
      </p>
      <h1>{t("hosted.newTitle")}</h1>
      <p>{t("hosted.newIntro")}</p>
      <EventForm
        id={formId}
        schema={schema}
        intent="save"
        defaults={defaults}
        lastResult={replyFor(actionData, formId)?.result}
        submitLabel={t("hosted.saveDraft")}
        options={options}
        hostName={organisation.name}
      />
    </article>
  );
}
