// A letter of invitation for a visa application, for the signed-in person's own confirmed
// registration: the form (the name as in their passport, optionally its number and their
// nationality, the letter's language), and the PDF the form posts for. The browser posts
// it as a plain form (reloadDocument), so the answer downloads. Nothing typed is stored.
// A registration not yet confirmed is refused with the reason; someone else's is a 404.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormErrors, SelectField, TextField } from "~/components/forms";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { invitationLetterSchema } from "~/modules/events/invitation-letter.schemas";
import { invitationLetter, invitationLetterFor, letterFormOptions } from "~/modules/events/invitation-letter.server";
import { eventTitle } from "~/modules/events/shown-event-texts.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaded }) =>
  translatedMeta(matches, (t) => ({ title: `${t("follow-up:invitation.title")} · ${loaded?.event.title ?? ""}` }));

async function load(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const registrationId = params.registrationId ?? "";
  if (!/^[A-Za-z0-9_-]{1,60}$/.test(registrationId)) notFound();
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
  const letter = await invitationLetter(db(), { registrationId: found.registration.id, personId: user.id, form: submission.value });
  if (!letter.ok) return refuseWith(pageForm, letter.error, 409);
  return pdfResponse(letter.bytes, letter.fileName);
}

/** The form's fields as Conform sees them. */
type LetterFields = { passportName?: string; passportNumber?: string; nationality?: string; language?: string };

export default function InvitationLetter() {
  const { language, registrationId, refusal, event, letterLanguages, options, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("follow-up");
  const reply = replyFor(actionData, pageForm);
  const schema = invitationLetterSchema(letterLanguages);
  const [form, fields] = useForm<LetterFields, LetterFields, string[]>({
    id: "invitation-letter",
    lastResult: reply?.result,
    defaultValue: defaults,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: schema as unknown as z.ZodType<LetterFields> }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const back = `/${language}/account/registrations/${registrationId}`;
  const labels = {
    passportName: t("invitation.passportName"),
    passportNumber: t("invitation.passportNumber"),
    nationality: t("invitation.nationality"),
    language: t("invitation.language"),
  };
  const shownRefusal = refusal ?? reply?.error;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={back}>{event.title}</Link>
      </p>
      <h1>{t("invitation.title")}</h1>
      <p className="lead">{event.title}</p>
      {shownRefusal ? (
        <p role="alert" className="notice">
          {t(`invitation.refusals.${shownRefusal}`, { defaultValue: t("invitation.refusals.notConfirmed") })}
        </p>
      ) : null}
      {refusal ? null : (
        <>
          <p>{t("invitation.lead")}</p>
          <p>{t("invitation.notStored")}</p>
          <Form method="post" reloadDocument {...getFormProps(form)}>
            <FormErrors form={form} labels={labels} />
            <TextField field={fields.passportName} label={labels.passportName} hint={t("invitation.passportNameHint")} autoComplete="name" />
            <TextField field={fields.passportNumber} label={labels.passportNumber} autoComplete="off" />
            <SelectField field={fields.nationality} label={labels.nationality} placeholder={t("invitation.noNationality")} options={options.countries} />
            <SelectField field={fields.language} label={labels.language} options={options.languages} />
            <button type="submit">{t("invitation.download")}</button>
          </Form>
        </>
      )}
    </article>
  );
}
