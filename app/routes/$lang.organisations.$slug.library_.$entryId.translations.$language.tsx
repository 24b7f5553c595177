// Translating an entry's open draft into one language, side by side: the original's fields
// on one side, read-only, and the translation's on the other, each saying how it came to
// be (not yet, machine, a person) and whether the original has changed since. Saving
// stores what was typed as a person's translation of the original's current text
// (app/modules/library/translations.server.ts).
import { getFormProps, getInputProps, getTextareaProps, useForm, type FieldMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, FormErrors, Notice } from "~/components/forms";
import { GlossaryHints } from "~/components/glossary-hints";
import { isOutOfDate } from "~/mechanisms/translations/source-digest";
import { saveTranslationSchema, translatableFields, translationPageLanguage } from "~/modules/library/translations.schemas";
import { glossaryHints, loadGlossary, missingAgreedTerms } from "~/modules/glossary/glossary-check.server";
import { findEntryToTranslate, removeTranslation, saveTranslation } from "~/modules/library/translations.server";
import { requireLibraryWriter } from "~/modules/library/library-guard.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor, type FormReply } from "~/utils/form-reply";
import { languageName } from "~/utils/format";
import { errorReply, handleIntent, readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "glossary", "library-reading"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: t("library-reading:translations.editor.title", { language: data?.target.name ?? "" }) }));

const notices = ["saved", "unchanged"] as const;
const formId = "translation";

function targetLanguageOf(params: Record<string, string | undefined>, originalLanguage?: string) {
  const parsed = translationPageLanguage.safeParse(params.language);
  // The original is changed on the entry's own page, not here.
  if (!parsed.success || parsed.data !== params.language || parsed.data === originalLanguage) notFound();
  return parsed.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation } = await requireLibraryWriter(request, params.slug);
  const entry = await findEntryToTranslate(db(), organisation.id, params.entryId ?? "");
  if (!entry) notFound();
  const target = targetLanguageOf(params, entry.originalLanguage);
  const texts = entry.openRevision?.texts ?? [];
  const glossary = await loadGlossary(db());
  const fields = translatableFields.flatMap((field) => {
    const original = texts.find((text) => text.field === field && text.origin === "original");
    if (!original) return [];
    const translation = texts.find((text) => text.field === field && text.language === target) ?? null;
    return [
      {
        field,
        original: { text: original.text, language: original.language },
        translation: translation
          ? { text: translation.text, origin: translation.origin, isOutOfDate: isOutOfDate(translation, original.text) }
          : null,
        // The agreed words for the terms the original uses, and those the translation misses.
        glossaryHints: glossaryHints(original.text, original.language, target, glossary),
        missingTerms: translation ? missingAgreedTerms(original.text, original.language, translation.text, target, glossary) : [],
      },
    ];
  });
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    notice,
    back: `/${language}/organisations/${organisation.slug}/library/${entry.id}/translations`,
    target: { code: target, name: languageName(target, language) },
    originalName: languageName(entry.originalLanguage, language),
    isTranslatable: Boolean(entry.openRevision?.isTranslatable),
    fields,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation } = await requireLibraryWriter(request, params.slug);
  const target = targetLanguageOf(params);
  const entryId = params.entryId ?? "";
  const formData = await readForm(request);
  const base = `/${language}/organisations/${organisation.slug}/library/${entryId}/translations`;
  const command = { organisationId: organisation.id, entryId, language: target };
  return handleIntent(formData, {
    save: async () => {
      const submission = parseWithZod(formData, { schema: saveTranslationSchema });
      if (submission.status !== "success") return refuseForm(formId, submission);
      const result = await saveTranslation(db(), { ...command, input: submission.value });
      if (!result.ok) {
        // What was typed stays in the form; the reason is said above it.
        return data<FormReply>({ form: formId, result: errorReply(submission), error: result.error }, { status: 409 });
      }
      return redirect(`${base}/${target}?notice=${result.changed > 0 ? "saved" : "unchanged"}`);
    },
    remove: async () => {
      const result = await removeTranslation(db(), command);
      return result.ok ? redirect(`${base}?notice=removed`) : refuseWith(pageForm, result.error, 409);
    },
  });
}

/** Where the glossary's agreed terms will show beside a field (see the loader). */
export default function TranslateEntry() {
  const { notice, back, target, originalName, isTranslatable, fields } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("library-reading");
  const reply = replyFor(actionData, formId);
  const pageReply = replyFor(actionData, pageForm);
  const [form, formFields] = useForm({
    id: formId,
    lastResult: reply?.result,
    defaultValue: Object.fromEntries(fields.map((field) => [field.field, field.translation?.text ?? ""])),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: saveTranslationSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const refusal = reply?.error ?? pageReply?.error;
  const labels = Object.fromEntries(fields.map((field) => [field.field, t(`fields.${field.field}`)]));
  return (
    <article>
      <p className="breadcrumb">
        <Link to={back}>{t("translations.editor.back")}</Link>
      </p>
      <h1>{t("translations.editor.title", { language: target.name })}</h1>
      {notice ? <Notice>{t(`translations.notices.${notice}`)}</Notice> : null}
      {refusal ? (
        <div className="form-errors" role="alert">
          <p>{t(`translations.refusals.${refusal}`, { defaultValue: t("translations.refusals.notADraft") })}</p>
        </div>
      ) : null}
      {!isTranslatable ? (
        <p className="notice">{t("translations.noOpenRevision")}</p>
      ) : (
        <>
          <p>{t("translations.editor.intro")}</p>
          <p className="field-hint">{t("translations.editor.emptyHint")}</p>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="save" />
            <FormErrors form={form} labels={labels} />
            {fields.map((field) => (
              <TranslationRow
                key={field.field}
                field={field}
                meta={formFields[field.field] as FieldMetadata<string | undefined>}
                label={labels[field.field] ?? field.field}
                originalName={originalName}
                target={target}
              />
            ))}
            <button type="submit">{t("translations.editor.save")}</button>
          </Form>
          {fields.some((field) => field.translation) ? (
            <Form method="post" className="danger-zone">
              <input type="hidden" name="intent" value="remove" />
              <p className="field-hint" id="remove-hint">
                {t("translations.editor.removeHint")}
              </p>
              <button type="submit" className="secondary" aria-describedby="remove-hint">
                {t("translations.editor.remove")}
              </button>
            </Form>
          ) : null}
        </>
      )}
    </article>
  );
}

type LoadedField = ReturnType<typeof useLoaderData<typeof loader>>["fields"][number];

function TranslationRow({
  field,
  meta,
  label,
  originalName,
  target,
}: {
  field: LoadedField;
  meta: FieldMetadata<string | undefined>;
  label: string;
  originalName: string;
  target: { code: string; name: string };
}) {
  const { t } = useTranslation("library-reading");
  const headingId = `${meta.id}-heading`;
  const labelId = `${meta.id}-label`;
  const statusId = `${meta.id}-status`;
  const origin = field.translation?.origin ?? "none";
  const offerReview = field.translation && (field.translation.origin === "machine" || field.translation.isOutOfDate);
  const rows = field.field === "body" ? 16 : 5;
  const { key: inputKey, ...inputProps } = getInputProps(meta, { type: "text", ariaDescribedBy: statusId });
  const { key: textareaKey, ...textareaProps } = getTextareaProps(meta, { ariaDescribedBy: statusId });
  return (
    <section className="translation-row" aria-labelledby={headingId}>
      <h2 id={headingId}>{label}</h2>
      <div className="side-by-side">
        <div className="side-by-side__original">
          <p className="side-by-side__label">{t("translations.editor.originalColumn", { language: originalName })}</p>
          <div className="original-text pre-line" lang={field.original.language}>
            {field.original.text}
          </div>
        </div>
        <div className="side-by-side__translation field">
          <label htmlFor={meta.id} id={labelId} className="side-by-side__label">
            {t("translations.editor.translationColumn", { language: target.name })}
          </label>
          <p id={statusId} className="field-hint">
            {t(`translations.editor.origin.${origin}`)}
            {field.translation?.isOutOfDate ? <strong> {t("translations.editor.outOfDate")}</strong> : null}
          </p>
          <GlossaryHints
            id={`${meta.id}-glossary`}
            hints={field.glossaryHints}
            sourceLanguage={field.original.language}
            targetLanguage={target.code}
          />
          <GlossaryHints
            id={`${meta.id}-glossary-missing`}
            hints={field.missingTerms}
            sourceLanguage={field.original.language}
            targetLanguage={target.code}
            flagged
          />
          {/* Named "Title, Translation (French)": the field's heading and the column's label. The title keeps to one line. */}
          {field.field === "title" ? (
            <input key={inputKey} {...inputProps} aria-labelledby={`${headingId} ${labelId}`} lang={target.code} />
          ) : (
            <textarea key={textareaKey} {...textareaProps} aria-labelledby={`${headingId} ${labelId}`} rows={rows} lang={target.code} />
          )}
          <FieldErrors id={meta.errorId} errors={meta.errors} />
          {offerReview ? (
            <div className="checkbox">
              <input type="checkbox" id={`${meta.id}-reviewed`} name="reviewed" value={field.field} />
              <label htmlFor={`${meta.id}-reviewed`}>
                {t("translations.editor.reviewed")}
                <span className="visually-hidden"> ({label})</span>
              </label>
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}
