// The form an editor writes a library entry with (new and edit pages): every field in the
// entry's original language; a service description's own fields only for one. Without
// JavaScript it is a plain form; the links are a fixed number of empty rows to fill in.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { CheckboxList, LanguageCheckboxList, type CheckboxOption } from "~/components/checkbox-list";
import { FieldErrors, FormErrors, SelectField, TextAreaField, TextField, type SelectOption } from "~/components/forms";
import { maxBody, maxLinks, maxThemes, type newEntrySchema, type saveRevisionSchema } from "~/modules/library/entries.schemas";
import { audiences, serviceEvidence, serviceSettings } from "~/modules/library/vocabulary";
import { formatNumber } from "~/utils/format";
import type { Language } from "~/utils/languages";

export type EntryDefaults = {
  title?: string;
  summary?: string;
  body?: string;
  easyRead?: string;
  themes?: string[];
  audiences?: string[];
  countryCode?: string;
  links?: { label: string; url: string }[];
  visibility?: string;
  targetGroup?: string;
  settings?: string[];
  evidence?: string;
  outcomes?: string;
  serviceLanguages?: string[];
  hostsVisitors?: boolean;
  originalLanguage?: string;
};

type Schema = ReturnType<typeof newEntrySchema> | ReturnType<typeof saveRevisionSchema>;

/** The form's fields as Conform sees them (strings, lists of strings, the link rows). */
type Shape = {
  intent: string;
  kind: string;
  originalLanguage?: string;
  title?: string;
  summary?: string;
  body?: string;
  easyRead?: string;
  themes?: string[];
  audiences?: string[];
  countryCode?: string;
  links?: { label?: string; url?: string }[];
  visibility?: string;
  targetGroup?: string;
  settings?: string[];
  evidence?: string;
  outcomes?: string;
  serviceLanguages?: string[];
  hostsVisitors?: string;
};

export function LibraryEntryForm({
  id,
  schema,
  intent,
  kind,
  hidden,
  defaults,
  lastResult,
  submitLabel,
  themeOptions,
  countryOptions,
  languageOptions,
  serviceLanguageChoices,
  originalLanguageLabel,
}: {
  id: string;
  schema: Schema;
  intent: "create" | "save";
  kind: string;
  hidden: Record<string, string>;
  defaults: EntryDefaults;
  lastResult: SubmissionResult<string[]> | undefined;
  submitLabel: string;
  themeOptions: CheckboxOption[];
  countryOptions: SelectOption[];
  /** Given on the new page only: the original language is chosen once. */
  languageOptions?: SelectOption[];
  serviceLanguageChoices: { options: CheckboxOption[]; firstChoices: readonly string[] };
  /** On the edit page, which language the texts are in. */
  originalLanguageLabel?: string;
}) {
  const { t, i18n } = useTranslation("library");
  const language = i18n.language as Language;
  const [form, fields] = useForm<Shape, Shape, string[]>({
    id,
    lastResult,
    defaultValue: { ...defaults, hostsVisitors: defaults.hostsVisitors ? "on" : undefined },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: schema as unknown as z.ZodType<Shape> }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const isService = kind === "service_description";
  const typedLinks = (fields.links.initialValue as { label?: string; url?: string }[] | undefined) ?? [];
  const linkRows = Math.min(maxLinks, Math.max(3, typedLinks.length + 1));
  const errorsOf = (name: string) => form.allErrors[name];
  const labels = {
    title: t("fields.title"),
    summary: t("fields.summary"),
    body: t("fields.body"),
    easyRead: t("fields.easyRead"),
    themes: t("fields.themes"),
    audiences: t("fields.audiences"),
    countryCode: t("fields.countryCode"),
    links: t("fields.links"),
    visibility: t("fields.visibility"),
    targetGroup: t("fields.targetGroup"),
    settings: t("fields.settings"),
    evidence: t("fields.evidence"),
    outcomes: t("fields.outcomes"),
    serviceLanguages: t("fields.serviceLanguages"),
    originalLanguage: t("fields.originalLanguage"),
  };
  const hostsVisitorsId = `${form.id}-hostsVisitors`;
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="kind" value={kind} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormErrors form={form} labels={labels} />
      {languageOptions ? (
        <SelectField field={fields.originalLanguage} label={labels.originalLanguage} options={languageOptions} hint={t("hints.originalLanguage")} />
      ) : originalLanguageLabel ? (
        <p>{originalLanguageLabel}</p>
      ) : null}
      <TextField field={fields.title} label={labels.title} autoComplete="off" />
      <TextAreaField field={fields.summary} label={labels.summary} hint={t("hints.summary")} rows={3} />
      <TextAreaField field={fields.body} label={labels.body} hint={t("hints.body", { max: formatNumber(maxBody, language) })} rows={14} />
      <TextAreaField field={fields.easyRead} label={labels.easyRead} hint={t("hints.easyRead")} rows={4} />
      {isService ? (
        <fieldset className="field-group">
          <legend>{t(`kinds.service_description`)}</legend>
          <TextAreaField field={fields.targetGroup} label={labels.targetGroup} rows={3} />
          <CheckboxList
            field={fields.settings}
            legend={labels.settings}
            options={serviceSettings.map((value) => ({ value, label: t(`settings.${value}`) }))}
          />
          <SelectField
            field={fields.evidence}
            label={labels.evidence}
            placeholder={t("chooseEvidence")}
            options={serviceEvidence.map((value) => ({ value, label: t(`evidence.${value}`) }))}
          />
          <TextAreaField field={fields.outcomes} label={labels.outcomes} rows={4} />
          <LanguageCheckboxList field={fields.serviceLanguages} legend={labels.serviceLanguages} choices={serviceLanguageChoices} />
          <div className="checkbox">
            <input
              type="checkbox"
              id={hostsVisitorsId}
              name="hostsVisitors"
              value="on"
              defaultChecked={fields.hostsVisitors.initialValue === "on"}
            />
            <label htmlFor={hostsVisitorsId}>{t("fields.hostsVisitors")}</label>
          </div>
        </fieldset>
      ) : null}
      <CheckboxList field={fields.themes} legend={labels.themes} hint={t("hints.themes", { max: maxThemes })} options={themeOptions} />
      <CheckboxList field={fields.audiences} legend={labels.audiences} options={audiences.map((value) => ({ value, label: t(`audiences.${value}`) }))} />
      <SelectField field={fields.countryCode} label={labels.countryCode} placeholder={t("noCountry")} options={countryOptions} hint={t("hints.countryCode")} />
      <fieldset className="field-group" aria-describedby={`${form.id}-links-hint`}>
        <legend>{labels.links}</legend>
        <p id={`${form.id}-links-hint`} className="field-hint">
          {t("hints.links", { max: maxLinks })}
        </p>
        <FieldErrors id={`${form.id}-links-error`} errors={errorsOf("links")} />
        {Array.from({ length: linkRows }, (_, index) => {
          const rowId = `${form.id}-links-${index}`;
          const typed = typedLinks[index];
          return (
            <fieldset key={index} className="link-row">
              <legend className="visually-hidden">{t("linkNumber", { number: index + 1 })}</legend>
              <div className="field">
                <label htmlFor={`${rowId}-label`}>{t("fields.linkLabel")}</label>
                <input id={`${rowId}-label`} name={`links[${index}].label`} type="text" defaultValue={typed?.label ?? ""} autoComplete="off" />
                <FieldErrors id={`${rowId}-label-error`} errors={errorsOf(`links[${index}].label`)} />
              </div>
              <div className="field">
                <label htmlFor={`${rowId}-url`}>{t("fields.linkUrl")}</label>
                <input id={`${rowId}-url`} name={`links[${index}].url`} type="url" defaultValue={typed?.url ?? ""} autoComplete="off" />
                <FieldErrors id={`${rowId}-url-error`} errors={errorsOf(`links[${index}].url`)} />
              </div>
            </fieldset>
          );
        })}
      </fieldset>
      <SelectField
        field={fields.visibility}
        label={labels.visibility}
        options={(["public", "members"] as const).map((value) => ({ value, label: t(`visibility.${value}`) }))}
      />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
