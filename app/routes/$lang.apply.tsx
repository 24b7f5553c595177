import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CharterText } from "~/components/charter-to-sign";
import { CheckboxList, LanguageCheckboxList } from "~/components/checkbox-list";
import { FieldErrors, FormErrors, SelectField, TextAreaField, TextField } from "~/components/forms";
import { OrganisationType } from "~/generated/prisma/enums";
import { requirePermission } from "~/modules/auth/permissions.server";
import { currentUser } from "~/modules/auth/session.server";
import { charterForSigning } from "~/modules/charter/signatures.server";
import { applicationSchema } from "~/modules/membership/application.schemas";
import { languagesMembersSpeak } from "~/modules/directory/directory.server";
import { ApplicationRefused, applyForMembership } from "~/modules/membership/membership.server";
import { themeKeys, themeOptions } from "~/modules/taxonomy/themes.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { countryOptions, languageChoices } from "~/utils/options.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "members", "membership"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("membership:apply.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await currentUser(request);
  const charter = await charterForSigning(db(), language);
  const languages = languageChoices(language, await languagesMembersSpeak(db()));
  const themes = await themeOptions(db(), language);
  return { language, signedIn: Boolean(user), charter, languages, countryOptions: countryOptions(language), themeOptions: themes };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const submission = parseWithZod(await readForm(request), { schema: applicationSchema(await themeKeys(db())) });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  const value = submission.value;
  try {
    const organisation = await applyForMembership(
      db(),
      {
        organisation: {
          name: value.name,
          type: value.type,
          countryCode: value.countryCode,
          city: value.city,
          website: value.website,
          languages: value.languages,
          themes: value.themes,
          publicEmail: value.publicEmail,
        },
        description: { language: value.descriptionLanguage, text: value.description },
        motivation: value.motivation,
        charter: { versionId: value.charterVersionId, language: value.charterLanguage, shownSha256: value.charterSha256 },
        signatoryTitle: value.signatoryTitle,
        applicant: { id: user.id, name: user.name },
      },
      requestOrigin(context),
    );
    return redirect(`/${language}/organisations/${organisation.slug}?notice=applied`);
  } catch (error) {
    // The Charter changed while the form was open: nothing was stored; the form says so.
    if (error instanceof ApplicationRefused) return refuseForm(pageForm, submission, { formError: error.reason }, 409);
    throw error;
  }
}

export default function Apply() {
  const { language, signedIn, charter } = useLoaderData<typeof loader>();
  const { t } = useTranslation("membership");
  const here = `/${language}/apply`;
  return (
    <article>
      <h1>{t("apply.title")}</h1>
      <p>{t("apply.intro")}</p>
      {!charter ? (
        <p>{t("apply.noCharter")}</p>
      ) : signedIn ? (
        <ApplicationForm language={language} charter={charter} />
      ) : (
        <>
          <p>{t("apply.signInFirst")}</p>
          <p className="actions">
            <Link className="button" to={`/${language}/sign-in?${new URLSearchParams({ redirectTo: here })}`}>
              {t("apply.signIn")}
            </Link>
            <Link className="button button--secondary" to={`/${language}/sign-up?${new URLSearchParams({ redirectTo: here })}`}>
              {t("apply.signUp")}
            </Link>
          </p>
        </>
      )}
    </article>
  );
}

function ApplicationForm({ language, charter }: { language: Language; charter: NonNullable<SerializeFrom<typeof loader>["charter"]> }) {
  const { languages, countryOptions: countries, themeOptions } = useLoaderData<typeof loader>();
  const lastResult = replyFor(useActionData<typeof action>(), pageForm)?.result;
  const { t } = useTranslation("membership");
  const { t: tMembers } = useTranslation("members");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { descriptionLanguage: language },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: applicationSchema(themeOptions.map((option) => option.value)) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const { key: signKey, ...signProps } = getInputProps(fields.signCharter, { type: "checkbox" });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors
        form={form}
        labels={{
          name: t("fields.name"),
          type: t("fields.type"),
          countryCode: t("fields.country"),
          city: t("fields.city"),
          website: t("fields.website"),
          publicEmail: t("fields.publicEmail"),
          languages: t("fields.languages"),
          themes: t("fields.themes"),
          descriptionLanguage: t("fields.descriptionLanguage"),
          description: t("fields.description"),
          motivation: t("fields.motivation"),
          signatoryTitle: t("fields.signatoryTitle"),
          signCharter: t("apply.charterHeading"),
        }}
      />
      <fieldset>
        <legend>{t("apply.organisationHeading")}</legend>
        <TextField field={fields.name} label={t("fields.name")} autoComplete="organization" />
        <SelectField
          field={fields.type}
          label={t("fields.type")}
          placeholder={t("apply.choose")}
          options={Object.values(OrganisationType).map((type) => ({ value: type, label: tMembers(`types.${type}`) }))}
        />
        <SelectField field={fields.countryCode} label={t("fields.country")} placeholder={t("apply.choose")} options={countries} autoComplete="country" />
        <TextField field={fields.city} label={t("fields.city")} autoComplete="address-level2" />
        <TextField field={fields.website} label={t("fields.website")} type="url" autoComplete="url" hint={t("apply.optional")} />
        <TextField field={fields.publicEmail} label={t("fields.publicEmail")} type="email" hint={t("apply.publicEmailHint")} />
        <LanguageCheckboxList field={fields.languages} legend={t("fields.languages")} choices={languages} />
        <CheckboxList
          field={fields.themes}
          legend={t("fields.themes")}
          options={themeOptions}
        />
        <SelectField field={fields.descriptionLanguage} label={t("fields.descriptionLanguage")} options={languages.options} />
        <TextAreaField field={fields.description} label={t("fields.description")} rows={6} />
      </fieldset>
      <fieldset>
        <legend>{t("apply.motivationHeading")}</legend>
        <TextAreaField field={fields.motivation} label={t("fields.motivation")} rows={5} />
      </fieldset>
      <fieldset>
        <legend>{t("apply.charterHeading")}</legend>
        <p>{t("apply.charterIntro")}</p>
        <CharterText charter={charter} reader={language} />
        <TextField field={fields.signatoryTitle} label={t("fields.signatoryTitle")} autoComplete="organization-title" />
        <div className="field">
          <label className="checkbox">
            <input key={signKey} {...signProps} /> {t("apply.signCharter", { number: charter.number })}
          </label>
          <FieldErrors id={fields.signCharter.errorId} errors={fields.signCharter.errors} />
        </div>
      </fieldset>
      <button type="submit">{t("apply.submit")}</button>
    </Form>
  );
}
