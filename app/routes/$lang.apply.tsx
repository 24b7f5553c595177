import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction, SerializeFrom } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CharterText } from "~/components/charter-to-sign";
import { CheckboxList } from "~/components/checkbox-list";
import { FieldErrors, FormErrors, TextField } from "~/components/forms";
import { OrganisationType } from "~/generated/prisma/enums";
import { requirePermission } from "~/modules/auth/permissions.server";
import { currentUser } from "~/modules/auth/session.server";
import { charterForSigning } from "~/modules/charter/signatures.server";
import { applicationSchema } from "~/modules/membership/application.schemas";
import { ApplicationRefused, applyForMembership } from "~/modules/membership/membership.server";
import { themes } from "~/modules/taxonomy/themes";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { countryOptions, languageOptions } from "~/utils/options.server";
import { requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("membership:apply.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await currentUser(request);
  const charter = await charterForSigning(db(), language);
  return { language, signedIn: Boolean(user), charter, languageOptions: languageOptions(language), countryOptions: countryOptions(language) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const submission = parseWithZod(await readForm(request), { schema: applicationSchema });
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
            <Link className="button button--secondary" to={`/${language}/sign-up`}>
              {t("apply.signUp")}
            </Link>
          </p>
        </>
      )}
    </article>
  );
}

function ApplicationForm({ language, charter }: { language: Language; charter: NonNullable<SerializeFrom<typeof loader>["charter"]> }) {
  const { languageOptions, countryOptions: countries } = useLoaderData<typeof loader>();
  const lastResult = replyFor(useActionData<typeof action>(), pageForm)?.result;
  const { t } = useTranslation("membership");
  const { t: tMembers } = useTranslation("members");
  const { t: tThemes } = useTranslation("themes");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { descriptionLanguage: language },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: applicationSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const { key: typeKey, ...typeProps } = getSelectProps(fields.type);
  const { key: countryKey, ...countryProps } = getSelectProps(fields.countryCode);
  const { key: descriptionLanguageKey, ...descriptionLanguageProps } = getSelectProps(fields.descriptionLanguage);
  const { key: descriptionKey, ...descriptionProps } = getTextareaProps(fields.description);
  const { key: motivationKey, ...motivationProps } = getTextareaProps(fields.motivation);
  const { key: signKey, ...signProps } = getInputProps(fields.signCharter, { type: "checkbox" });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors id={form.errorId} errors={form.errors} />
      <fieldset>
        <legend>{t("apply.organisationHeading")}</legend>
        <TextField field={fields.name} label={t("fields.name")} autoComplete="organization" />
        <div className="field">
          <label htmlFor={fields.type.id}>{t("fields.type")}</label>
          <select key={typeKey} {...typeProps}>
            <option value="">{t("apply.choose")}</option>
            {Object.values(OrganisationType).map((type) => (
              <option key={type} value={type}>
                {tMembers(`types.${type}`)}
              </option>
            ))}
          </select>
          <FieldErrors id={fields.type.errorId} errors={fields.type.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.countryCode.id}>{t("fields.country")}</label>
          <select key={countryKey} {...countryProps} autoComplete="country">
            <option value="">{t("apply.choose")}</option>
            {countries.map((country) => (
              <option key={country.value} value={country.value}>
                {country.label}
              </option>
            ))}
          </select>
          <FieldErrors id={fields.countryCode.errorId} errors={fields.countryCode.errors} />
        </div>
        <TextField field={fields.city} label={t("fields.city")} autoComplete="address-level2" />
        <TextField field={fields.website} label={t("fields.website")} type="url" autoComplete="url" hint={t("apply.optional")} />
        <TextField field={fields.publicEmail} label={t("fields.publicEmail")} type="email" hint={t("apply.publicEmailHint")} />
        <CheckboxList field={fields.languages} legend={t("fields.languages")} options={languageOptions} />
        <CheckboxList
          field={fields.themes}
          legend={t("fields.themes")}
          options={themes.map((theme) => ({ value: theme, label: tThemes(theme) }))}
        />
        <div className="field">
          <label htmlFor={fields.descriptionLanguage.id}>{t("fields.descriptionLanguage")}</label>
          <select key={descriptionLanguageKey} {...descriptionLanguageProps}>
            {languageOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <FieldErrors id={fields.descriptionLanguage.errorId} errors={fields.descriptionLanguage.errors} />
        </div>
        <div className="field">
          <label htmlFor={fields.description.id}>{t("fields.description")}</label>
          <textarea key={descriptionKey} {...descriptionProps} rows={6} />
          <FieldErrors id={fields.description.errorId} errors={fields.description.errors} />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("apply.motivationHeading")}</legend>
        <div className="field">
          <label htmlFor={fields.motivation.id}>{t("fields.motivation")}</label>
          <textarea key={motivationKey} {...motivationProps} rows={5} />
          <FieldErrors id={fields.motivation.errorId} errors={fields.motivation.errors} />
        </div>
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
