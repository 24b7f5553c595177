import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccountNav } from "~/components/account-nav";
import { CheckboxList } from "~/components/checkbox-list";
import { FieldErrors, FormErrors, Notice, TextField } from "~/components/forms";
import { profileSchema } from "~/modules/accounts/accounts.schemas";
import { updateProfile } from "~/modules/accounts/accounts.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { db } from "~/utils/database/connection.server";
import { languageName } from "~/utils/format";
import { invalid, readForm, requestOrigin } from "~/utils/forms.server";
import { languages } from "~/utils/languages";
import { languageOptions } from "~/utils/options.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("account:profile.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const profile = await db().user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      name: true,
      title: true,
      email: true,
      languagesSpoken: true,
      preferredLanguage: true,
      memberships: {
        select: { role: true, signatory: true, organisation: { select: { name: true, slug: true } } },
        orderBy: { organisation: { name: "asc" } },
      },
    },
  });
  const saved = new URL(request.url).searchParams.get("notice") === "saved";
  return { language, profile, saved, spokenOptions: languageOptions(language) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const submission = parseWithZod(await readForm(request), { schema: profileSchema });
  if (submission.status !== "success") return invalid(submission);
  await updateProfile(db(), user.id, submission.value, requestOrigin(context));
  return redirect(`/${language}/account?notice=saved`);
}

export default function Profile() {
  const { language, profile, saved, spokenOptions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const { t: tOrganisations } = useTranslation("organisations");
  const { t: tProfile } = useTranslation("profile");
  const [form, fields] = useForm({
    lastResult,
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
  const { key: preferredKey, ...preferredProps } = getSelectProps(fields.preferredLanguage);
  return (
    <article>
      <h1>{t("profile.title")}</h1>
      <AccountNav language={language} />
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
          <FormErrors id={form.errorId} errors={form.errors} />
          <TextField field={fields.name} label={t("fields.name")} autoComplete="name" />
          <TextField field={fields.title} label={t("fields.title")} autoComplete="organization-title" />
          <div className="field">
            <label htmlFor={fields.preferredLanguage.id}>{t("fields.preferredLanguage")}</label>
            <p className="field-hint" id={`${fields.preferredLanguage.id}-hint`}>
              {t("profile.preferredLanguageHint")}
            </p>
            <select
              key={preferredKey}
              {...preferredProps}
              aria-describedby={[`${fields.preferredLanguage.id}-hint`, preferredProps["aria-describedby"]].filter(Boolean).join(" ")}
            >
              {languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageName(code, code)}
                </option>
              ))}
            </select>
            <FieldErrors id={fields.preferredLanguage.errorId} errors={fields.preferredLanguage.errors} />
          </div>
          <CheckboxList
            field={fields.languagesSpoken}
            legend={t("fields.languagesSpoken")}
            options={spokenOptions}
          />
          <button type="submit">{t("profile.submit")}</button>
        </Form>
      </section>
    </article>
  );
}
