import { getFormProps, getSelectProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxList } from "~/components/checkbox-list";
import { FieldErrors, FormErrors, Notice, TextAreaField, TextField, useErrorMessage } from "~/components/forms";
import { requirePermission, requireUser } from "~/modules/auth/permissions.server";
import { removeLogo, replaceLogo } from "~/modules/profile/logos.server";
import {
  addDescriptionSchema,
  descriptionOrigins,
  descriptionRefusals,
  logoSize,
  maxDescriptionLength,
  maxLogoBytes,
  organisationTypes,
  profileSchema,
  removeDescriptionSchema,
  removeLogoSchema,
  saveDescriptionSchema,
} from "~/modules/profile/profile.schemas";
import {
  findProfileForEditing,
  removeDescription,
  saveDescription,
  updateProfile,
} from "~/modules/profile/profile.server";
import { themes } from "~/modules/taxonomy/themes";
import { whyRemovalIsRefused } from "~/mechanisms/translations/translations";
import { db } from "~/utils/database/connection.server";
import { formatNumber, languageName } from "~/utils/format";
import { errorReply, readForm, requestOrigin } from "~/utils/forms.server";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { countryOptions, languageOptions } from "~/utils/options.server";
import { notFound, requireLanguage, requireSlug } from "~/utils/params.server";
import { isMultipart, readUploadForm } from "~/utils/uploads.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("profile:title")} · ${data?.organisation.name ?? ""}` }));

const notices = ["saved", "descriptionSaved", "descriptionRemoved", "logoSaved", "logoRemoved"] as const;
const newDescriptionForm = "description-new";
const descriptionForm = (language: string) => `description-${language}`;

async function findOrganisation(slug: string | undefined) {
  const organisation = await findProfileForEditing(db(), requireSlug(slug));
  if (!organisation) notFound();
  return organisation;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  // Signed in first, so a visitor cannot tell which organisations exist from 404s.
  await requireUser(request);
  const { descriptions, ...organisation } = await findOrganisation(params.slug);
  await requirePermission(request, "organisation:edit-profile", { organisationId: organisation.id });
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return { language, organisation, descriptions, notice, languageOptions: languageOptions(language), countryOptions: countryOptions(language) };
}

type Reply = { formId: string; result?: SubmissionResult<string[]>; error?: string };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  await requireUser(request);
  const organisation = await findOrganisation(params.slug);
  const organisationId = organisation.id;
  const user = await requirePermission(request, "organisation:edit-profile", { organisationId });
  const prisma = db();
  const origin = requestOrigin(context);
  const actorId = user.id;
  const done = (notice: (typeof notices)[number]) =>
    redirect(`/${language}/organisations/${organisation.slug}/profile?notice=${notice}`);
  const refused = (reply: Reply, status = 400) => data(reply, { status });

  // Only the logo form is multipart; it is read with a size limit, never buffered whole.
  if (isMultipart(request)) {
    const upload = await readUploadForm(request, { fileField: "logo", maxFileBytes: maxLogoBytes });
    if (!upload.ok) return refused({ formId: "logo", error: `fileTooLarge:${maxLogoBytes / 1024 / 1024}` }, 413);
    if (upload.fields.get("intent") !== "upload-logo") return refused({ formId: "page", error: "invalid" });
    const result = await replaceLogo(prisma, { organisationId, actorId, upload: upload.file ?? new Uint8Array() }, origin);
    return result.ok ? done("logoSaved") : refused({ formId: "logo", error: result.error });
  }

  const formData = await readForm(request);
  switch (formData.get("intent")) {
    case "profile": {
      const submission = parseWithZod(formData, { schema: profileSchema });
      if (submission.status !== "success") return refused({ formId: "profile", result: errorReply(submission) });
      const { intent: _intent, ...fields } = submission.value;
      const result = await updateProfile(prisma, { organisationId, actorId, fields }, origin);
      if (!result.ok) {
        const { error, field } = result;
        return refused({ formId: "profile", result: errorReply(submission, field ? { field, fieldError: error } : { formError: error }) });
      }
      return done("saved");
    }
    case "add-description":
    case "save-description": {
      const isNew = formData.get("intent") === "add-description";
      const formId = isNew ? newDescriptionForm : descriptionForm(String(formData.get("language")));
      const submission = parseWithZod(formData, { schema: isNew ? addDescriptionSchema : saveDescriptionSchema });
      if (submission.status !== "success") return refused({ formId, result: errorReply(submission) });
      const { intent: _intent, ...fields } = submission.value;
      const result = await saveDescription(prisma, { ...fields, organisationId, actorId, isNew }, origin);
      if (!result.ok) {
        const { error, field } = result;
        return refused({ formId, result: errorReply(submission, field ? { field, fieldError: error } : { formError: error }) });
      }
      return done("descriptionSaved");
    }
    case "remove-description": {
      const submission = parseWithZod(formData, { schema: removeDescriptionSchema });
      if (submission.status !== "success") return refused({ formId: "page", error: "invalid" });
      const result = await removeDescription(prisma, { organisationId, language: submission.value.language, actorId }, origin);
      if (result.ok) return done("descriptionRemoved");
      // A description already gone has no form left to show the message against.
      const formId = result.error === "descriptionGone" ? "page" : descriptionForm(submission.value.language);
      return refused({ formId, error: result.error });
    }
    case "remove-logo": {
      const submission = parseWithZod(formData, { schema: removeLogoSchema });
      if (submission.status !== "success") return refused({ formId: "page", error: "invalid" });
      const result = await removeLogo(prisma, { organisationId, actorId }, origin);
      return result.ok ? done("logoRemoved") : refused({ formId: "logo", error: result.error });
    }
    default:
      return refused({ formId: "page", error: "invalid" });
  }
}

type ActionData = ReturnType<typeof useActionData<typeof action>>;

const replyFor = (actionData: ActionData, formId: string) =>
  actionData && "formId" in actionData && actionData.formId === formId ? actionData : undefined;

export default function OrganisationProfileEditor() {
  const { language, organisation, descriptions, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("profile");
  const message = useErrorMessage();
  const pageError = replyFor(actionData, "page")?.error;
  const described = new Set(descriptions.map((description) => description.language));
  const newLanguages = useLoaderData<typeof loader>()
    .languageOptions.filter((option) => !described.has(option.value))
    .map(({ value, label }) => ({ code: value, name: label }));
  const hasOriginal = descriptions.some((description) => description.origin === "original");
  return (
    <article>
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        {organisation.status === "active" ? (
          <Link to={`/${language}/members/${organisation.slug}`}>{organisation.name}</Link>
        ) : (
          organisation.name
        )}
      </nav>
      <h1>{t("title")}</h1>
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      <div role="alert">{pageError ? <p className="form-errors">{message(pageError)}</p> : null}</div>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t("details.heading")}</h2>
        <ProfileForm organisation={organisation} lastResult={replyFor(actionData, "profile")?.result} />
      </section>

      <section aria-labelledby="descriptions-heading">
        <h2 id="descriptions-heading">{t("descriptions.heading")}</h2>
        <p>{t("descriptions.intro")}</p>
        {descriptions.length === 0 ? <p>{t("descriptions.none")}</p> : null}
        {descriptions.map((description) => {
          const formId = descriptionForm(description.language);
          const reply = replyFor(actionData, formId);
          const refusal = whyRemovalIsRefused(descriptions, description.language);
          const cannotRemove = refusal ? descriptionRefusals[refusal] : null;
          return (
            <section key={description.language} className="card" aria-labelledby={`${formId}-heading`}>
              <h3 id={`${formId}-heading`}>{t("descriptions.inLanguage", { language: languageName(description.language, language) })}</h3>
              <DescriptionForm
                id={formId}
                reader={language}
                description={description}
                lastResult={reply?.result}
                error={reply?.error}
              />
              {cannotRemove ? (
                <p className="muted">{message(cannotRemove)}</p>
              ) : (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-description" />
                  <input type="hidden" name="language" value={description.language} />
                  <button type="submit" className="button--secondary">
                    {t("descriptions.remove", { language: languageName(description.language, language) })}
                  </button>
                </Form>
              )}
            </section>
          );
        })}
        <section aria-labelledby={`${newDescriptionForm}-heading`}>
          <h3 id={`${newDescriptionForm}-heading`}>{descriptions.length ? t("descriptions.addHeading") : t("descriptions.firstHeading")}</h3>
          <DescriptionForm
            id={newDescriptionForm}
            reader={language}
            newLanguages={newLanguages}
            defaultOrigin={hasOriginal ? "human" : "original"}
            lastResult={replyFor(actionData, newDescriptionForm)?.result}
          />
        </section>
      </section>

      <section aria-labelledby="logo-heading">
        <h2 id="logo-heading">{t("logo.heading")}</h2>
        <LogoForms organisation={organisation} error={replyFor(actionData, "logo")?.error} />
      </section>
    </article>
  );
}

type EditedOrganisation = ReturnType<typeof useLoaderData<typeof loader>>["organisation"];

function ProfileForm({
  organisation,
  lastResult,
}: {
  organisation: EditedOrganisation;
  lastResult: SubmissionResult<string[]> | undefined;
}) {
  const { t } = useTranslation("profile");
  const { t: tMembers } = useTranslation("members");
  const { t: tThemes } = useTranslation("themes");
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
    onValidate: ({ formData }) => parseWithZod(formData, { schema: profileSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const { languageOptions: spoken, countryOptions } = useLoaderData<typeof loader>();
  const types = organisationTypes.map((type) => ({ value: type, name: tMembers(`types.${type}`) }));
  const countries = countryOptions.map(({ value, label }) => ({ value, name: label }));
  const themeOptions = themes.map((theme) => ({ value: theme, name: tThemes(theme) }));
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="profile" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.name} label={t("details.name")} autoComplete="organization" />
      <SelectField field={fields.type} label={t("details.type")} options={types} />
      <SelectField field={fields.countryCode} label={t("details.country")} options={countries} />
      <TextField field={fields.city} label={t("details.city")} autoComplete="address-level2" />
      <TextField field={fields.website} label={t("details.website")} type="url" autoComplete="url" hint={t("details.websiteHint")} />
      <TextField field={fields.publicEmail} label={t("details.publicEmail")} type="email" autoComplete="off" hint={t("details.publicEmailHint")} />
      <CheckboxList field={fields.languages} legend={t("details.languages")} options={spoken} />
      <CheckboxList field={fields.themes} legend={t("details.themes")} options={themeOptions.map(({ value, name }) => ({ value, label: name }))} />
      <button type="submit">{t("details.submit")}</button>
    </Form>
  );
}

type Option = { value: string; name: string };

function SelectField({ field, label, options }: { field: Parameters<typeof getSelectProps>[0]; label: string; options: Option[] }) {
  const { key, ...props } = getSelectProps(field);
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select key={key} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.name}
          </option>
        ))}
      </select>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </div>
  );
}

type StoredDescription = { language: string; text: string; origin: (typeof descriptionOrigins)[number] };

/** The form for one language's description, or (without `description`) for a new one. */
function DescriptionForm({
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
  const formErrors = [...(form.errors ?? []), ...(error ? [error] : [])];
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={description ? "save-description" : "add-description"} />
      <FormErrors id={form.errorId} errors={formErrors} />
      {description ? (
        <input type="hidden" name="language" value={description.language} />
      ) : (
        <SelectField
          field={fields.language}
          label={t("descriptions.language")}
          options={[{ value: "", name: t("descriptions.chooseLanguage") }, ...newLanguages.map(({ code, name }) => ({ value: code, name }))]}
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
        options={descriptionOrigins.map((origin) => ({ value: origin, name: t(`origins.${origin}`) }))}
      />
      <button type="submit">
        {description ? t("descriptions.save", { language: name }) : t("descriptions.add")}
      </button>
    </Form>
  );
}

function LogoForms({ organisation, error }: { organisation: EditedOrganisation; error: string | undefined }) {
  const { t } = useTranslation("profile");
  const message = useErrorMessage();
  return (
    <>
      {organisation.logoFile ? (
        <img className="organisation-logo" src={`/logos/${organisation.logoFile}`} alt={t("logo.current", { name: organisation.name })} />
      ) : (
        <p>{t("logo.none")}</p>
      )}
      <Form method="post" encType="multipart/form-data">
        <input type="hidden" name="intent" value="upload-logo" />
        <div id="logo-errors" role="alert" className={error ? "form-errors" : undefined}>
          {error ? <p>{message(error)}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="logo-file">{organisation.logoFile ? t("logo.replace") : t("logo.file")}</label>
          <p id="logo-hint" className="field-hint">
            {t("logo.hint", { megabytes: maxLogoBytes / 1024 / 1024, pixels: logoSize })}
          </p>
          <input
            id="logo-file"
            type="file"
            name="logo"
            accept="image/png,image/jpeg,image/webp"
            required
            aria-describedby="logo-hint logo-errors"
            aria-invalid={error ? true : undefined}
          />
        </div>
        <button type="submit">{t("logo.upload")}</button>
      </Form>
      {organisation.logoFile ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remove-logo" />
          <button type="submit" className="button--secondary">
            {t("logo.remove")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
