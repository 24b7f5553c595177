// The form for a letter of invitation (a visa application): the name as in the passport,
// optionally its number and the nationality, the letter's language. Posted as a plain form
// (reloadDocument), so the PDF the action answers with downloads. Said on the form:
// nothing typed is stored. A registration not confirmed shows the reason instead.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { FormErrors, SelectField, TextField, type SelectOption } from "~/components/forms";
import { invitationLetterSchema } from "~/modules/events/invitation-letter.schemas";
import { pageForm, replyFor } from "~/utils/form-reply";
import type { Language } from "~/utils/languages";

/** The form's fields as Conform sees them. */
type LetterFields = { passportName?: string; passportNumber?: string; nationality?: string; language?: string };

export function InvitationLetterForm({
  refusal,
  letterLanguages,
  options,
  defaults,
  actionData,
}: {
  refusal: string | null;
  letterLanguages: [Language, ...Language[]];
  options: { countries: SelectOption[]; languages: SelectOption[] };
  defaults: LetterFields;
  actionData: unknown;
}) {
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
  const labels = {
    passportName: t("invitation.passportName"),
    passportNumber: t("invitation.passportNumber"),
    nationality: t("invitation.nationality"),
    language: t("invitation.language"),
  };
  const shownRefusal = refusal ?? reply?.error;
  return (
    <>
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
    </>
  );
}
