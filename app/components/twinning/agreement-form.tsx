// The terms of an agreement as a form (a new draft, its edit, a new revision): the partner
// (new draft only), the texts in each language with the original's required, the dates,
// themes, exchanges each way, the cap on a group and the writing side's contact person.
// Without JavaScript it is a plain form.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CheckboxList, type CheckboxOption } from "~/components/checkbox-list";
import { FormErrors, SelectField, TextAreaField, TextField, type SelectOption } from "~/components/forms";
import type { agreementTermsSchema } from "~/modules/twinning/agreements.schemas";
import { languageEndonyms, languages, type Language } from "~/utils/languages";

export type AgreementFormShape = {
  intent?: string;
  partnerId?: string;
  originalLanguage?: string;
  startsOn?: string;
  endsOn?: string;
  themes?: string[];
  exchangesAToB?: string;
  exchangesBToA?: string;
  groupSizeCap?: string;
  contactId?: string;
  basedOnRevisionId?: string;
  texts?: Partial<Record<Language, { title?: string; objectives?: string }>>;
};

export function AgreementForm({
  id,
  schema,
  intent,
  defaults,
  hidden = {},
  lastResult,
  submitLabel,
  partnerOptions,
  contactOptions,
  themeOptions,
  sideNames,
}: {
  id: string;
  schema: ReturnType<typeof agreementTermsSchema>;
  intent: string;
  defaults: AgreementFormShape;
  hidden?: Record<string, string>;
  lastResult: SubmissionResult<string[]> | undefined;
  submitLabel: string;
  /** The new draft only: the active members to choose the partner from. */
  partnerOptions?: SelectOption[];
  contactOptions: SelectOption[];
  themeOptions: CheckboxOption[];
  /** Who "A" and "B" are, to name the exchanges each way. */
  sideNames: { a: string; b: string };
}) {
  const { t } = useTranslation("agreements");
  const [form, fields] = useForm<AgreementFormShape, AgreementFormShape, string[]>({
    id,
    lastResult,
    defaultValue: defaults,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: schema as unknown as z.ZodType<AgreementFormShape> }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const texts = fields.texts.getFieldset();
  const labels: Record<string, string> = {
    partnerId: t("fields.partner"),
    originalLanguage: t("fields.originalLanguage"),
    startsOn: t("fields.startsOn"),
    endsOn: t("fields.endsOn"),
    themes: t("fields.themes"),
    exchangesAToB: t("fields.exchangesFrom", { from: sideNames.a, to: sideNames.b }),
    exchangesBToA: t("fields.exchangesFrom", { from: sideNames.b, to: sideNames.a }),
    groupSizeCap: t("fields.groupSizeCap"),
    contactId: t("fields.contact"),
  };
  for (const language of languages) {
    labels[`texts.${language}.title`] = t("fields.titleIn", { language: languageEndonyms[language] });
    labels[`texts.${language}.objectives`] = t("fields.objectivesIn", { language: languageEndonyms[language] });
  }
  const original = (fields.originalLanguage.value ?? defaults.originalLanguage ?? "en") as Language;
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormErrors form={form} labels={labels} />
      {partnerOptions ? <SelectField field={fields.partnerId} label={labels.partnerId} placeholder={t("fields.choosePartner")} options={partnerOptions} hint={t("hints.partner")} /> : null}
      <fieldset className="field-group">
        <legend>{t("sections.texts")}</legend>
        <SelectField
          field={fields.originalLanguage}
          label={labels.originalLanguage}
          hint={t("hints.originalLanguage")}
          options={languages.map((value) => ({ value, label: languageEndonyms[value], lang: value }))}
        />
        {languages.map((language) => {
          const set = texts[language].getFieldset();
          return (
            <fieldset key={language} className="field-group">
              <legend>{language === original ? t("textsOriginal", { language: languageEndonyms[language] }) : t("textsTranslation", { language: languageEndonyms[language] })}</legend>
              <TextField field={set.title} label={labels[`texts.${language}.title`]} autoComplete="off" />
              <TextAreaField field={set.objectives} label={labels[`texts.${language}.objectives`]} lang={language} rows={6} />
            </fieldset>
          );
        })}
      </fieldset>
      <fieldset className="field-group">
        <legend>{t("sections.terms")}</legend>
        <TextField field={fields.startsOn} label={labels.startsOn} type="date" />
        <TextField field={fields.endsOn} label={labels.endsOn} type="date" />
        <CheckboxList field={fields.themes} legend={labels.themes} options={themeOptions} />
        <TextField field={fields.exchangesAToB} label={labels.exchangesAToB} type="number" />
        <TextField field={fields.exchangesBToA} label={labels.exchangesBToA} type="number" />
        <TextField field={fields.groupSizeCap} label={labels.groupSizeCap} type="number" hint={t("hints.groupSizeCap")} />
      </fieldset>
      <SelectField field={fields.contactId} label={labels.contactId} placeholder={t("fields.noContact")} options={contactOptions} hint={t("hints.contact")} />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
