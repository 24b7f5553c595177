// A coordinator reviews one library revision: its fields in the original language (the
// body rendered as the reader will see it), what changed since the published revision,
// and the decision: approve and publish, or send back to the author with notes.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, FormErrors, TextAreaField } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { decisionSchema } from "~/modules/library/entries.schemas";
import { decide, revisionForReview, type ReviewField } from "~/modules/library/review.server";
import { db } from "~/utils/database/connection.server";
import type { Language } from "~/utils/languages";
import { capitalise, countryName, formatDate, formatList, languageName } from "~/utils/format";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { GlossaryHints } from "~/components/glossary-hints";
import { MarkdownText } from "~/components/markdown";
import type { Glossary, GlossaryHint } from "~/modules/glossary/glossary-check";
import { loadGlossary, missingAgreedTerms } from "~/modules/glossary/glossary-check.server";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "glossary", "library", "library-reading"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("library:review.title")} · ${data?.revision.texts.title ?? ""}` }));

const formId = "decision";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "library:review");
  const revision = await revisionForReview(db(), requireRecordId(params.revisionId));
  if (!revision) notFound();
  return {
    language,
    revision,
    themeLabels: await themeNames(db(), language),
    translations: translationsForReview(revision, await loadGlossary(db()), language),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "library:review");
  const revisionId = requireRecordId(params.revisionId);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: decisionSchema });
  if (submission.status !== "success") return refuseForm(formId, submission);
  const result = await decide(
    db(),
    { revisionId, seenStatus: submission.value.seenStatus, decision: submission.value.decision, notes: submission.value.notes, actorId: user.id },
    requestOrigin(context),
  );
  if (!result.ok) {
    if (result.error === "entryGone") notFound();
    return refuseForm(formId, submission, result.error === "notesRequired" ? { field: "notes", fieldError: "notesRequired" } : { formError: result.error }, 409);
  }
  return redirect(`/${language}/coordination/library?notice=${result.decision === "approve" ? "approved" : "sentBack"}`);
}

const fieldLabel: Record<ReviewField, string> = {
  title: "fields.title",
  summary: "fields.summary",
  body: "fields.body",
  easy_read: "fields.easyRead",
  target_group: "fields.targetGroup",
  outcomes: "fields.outcomes",
  visibility: "fields.visibility",
  themes: "fields.themes",
  audiences: "fields.audiences",
  countryCode: "fields.countryCode",
  links: "fields.links",
  settings: "fields.settings",
  evidence: "fields.evidence",
  serviceLanguages: "fields.serviceLanguages",
  hostsVisitors: "fields.hostsVisitors",
};

/** Per language: how its fields were made, which are out of date, and the agreed terms it misses. */
function translationsForReview(revision: NonNullable<Awaited<ReturnType<typeof revisionForReview>>>, glossary: Glossary, reader: Language) {
  const byLanguage = new Map<string, typeof revision.translations>();
  for (const text of revision.translations) byLanguage.set(text.language, [...(byLanguage.get(text.language) ?? []), text]);
  return [...byLanguage].map(([code, texts]) => {
    const missing = new Map<string, GlossaryHint>();
    for (const text of texts) {
      for (const hint of missingAgreedTerms(text.original, revision.entry.originalLanguage, text.text, code, glossary)) missing.set(hint.key, hint);
    }
    return {
      code,
      name: languageName(code, reader),
      origins: [...new Set(texts.map((text) => text.origin))],
      outOfDate: texts.filter((text) => text.isOutOfDate).map((text) => text.field),
      missing: [...missing.values()],
    };
  });
}

export default function ReviewRevision() {
  const { language, revision, themeLabels, translations } = useLoaderData<typeof loader>();
  const { t: tReading } = useTranslation("library-reading");
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("library");
  const [form, fields] = useForm({
    id: formId,
    lastResult: replyFor(actionData, formId)?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: decisionSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const original = revision.entry.originalLanguage;
  const isService = revision.entry.kind === "service_description";
  const list = (values: string[]) => (values.length ? formatList(values, language) : t("none"));
  const texts = revision.texts;
  const rows: [string, React.ReactNode][] = [
    [t("fields.summary"), <p key="summary" lang={original} className="pre-line">{texts.summary}</p>],
    [
      t("fields.body"),
      <div key="body" lang={original} className="prose">
        <MarkdownText headingLevel={3}>{texts.body}</MarkdownText>
      </div>,
    ],
    [t("fields.easyRead"), <p key="easy" lang={original} className="pre-line">{texts.easy_read || t("none")}</p>],
    ...(isService
      ? ([
          [t("fields.targetGroup"), <p key="target" lang={original}>{texts.target_group}</p>],
          [t("fields.settings"), list(revision.settings.map((value) => t(`settings.${value}`)))],
          [t("fields.evidence"), revision.evidence ? t(`evidence.${revision.evidence}`) : t("none")],
          [t("fields.outcomes"), <p key="outcomes" lang={original} className="pre-line">{texts.outcomes || t("none")}</p>],
          [t("fields.serviceLanguages"), list(revision.serviceLanguages.map((code) => languageName(code, language)))],
          [t("fields.hostsVisitors"), revision.hostsVisitors ? t("yes") : t("no")],
        ] as [string, React.ReactNode][])
      : []),
    [t("fields.themes"), list(revision.themes.map((value) => themeLabels[value] ?? value))],
    [t("fields.audiences"), list(revision.audiences.map((value) => t(`audiences.${value}`)))],
    [t("fields.countryCode"), revision.countryCode ? countryName(revision.countryCode, language) : t("noCountry")],
    [
      t("fields.links"),
      revision.links.length ? (
        <ul key="links">
          {revision.links.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer nofollow">
                {link.label}
              </a>{" "}
              <span className="muted">{link.url}</span>
            </li>
          ))}
        </ul>
      ) : (
        t("none")
      ),
    ],
    [t("fields.visibility"), t(`visibility.${revision.visibility}`)],
  ];
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/library`}>{t("queue.title")}</Link>
      </p>
      <h1 lang={original}>{texts.title}</h1>
      <ul>
        <li>{t(`kinds.${revision.entry.kind}`)}</li>
        <li>{t("review.organisation", { organisation: revision.entry.organisation.name })}</li>
        {revision.author ? <li>{t("review.author", { author: revision.author })}</li> : null}
        <li>{t("review.language", { language: languageName(original, language) })}</li>
        {revision.submittedAt ? <li>{t("review.submitted", { date: formatDate(revision.submittedAt, language) })}</li> : null}
        <li>{t("edit.status", { status: t(`statuses.${revision.status}`) })}</li>
      </ul>

      <section aria-labelledby="changes-heading">
        {revision.publishedNumber === null ? (
          <>
            <h2 id="changes-heading">{t("review.changesNewHeading")}</h2>
            <p>{t("review.newEntry")}</p>
          </>
        ) : (
          <>
            <h2 id="changes-heading">{t("review.changesHeading", { number: revision.publishedNumber })}</h2>
            {revision.changed.length === 0 ? (
              <p>{t("review.nothingChanged")}</p>
            ) : (
              <dl className="changes">
                {revision.changed.map((field) => (
                  <div key={field}>
                    <dt>{t(fieldLabel[field])}</dt>
                    {typeof revision.previous[field] === "string" ? (
                      <dd lang={original} className="pre-line">
                        <span className="muted">{t("review.before")} </span>
                        {revision.previous[field]}
                      </dd>
                    ) : null}
                  </div>
                ))}
              </dl>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="fields-heading">
        <h2 id="fields-heading">{t("review.fieldsHeading")}</h2>
        <dl className="entry-fields">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="translations-heading">
        <h2 id="translations-heading">{t("review.translationsHeading")}</h2>
        {translations.length === 0 ? (
          <p>{t("review.translationsNone")}</p>
        ) : (
          translations.map((translation) => (
            <div key={translation.code} className="card">
              <h3>{capitalise(translation.name, language)}</h3>
              <p>{formatList(translation.origins.map((origin) => tReading(`translations.editor.origin.${origin}`)), language)}</p>
              {translation.outOfDate.length ? (
                <p>
                  {t("review.translationOutOfDate", {
                    fields: formatList(translation.outOfDate.map((field) => tReading(`fields.${field}`)), language),
                  })}
                </p>
              ) : null}
              <GlossaryHints
                id={`glossary-missing-${translation.code}`}
                hints={translation.missing}
                sourceLanguage={original}
                targetLanguage={translation.code}
                flagged
              />
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">{t("review.decisionHeading")}</h2>
        {revision.status !== "in_review" ? (
          <p>{t("review.notInReview")}</p>
        ) : (
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="intent" value="decide" />
            <input type="hidden" name="seenStatus" value={revision.status} />
            <FormErrors form={form} labels={{ decision: t("fields.decision"), notes: t("fields.notes") }} />
            {revision.reviewNotes ? <p className="muted">{t("review.previousNotes", { notes: revision.reviewNotes })}</p> : null}
            <fieldset className="field radio-list" aria-describedby={fields.decision.errors?.length ? fields.decision.errorId : undefined}>
              <legend>{t("fields.decision")}</legend>
              {(["approve", "sendBack"] as const).map((value, index) => (
                <div className="checkbox" key={value}>
                  <input
                    type="radio"
                    id={index === 0 ? fields.decision.id : `${fields.decision.id}-${value}`}
                    name={fields.decision.name}
                    value={value}
                    defaultChecked={fields.decision.initialValue === value}
                  />
                  <label htmlFor={index === 0 ? fields.decision.id : `${fields.decision.id}-${value}`}>{t(`review.${value}`)}</label>
                </div>
              ))}
              <FieldErrors id={fields.decision.errorId} errors={fields.decision.errors} />
            </fieldset>
            <TextAreaField field={fields.notes} label={t("fields.notes")} hint={t("hints.notes")} rows={6} />
            <button type="submit">{t("review.decide")}</button>
          </Form>
        )}
      </section>
    </article>
  );
}
