// The coordinators' theme taxonomy: every theme with its names, a form to add one (a name in
// every portal language; the key is made from the English name) and, with ?rename=<key>,
// a form to rename one. Keys never change, so nothing organisations or experts chose moves.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, FormErrors, Notice, TextField } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { addThemeSchema, renameThemeSchema, type ThemeNames } from "~/modules/taxonomy/themes.schemas";
import { addTheme, listThemes, renameTheme } from "~/modules/taxonomy/themes.server";
import { themeName } from "~/modules/taxonomy/themes";
import { portalLanguageLabels } from "~/modules/taxonomy/language-labels.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "themes"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("themes:title") }));

const notices = ["added", "renamed"] as const;
const addForm = "add-theme";
const renameForm = "rename-theme";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "membership:review");
  const url = new URL(request.url);
  const themes = await listThemes(db());
  const notice = notices.find((name) => name === url.searchParams.get("notice")) ?? null;
  const renaming = themes.find((theme) => theme.key === url.searchParams.get("rename")) ?? null;
  return { language, themes, notice, renaming, languageLabels: portalLanguageLabels(language) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "membership:review");
  const formData = await readForm(request);
  const origin = requestOrigin(context);
  const done = (notice: (typeof notices)[number]) => redirect(`/${language}/coordination/themes?notice=${notice}`);
  return handleIntent(formData, {
    add: async () => {
      const submission = parseWithZod(formData, { schema: addThemeSchema });
      if (submission.status !== "success") return refuseForm(addForm, submission);
      const result = await addTheme(db(), { names: submission.value.names, actorId: user.id }, origin);
      if (result.ok) return done("added");
      return refuseForm(addForm, submission, result.field ? { field: result.field, fieldError: result.error } : { formError: result.error });
    },
    rename: async () => {
      const submission = parseWithZod(formData, { schema: renameThemeSchema });
      if (submission.status !== "success") return refuseForm(renameForm, submission);
      const result = await renameTheme(db(), { key: submission.value.key, names: submission.value.names, actorId: user.id }, origin);
      if (result.ok) return done("renamed");
      if (!result.field) return refuseWith(pageForm, result.error, result.error === "themeNotFound" ? 404 : 400);
      return refuseForm(renameForm, submission, { field: result.field, fieldError: result.error });
    },
  });
}

export default function CoordinationThemes() {
  const { language, themes, notice, renaming, languageLabels } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("themes");
  return (
    <article>
      <h1>{t("title")}</h1>
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>{t("intro")}</p>

      <DataTable
        caption={t("caption")}
        scrollLabel={t("caption")}
        columns={[t("key"), ...languageLabels.map(({ label }) => label), { label: t("actions"), hidden: true }]}
      >
        {themes.map((theme) => (
          <tr key={theme.key}>
            <th scope="row">
              <code>{theme.key}</code>
            </th>
            {languageLabels.map(({ code }) => (
              <td key={code} lang={code}>
                {theme.names[code] ?? ""}
              </td>
            ))}
            <td className="row-actions">
              <Link to={`/${language}/coordination/themes?rename=${encodeURIComponent(theme.key)}#${renameForm}-heading`} aria-label={t("renameNamed", { name: themeName(theme, language) })}>
                {t("rename")}
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>

      {renaming ? (
        <section aria-labelledby={`${renameForm}-heading`} className="card">
          <h2 id={`${renameForm}-heading`}>{t("renameHeading")}</h2>
          <p>{t("keyLine", { key: renaming.key })}</p>
          <ThemeForm
            id={renameForm}
            intent="rename"
            themeKey={renaming.key}
            defaultNames={renaming.names}
            lastResult={replyFor(actionData, renameForm)?.result}
            languageLabels={languageLabels}
            submit={t("save")}
          />
          <p>
            <Link to={`/${language}/coordination/themes`}>{t("cancel")}</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby={`${addForm}-heading`}>
        <h2 id={`${addForm}-heading`}>{t("addHeading")}</h2>
        <p>{t("addIntro")}</p>
        <ThemeForm
          id={addForm}
          intent="add"
          lastResult={replyFor(actionData, addForm)?.result}
          languageLabels={languageLabels}
          submit={t("add")}
        />
      </section>
    </article>
  );
}

function ThemeForm({
  id,
  intent,
  themeKey,
  defaultNames,
  lastResult,
  languageLabels,
  submit,
}: {
  id: string;
  intent: "add" | "rename";
  themeKey?: string;
  defaultNames?: Record<string, string>;
  lastResult: SubmissionResult<string[]> | undefined;
  languageLabels: { code: Language; label: string }[];
  submit: string;
}) {
  const { t } = useTranslation("themes");
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: defaultNames ? { names: defaultNames as Partial<ThemeNames> } : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: intent === "add" ? addThemeSchema : renameThemeSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const names = fields.names.getFieldset();
  const labels = Object.fromEntries(languageLabels.map(({ code, label }) => [`names.${code}`, label]));
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {themeKey ? <input type="hidden" name="key" value={themeKey} /> : null}
      <FormErrors form={form} labels={labels as never} />
      <fieldset>
        <legend>{t("namesLegend")}</legend>
        {languageLabels.map(({ code, label }) => (
          <TextField key={code} field={names[code]} label={label} autoComplete="off" />
        ))}
      </fieldset>
      <button type="submit">{submit}</button>
    </Form>
  );
}
