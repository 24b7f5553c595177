// The coordinators' glossary: every term with its agreed word per language, a form to add a
// term (its key made from the English word) and, with ?edit=<key>, a form to change one.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { ActionError, FormErrors, Notice, TextAreaField, TextField } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import type { Glossary } from "~/modules/glossary/glossary-check";
import { addTermSchema, saveTermSchema } from "~/modules/glossary/glossary.schemas";
import { addTerm, loadGlossary, saveTerm } from "~/modules/glossary/glossary.server";
import { portalLanguageLabels } from "~/modules/taxonomy/language-labels.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "glossary"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("glossary:coordination.title") }));

const notices = ["added", "saved"] as const;
const addForm = "add-term";
const editForm = "edit-term";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "membership:review");
  const url = new URL(request.url);
  const glossary = await loadGlossary(db());
  const notice = notices.find((name) => name === url.searchParams.get("notice")) ?? null;
  const editing = glossary.find((term) => term.key === url.searchParams.get("edit")) ?? null;
  return { language, glossary, notice, editing, languageLabels: portalLanguageLabels(language) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "membership:review");
  const formData = await readForm(request);
  const origin = requestOrigin(context);
  const done = (notice: (typeof notices)[number]) => redirect(`/${language}/coordination/glossary?notice=${notice}`);
  return handleIntent(formData, {
    add: async () => {
      const submission = parseWithZod(formData, { schema: addTermSchema });
      if (submission.status !== "success") return refuseForm(addForm, submission);
      const { note, words } = submission.value;
      const result = await addTerm(db(), { note, words, actorId: user.id }, origin);
      if (result.ok) return done("added");
      return refuseForm(addForm, submission, result.field ? { field: result.field, fieldError: result.error } : { formError: result.error });
    },
    save: async () => {
      const submission = parseWithZod(formData, { schema: saveTermSchema });
      if (submission.status !== "success") return refuseForm(editForm, submission);
      const { key, note, words } = submission.value;
      const result = await saveTerm(db(), { key, note, words, actorId: user.id }, origin);
      if (result.ok) return done("saved");
      return refuseWith(pageForm, result.error, result.error === "glossaryTermNotFound" ? 404 : 400);
    },
  });
}

export default function CoordinationGlossary() {
  const { language, glossary, notice, editing, languageLabels } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("glossary");
  return (
    <article>
      <h1>{t("coordination.title")}</h1>
      {notice ? <Notice>{t(`coordination.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>{t("coordination.intro")}</p>
      <p>
        <Link to={`/${language}/glossary`}>{t("coordination.publicLink")}</Link>
      </p>

      <DataTable
        caption={t("coordination.caption")}
        scrollLabel={t("coordination.caption")}
        columns={[t("coordination.key"), ...languageLabels.map(({ label }) => label), { label: t("coordination.actions"), hidden: true }]}
      >
        {glossary.map((term) => (
          <tr key={term.key}>
            <th scope="row">
              <code>{term.key}</code>
            </th>
            {languageLabels.map(({ code }) => (
              <td key={code} lang={code}>
                {term.words[code]?.word ?? ""}
                {term.words[code]?.forms.length ? <div className="muted">{term.words[code]?.forms.join(", ")}</div> : null}
              </td>
            ))}
            <td className="row-actions">
              <Link
                to={`/${language}/coordination/glossary?edit=${encodeURIComponent(term.key)}#${editForm}-heading`}
                aria-label={t("coordination.editNamed", { word: term.words[language]?.word ?? term.key })}
              >
                {t("coordination.edit")}
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>

      {editing ? (
        <section aria-labelledby={`${editForm}-heading`} className="card">
          <h2 id={`${editForm}-heading`}>{t("coordination.editHeading")}</h2>
          <p>{t("coordination.keyLine", { key: editing.key })}</p>
          <TermForm
            id={editForm}
            intent="save"
            term={editing}
            lastResult={replyFor(actionData, editForm)?.result}
            languageLabels={languageLabels}
            submit={t("coordination.save")}
          />
          <p>
            <Link to={`/${language}/coordination/glossary`}>{t("coordination.cancel")}</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby={`${addForm}-heading`}>
        <h2 id={`${addForm}-heading`}>{t("coordination.addHeading")}</h2>
        <p>{t("coordination.addIntro")}</p>
        <TermForm
          id={addForm}
          intent="add"
          lastResult={replyFor(actionData, addForm)?.result}
          languageLabels={languageLabels}
          submit={t("coordination.add")}
        />
      </section>
    </article>
  );
}

function TermForm({
  id,
  intent,
  term,
  lastResult,
  languageLabels,
  submit,
}: {
  id: string;
  intent: "add" | "save";
  term?: Glossary[number];
  lastResult: SubmissionResult<string[]> | undefined;
  languageLabels: { code: Language; label: string }[];
  submit: string;
}) {
  const { t } = useTranslation("glossary");
  const [form, fields] = useForm({
    id,
    lastResult,
    defaultValue: term
      ? {
          note: term.note,
          words: Object.fromEntries(
            Object.entries(term.words).map(([code, word]) => [code, { word: word?.word ?? "", forms: word?.forms.join(", ") ?? "" }]),
          ),
        }
      : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: intent === "add" ? addTermSchema : saveTermSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const words = fields.words.getFieldset();
  const labels: Record<string, string> = { note: t("coordination.note") };
  for (const { code, label } of languageLabels) {
    labels[`words.${code}.word`] = `${label} · ${t("coordination.word")}`;
    labels[`words.${code}.forms`] = `${label} · ${t("coordination.forms")}`;
  }
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {term ? <input type="hidden" name="key" value={term.key} /> : null}
      <FormErrors form={form} labels={labels as never} />
      {languageLabels.map(({ code, label }) => {
        const word = words[code].getFieldset();
        return (
          <fieldset key={code}>
            <legend>{label}</legend>
            <TextField field={word.word} label={t("coordination.word")} autoComplete="off" />
            <TextField field={word.forms as never} label={t("coordination.forms")} hint={t("coordination.formsHint")} autoComplete="off" />
          </fieldset>
        );
      })}
      <TextAreaField field={fields.note} label={t("coordination.note")} hint={t("coordination.noteHint")} rows={3} />
      <button type="submit">{submit}</button>
    </Form>
  );
}
