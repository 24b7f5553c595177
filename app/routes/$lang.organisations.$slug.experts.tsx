// The reference page (README, "Adding a page"): the experts an organisation names.
// Loader and action keep to one shape: guard (the organisation from the address, the
// permission within it), parse (one schema per form, told apart by `intent`), call the
// module, then render or redirect with a notice.
import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CheckboxList, LanguageCheckboxList } from "~/components/checkbox-list";
import { DataTable } from "~/components/data-table";
import { ActionError, FieldErrors, FormErrors, Notice, TextField } from "~/components/forms";
import { RowAction } from "~/components/row-action";
import { can } from "~/modules/auth/permissions";
import { languagesMembersSpeak } from "~/modules/directory/directory.server";
import { addExpertSchema, maxExpertTopics, removeExpertSchema } from "~/modules/experts/experts.schemas";
import { addExpert, listExperts, removeExpert } from "~/modules/experts/experts.server";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { themeKeys, themeNames, themeOptions } from "~/modules/taxonomy/themes.server";
import { db } from "~/utils/database/connection.server";
import { formatList, languageName } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { languageChoices } from "~/utils/options.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["experts", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("experts:organisation.title")} · ${data?.organisation.name ?? ""}` }));

const notices = ["added", "removed"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  // Signed in first, so a visitor cannot tell which organisations exist from 404s.
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-dashboard");
  const canEdit = can(user, "organisation:edit-profile", scope);
  // Addresses are for those who name the experts, and for the coordinators who contact them.
  const showEmail = canEdit || can(user, "experts:search");
  const experts = await listExperts(db(), organisation.id);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    organisation,
    canEdit,
    showEmail,
    notice,
    experts: experts.map((expert) => ({ ...expert, email: showEmail ? expert.email : "" })),
    languageChoices: languageChoices(language, await languagesMembersSpeak(db())),
    topicOptions: await themeOptions(db(), language),
    topicNames: await themeNames(db(), language),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  // The organisation comes from the address, never from the form.
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:edit-profile");
  const { organisationId } = scope;
  const formData = await readForm(request);
  const prisma = db();
  const origin = requestOrigin(context);
  const done = (notice: (typeof notices)[number]) =>
    redirect(`/${language}/organisations/${organisation.slug}/experts?notice=${notice}`);

  return handleIntent(formData, {
    add: async () => {
      const submission = parseWithZod(formData, { schema: addExpertSchema(await themeKeys(prisma)) });
      if (submission.status !== "success") return refuseForm("add-expert", submission);
      await addExpert(prisma, { ...submission.value, organisationId, actorId: user.id }, origin);
      return done("added");
    },
    remove: async () => {
      const submission = parseWithZod(formData, { schema: removeExpertSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await removeExpert(prisma, { ...submission.value, organisationId, actorId: user.id }, origin);
      return result.ok ? done("removed") : refuseWith(pageForm, result.error);
    },
  });
}

export default function OrganisationExperts() {
  const { language, organisation, canEdit, showEmail, notice, experts, languageChoices, topicOptions, topicNames } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("experts");
  const [form, fields] = useForm({
    id: "add-expert",
    lastResult: replyFor(actionData, "add-expert")?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addExpertSchema(topicOptions.map((option) => option.value)) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const themeLabel = (topic: string) => topicNames[topic] ?? topic;
  const availabilityHintId = `${fields.availability.id}-hint`;
  const { key: availabilityKey, ...availabilityProps } = getTextareaProps(fields.availability, {
    ariaDescribedBy: availabilityHintId,
  });
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </p>
      <h1>{t("organisation.title")}</h1>
      {notice ? <Notice>{t(`organisation.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>{t("organisation.intro")}</p>
      {experts.length === 0 ? (
        <p>{t("organisation.none")}</p>
      ) : (
        <DataTable
          caption={t("organisation.title")}
          columns={[
            t("fields.name"),
            t("fields.topics"),
            t("fields.languages"),
            t("fields.availability"),
            canEdit && { label: t("organisation.actions"), hidden: true },
          ]}
        >
            {experts.map((expert) => (
              <tr key={expert.id}>
                <td>
                  {expert.name}
                  {showEmail && expert.email ? <div className="muted">{expert.email}</div> : null}
                </td>
                <td>{formatList(expert.topics.map(themeLabel), language)}</td>
                <td>{formatList(expert.languages.map((code) => languageName(code, language)), language)}</td>
                <td>{expert.availability}</td>
                {canEdit ? (
                  <td className="row-actions">
                    <RowAction intent="remove" fields={{ expertId: expert.id }} label={t("organisation.remove")} subject={expert.name} />
                  </td>
                ) : null}
              </tr>
            ))}
        </DataTable>
      )}

      {canEdit ? (
        <section aria-labelledby="add-expert-heading">
          <h2 id="add-expert-heading">{t("organisation.addHeading")}</h2>
          <p>{t("organisation.addIntro")}</p>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="add" />
            <FormErrors form={form} />
            <TextField field={fields.name} label={t("fields.name")} autoComplete="off" />
            <TextField
              field={fields.email}
              label={t("fields.email")}
              type="email"
              autoComplete="off"
              hint={t("organisation.emailHint")}
            />
            <CheckboxList
              field={fields.topics}
              legend={t("fields.topics")}
              hint={t("organisation.topicsHint", { max: maxExpertTopics })}
              options={topicOptions}
            />
            <LanguageCheckboxList
              field={fields.languages}
              legend={t("fields.languages")}
              hint={t("organisation.languagesHint")}
              choices={languageChoices}
            />
            <div className="field">
              <label htmlFor={fields.availability.id}>{t("fields.availability")}</label>
              <p id={availabilityHintId} className="field-hint">
                {t("organisation.availabilityHint")}
              </p>
              <textarea key={availabilityKey} {...availabilityProps} rows={3} />
              <FieldErrors id={fields.availability.errorId} errors={fields.availability.errors} />
            </div>
            <button type="submit">{t("organisation.add")}</button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
