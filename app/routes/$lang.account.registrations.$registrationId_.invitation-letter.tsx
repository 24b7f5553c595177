// A letter of invitation for a visa application, for the signed-in person's own confirmed
// registration: the form (InvitationLetterForm), and the PDF it posts for. Nothing typed is
// stored. A registration not yet confirmed is refused with the reason; someone else's is a 404.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { InvitationLetterForm } from "~/components/events/invitation-letter-form";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { invitationLetterSchema } from "~/modules/events/invitation-letter.schemas";
import { invitationLetter, invitationLetterFor, letterFormOptions } from "~/modules/events/invitation-letter.server";
import { eventTitle } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { pageForm } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["follow-up", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) =>
  translatedMeta(matches, (t) => ({ title: `${t("follow-up:invitation.title")} · ${loaded?.event.title ?? ""}` }));

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const registrationId = requireRecordId(params.registrationId);
  const found = await invitationLetterFor(db(), { registrationId, personId: user.id });
  if (!found) notFound();
  return { language, user, found };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, found } = await load(request, params);
  const { registration } = found;
  return data(
    {
      language,
      registrationId: registration.id,
      refusal: found.refusal,
      event: { title: await eventTitle(db(), registration.event.id, language) },
      letterLanguages: found.languages,
      options: letterFormOptions(language, found.languages),
      defaults: { language: found.languages.includes(language) ? language : found.languages[0] },
    },
    // Not confirmed: the page says why, and answers as a refusal.
    { status: found.refusal ? 409 : 200, headers: { "Cache-Control": "private, no-store" } },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found } = await load(request, params);
  const formData = await readForm(request);
  if (found.refusal) return refuseWith(pageForm, found.refusal, 409);
  const submission = parseWithZod(formData, { schema: invitationLetterSchema(found.languages) });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  const letter = await invitationLetter(db(), { holder: { registrationId: found.registration.id, personId: user.id }, form: submission.value });
  if (!letter.ok) return refuseWith(pageForm, letter.error, 409);
  return pdfResponse(letter.bytes, letter.fileName);
}

export default function InvitationLetter() {
  const { language, registrationId, refusal, event, letterLanguages, options, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("follow-up");
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/account/registrations/${registrationId}`}>{event.title}</Link>
      </p>
      <h1>{t("invitation.title")}</h1>
      <p className="lead">{event.title}</p>
      <InvitationLetterForm refusal={refusal} letterLanguages={letterLanguages} options={options} defaults={defaults} actionData={actionData} />
    </article>
  );
}
