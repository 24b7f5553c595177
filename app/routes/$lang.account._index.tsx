import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageCheckboxList } from "~/components/checkbox-list";
import { FormErrors, Notice, SelectField, TextField } from "~/components/forms";
import { profileSchema } from "~/modules/accounts/accounts.schemas";
import { findOwnProfile, updateProfile } from "~/modules/accounts/accounts.server";
import { languagesMembersSpeak } from "~/modules/directory/directory.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { db } from "~/utils/database/connection.server";
import { languageName } from "~/utils/format";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { languages } from "~/utils/languages";
import { languageChoices } from "~/utils/options.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms", "organisations", "profile"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("account:profile.title") }));

const profileForm = "profile";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const profile = await findOwnProfile(db(), user.id);
  const saved = new URL(request.url).searchParams.get("notice") === "saved";
  const spokenChoices = languageChoices(language, await languagesMembersSpeak(db()));
  return { language, profile, saved, spokenChoices };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const submission = parseWithZod(await readForm(request), { schema: profileSchema });
  if (submission.status !== "success") return refuseForm(profileForm, submission);
  await updateProfile(db(), user.id, submission.value, requestOrigin(context));
  return redirect(`/${language}/account?notice=saved`);
}

export default function Profile() {
  const { language, profile, saved, spokenChoices } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const { t: tOrganisations } = useTranslation("organisations");
  const { t: tProfile } = useTranslation("profile");
  const [form, fields] = useForm({
    lastResult: replyFor(actionData, profileForm)?.result,
    defaultValue: {
      name: profile.name,
      title: profile.title,
      languagesSpoken: profile.languagesSpoken,
      preferredLanguage: profile.preferredLanguage,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <article>
      <h1>{t("profile.title")}</h1>
      {saved ? <Notice>{t("notices.saved")}</Notice> : null}
      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">{t("profile.organisations")}</h2>
        {profile.memberships.length === 0 ? (
          <p>{t("profile.noOrganisations")}</p>
        ) : (
          <ul>
            {profile.memberships.map(({ organisation, role, signatory }) => (
              <li key={organisation.slug}>
                <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
                {" · "}
                {tOrganisations(`roles.${role}`)}
                {signatory ? ` · ${tOrganisations("signatory")}` : ""}
                {" · "}
                <Link to={`/${language}/organisations/${organisation.slug}/people`}>{tOrganisations("people.title")}</Link>
                {role === "admin" || role === "editor" ? (
                  <>
                    {" · "}
                    <Link to={`/${language}/organisations/${organisation.slug}/profile`}>{tProfile("shortTitle")}</Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t("profile.details")}</h2>
        <p>{t("profile.signedInAs", { email: profile.email })}</p>
        <Form method="post" {...getFormProps(form)}>
          <FormErrors
            form={form}
            labels={{
              name: t("fields.name"),
              title: t("fields.title"),
              preferredLanguage: t("fields.preferredLanguage"),
              languagesSpoken: t("fields.languagesSpoken"),
            }}
          />
          <TextField field={fields.name} label={t("fields.name")} autoComplete="name" />
          <TextField field={fields.title} label={t("fields.title")} autoComplete="organization-title" />
          <SelectField
            field={fields.preferredLanguage}
            label={t("fields.preferredLanguage")}
            hint={t("profile.preferredLanguageHint")}
            options={languages.map((code) => ({ value: code, label: languageName(code, code), lang: code }))}
          />
          <LanguageCheckboxList field={fields.languagesSpoken} legend={t("fields.languagesSpoken")} choices={spokenChoices} />
          <button type="submit">{t("profile.submit")}</button>
        </Form>
      </section>
    </article>
  );
}
