// The form for one description of an organisation (a text per language, marked original,
// human or machine translation), or for adding one.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, SelectField, TextAreaField } from "~/components/forms";
import { addDescriptionSchema, descriptionOrigins, maxDescriptionLength, saveDescriptionSchema } from "~/modules/profile/profile.schemas";
import { formatNumber, languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";

export type StoredDescription = { language: string; text: string; origin: (typeof descriptionOrigins)[number] };

/** The form for one language's description, or (without `description`) for a new one. */
export function DescriptionForm({
  id,
  reader,
  description,
  newLanguages = [],
  defaultOrigin = "original",
  lastResult,
  error,
}: {
  id: string;
  reader: Language;
  description?: StoredDescription;
  newLanguages?: { code: string; name: string }[];
  defaultOrigin?: StoredDescription["origin"];
  lastResult: SubmissionResult<string[]> | undefined;
  error?: string;
}) {
  const { t } = useTranslation("profile");
  const schema = description ? saveDescriptionSchema : addDescriptionSchema;
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: description ?? { origin: defaultOrigin, language: "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const name = description ? languageName(description.language, reader) : "";
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={description ? "save-description" : "add-description"} />
      <FormErrors form={form} error={error} />
      {description ? (
        <input type="hidden" name="language" value={description.language} />
      ) : (
        <SelectField
          field={fields.language}
          label={t("descriptions.language")}
          options={[{ value: "", label: t("descriptions.chooseLanguage") }, ...newLanguages.map(({ code, name }) => ({ value: code, label: name }))]}
        />
      )}
      <TextAreaField
        field={fields.text}
        label={description ? t("descriptions.textIn", { language: name }) : t("descriptions.text")}
        hint={t("descriptions.textHint", { max: formatNumber(maxDescriptionLength, reader) })}
        lang={description?.language}
      />
      <SelectField
        field={fields.origin}
        label={t("descriptions.origin")}
        options={descriptionOrigins.map((origin) => ({ value: origin, label: t(`origins.${origin}`) }))}
      />
      <button type="submit">
        {description ? t("descriptions.save", { language: name }) : t("descriptions.add")}
      </button>
    </Form>
  );
}

