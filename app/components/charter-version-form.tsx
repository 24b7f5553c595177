import { getFormProps, getInputProps, getTextareaProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { versionSchema } from "~/modules/charter/versions.schemas";
import { languageName } from "~/utils/format";
import { languages } from "~/utils/languages";
import { FieldErrors, FormErrors, TextField } from "./forms";

export type VersionDefaults = Partial<z.input<typeof versionSchema>>;

/** The fields of a Charter version: effective date, then a title and Markdown text per language. */
export function CharterVersionForm({
  lastResult,
  defaultValue,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaultValue?: VersionDefaults;
  submitLabel: string;
}) {
  const { t } = useTranslation("admin");
  const [form, fields] = useForm({
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: versionSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const fieldsByName = fields as unknown as Record<string, Parameters<typeof getTextareaProps>[0]>;
  const { key: dateKey, ...dateProps } = getInputProps(fields.effectiveFrom, { type: "date" });
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save" />
      <FormErrors form={form} />
      <div className="field">
        <label htmlFor={fields.effectiveFrom.id}>{t("charter.effectiveFrom")}</label>
        <input key={dateKey} {...dateProps} />
        <FieldErrors id={fields.effectiveFrom.errorId} errors={fields.effectiveFrom.errors} />
      </div>
      <p>{t("charter.textsHint")}</p>
      {languages.map((language) => {
        const body = fieldsByName[`body_${language}`]!;
        const { key: bodyKey, ...bodyProps } = getTextareaProps(body);
        return (
          <fieldset key={language}>
            <legend>{languageName(language, language)}</legend>
            <TextField field={fields[`title_${language}`]} label={t("charter.textTitle")} />
            <div className="field">
              <label htmlFor={body.id}>{t("charter.textBody")}</label>
              <textarea key={bodyKey} {...bodyProps} lang={language} rows={12} />
              <FieldErrors id={body.errorId} errors={body.errors} />
            </div>
          </fieldset>
        );
      })}
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
