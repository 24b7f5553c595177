// An organisation's profile page: its details, its descriptions per language and its logo.
import { type Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionError, Notice, useErrorMessage } from "~/components/forms";
import { DescriptionForm } from "~/components/profile/description-form";
import { MachineTranslationRequest } from "~/components/machine-translation-request";
import { LogoForms } from "~/components/profile/logo-forms";
import { ProfileDetailsForm } from "~/components/profile/profile-details-form";
import { requirePermission, requireUser } from "~/modules/auth/permissions.server";
import { removeLogo, replaceLogo } from "~/modules/profile/logos.server";
import {
  addDescriptionSchema,
  descriptionRefusals,
  maxLogoBytes,
  profileSchema,
  removeDescriptionSchema,
  removeLogoSchema,
  saveDescriptionSchema,
} from "~/modules/profile/profile.schemas";
import { findProfileForEditing, removeDescription, saveDescription, updateProfile } from "~/modules/profile/profile.server";
import { descriptionTranslationOffer, requestDescriptionTranslations } from "~/modules/profile/machine-translations.server";
import { machineTranslationRequestSchema } from "~/modules/library/machine-translations.schemas";
import { whyRemovalIsRefused } from "~/mechanisms/translations/translations";
import { db } from "~/utils/database/connection.server";
import { languageName } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { countryOptions, languageChoices } from "~/utils/options.server";
import { languagesMembersSpeak } from "~/modules/directory/directory.server";
import { themeKeys, themeOptions } from "~/modules/taxonomy/themes.server";
import { notFound, requireLanguage, requireSlug } from "~/utils/params.server";
import { isMultipart, readUploadForm } from "~/utils/uploads.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "members", "profile", "translations"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("profile:title")} · ${data?.organisation.name ?? ""}` }));

const notices = ["saved", "descriptionSaved", "descriptionRemoved", "logoSaved", "logoRemoved", "machineTranslationsRequested"] as const;
const machineTranslationForm = "machine-translation";
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
  const spokenChoices = languageChoices(language, await languagesMembersSpeak(db()));
  // Null without a translation service: then no machine translation is offered.
  const machineTranslation = await descriptionTranslationOffer(db(), organisation.id, descriptions);
  const themes = await themeOptions(db(), language);
  return {
    language,
    organisation,
    descriptions,
    notice,
    spokenChoices,
    countryOptions: countryOptions(language),
    themeOptions: themes,
    machineTranslation,
  };
}

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
  /** A refusal from a module: against its field when it names one, else against the form. */
  const refused = <Schema,>(form: string, submission: Submission<Schema>, { error, field }: { error: string; field?: string }) =>
    refuseForm(form, submission, field ? { field, fieldError: error } : { formError: error });

  // Only the logo form is multipart; it is read with a size limit, never buffered whole.
  if (isMultipart(request)) {
    const upload = await readUploadForm(request, { fileField: "logo", maxFileBytes: maxLogoBytes });
    if (!upload.ok) return refuseWith("logo", `fileTooLarge:${maxLogoBytes / 1024 / 1024}`, 413);
    if (upload.fields.get("intent") !== "upload-logo") return refuseWith(pageForm, "invalid");
    const result = await replaceLogo(prisma, { organisationId, actorId, upload: upload.file ?? new Uint8Array() }, origin);
    return result.ok ? done("logoSaved") : refuseWith("logo", result.error);
  }

  const formData = await readForm(request);
  const saveDescriptionAs = (isNew: boolean) => async () => {
    const form = isNew ? newDescriptionForm : descriptionForm(String(formData.get("language")));
    const submission = parseWithZod(formData, { schema: isNew ? addDescriptionSchema : saveDescriptionSchema });
    if (submission.status !== "success") return refuseForm(form, submission);
    const { intent: _intent, ...fields } = submission.value;
    const result = await saveDescription(prisma, { ...fields, organisationId, actorId, isNew }, origin);
    return result.ok ? done("descriptionSaved") : refused(form, submission, result);
  };
  return handleIntent(formData, {
    profile: async () => {
      const submission = parseWithZod(formData, { schema: profileSchema(await themeKeys(prisma)) });
      if (submission.status !== "success") return refuseForm("profile", submission);
      const { intent: _intent, ...fields } = submission.value;
      const result = await updateProfile(prisma, { organisationId, actorId, fields }, origin);
      return result.ok ? done("saved") : refused("profile", submission, result);
    },
    "add-description": saveDescriptionAs(true),
    "save-description": saveDescriptionAs(false),
    "remove-description": async () => {
      const submission = parseWithZod(formData, { schema: removeDescriptionSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await removeDescription(prisma, { organisationId, language: submission.value.language, actorId }, origin);
      if (result.ok) return done("descriptionRemoved");
      // A description already gone has no form left to show the message against.
      return refuseWith(result.error === "descriptionGone" ? pageForm : descriptionForm(submission.value.language), result.error);
    },
    "machine-translate-description": async () => {
      const submission = parseWithZod(formData, { schema: machineTranslationRequestSchema });
      if (submission.status !== "success") return refuseWith(machineTranslationForm, "noTargets");
      const result = await requestDescriptionTranslations(prisma, { organisationId, targets: submission.value.targets, requestedBy: actorId }, origin);
      return result.ok ? done("machineTranslationsRequested") : refuseWith(machineTranslationForm, result.error, 409);
    },
    "remove-logo": async () => {
      const submission = parseWithZod(formData, { schema: removeLogoSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await removeLogo(prisma, { organisationId, actorId }, origin);
      return result.ok ? done("logoRemoved") : refuseWith("logo", result.error);
    },
  });
}

export default function OrganisationProfileEditor() {
  const { language, organisation, descriptions, notice, spokenChoices, countryOptions, themeOptions, machineTranslation } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("profile");
  const { t: tTranslations } = useTranslation("translations");
  const message = useErrorMessage();
  const described = new Set(descriptions.map((description) => description.language));
  const newLanguages = spokenChoices.options
    .filter((option) => !described.has(option.value))
    .map(({ value, label }) => ({ code: value, name: label }));
  const hasOriginal = descriptions.some((description) => description.origin === "original");
  return (
    <article>
      <p className="breadcrumb">
        {organisation.status === "active" ? (
          <Link to={`/${language}/members/${organisation.slug}`}>{organisation.name}</Link>
        ) : (
          organisation.name
        )}
      </p>
      <h1>{t("title")}</h1>
      {notice ? (
        <Notice>{notice === "machineTranslationsRequested" ? tTranslations("notices.requested") : t(`notices.${notice}`)}</Notice>
      ) : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">{t("details.heading")}</h2>
        <ProfileDetailsForm
          organisation={organisation}
          lastResult={replyFor(actionData, "profile")?.result}
          languageChoices={spokenChoices}
          countryOptions={countryOptions}
          themeOptions={themeOptions}
        />
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
        {hasOriginal ? (
          <MachineTranslationRequest
            id={machineTranslationForm}
            offer={machineTranslation}
            reader={language}
            intent="machine-translate-description"
            error={replyFor(actionData, machineTranslationForm)?.error}
            headingLevel={3}
          />
        ) : null}
      </section>

      <section aria-labelledby="logo-heading">
        <h2 id="logo-heading">{t("logo.heading")}</h2>
        <LogoForms organisation={organisation} error={replyFor(actionData, "logo")?.error} />
      </section>
    </article>
  );
}

