// The form for an organisation's own profile fields, on its profile page.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxList, LanguageCheckboxList } from "~/components/checkbox-list";
import { FormErrors, SelectField, TextField, type SelectOption } from "~/components/forms";
import { organisationTypes, profileSchema } from "~/modules/profile/profile.schemas";

export type EditedOrganisation = {
  name: string;
  type: string;
  countryCode: string;
  city: string;
  website: string | null;
  languages: string[];
  themes: string[];
  publicEmail: string | null;
};

/** The organisation's own fields: name, type, place, website, public address, languages and themes. */
export function ProfileDetailsForm({
  organisation,
  lastResult,
  languageChoices,
  countryOptions,
  themeOptions,
}: {
  organisation: EditedOrganisation;
  lastResult: SubmissionResult<string[]> | undefined;
  /** From languageChoices (app/utils/options.server.ts): the languages people pick first, then every other. */
  languageChoices: { options: SelectOption[]; firstChoices: readonly string[] };
  countryOptions: SelectOption[];
  /** The stored themes (themeOptions in app/modules/taxonomy/themes.server.ts), in the reader's language. */
  themeOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation("profile");
  const { t: tMembers } = useTranslation("members");
  const [form, fields] = useForm({
    id: "profile",
    lastResult,
    defaultValue: {
      name: organisation.name,
      type: organisation.type,
      countryCode: organisation.countryCode,
      city: organisation.city,
      website: organisation.website ?? "",
      languages: organisation.languages,
      themes: organisation.themes,
      publicEmail: organisation.publicEmail ?? "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema(themeOptions.map((option) => option.value)) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const types = organisationTypes.map((type) => ({ value: type, label: tMembers(`types.${type}`) }));
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="profile" />
      <FormErrors form={form} />
      <TextField field={fields.name} label={t("details.name")} autoComplete="organization" />
      <SelectField field={fields.type} label={t("details.type")} options={types} />
      <SelectField field={fields.countryCode} label={t("details.country")} options={countryOptions} />
      <TextField field={fields.city} label={t("details.city")} autoComplete="address-level2" />
      <TextField field={fields.website} label={t("details.website")} type="url" autoComplete="url" hint={t("details.websiteHint")} />
      <TextField field={fields.publicEmail} label={t("details.publicEmail")} type="email" autoComplete="off" hint={t("details.publicEmailHint")} />
      <LanguageCheckboxList field={fields.languages} legend={t("details.languages")} choices={languageChoices} />
      <CheckboxList field={fields.themes} legend={t("details.themes")} options={themeOptions} />
      <button type="submit">{t("details.submit")}</button>
    </Form>
  );
}

