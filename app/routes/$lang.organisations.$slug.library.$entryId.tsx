// One library entry of the organisation: its open revision to write and submit for review
// (with the coordinators' notes when it was sent back), a change started from the published
// revision, and archiving. Members and coordinators see where it stands; editors and
// admins of an active member write.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionError, Notice } from "~/components/forms";
import { LibraryEntryForm } from "~/components/library-entry-form";
import { forbidden } from "~/modules/auth/permissions.server";
import { languagesMembersSpeak } from "~/modules/directory/directory.server";
import { archiveSchema, revisionContent, saveRevisionSchema, startRevisionSchema, submitRevisionSchema } from "~/modules/library/entries.schemas";
import { entryForEditing, moveEntry, saveOpenRevision, startNewRevision, submitForReview } from "~/modules/library/entries.server";
import { MachineTranslationRequest, machineTranslationPath } from "~/components/machine-translation-request";
import { libraryAccess } from "~/modules/library/library-access";
import { machineTranslationOffer } from "~/modules/library/machine-translations.server";
import { movesFrom } from "~/mechanisms/workflows/transitions";
import { entryTransitions } from "~/modules/library/revision-workflow";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { themeKeys, themeOptions as storedThemeOptions } from "~/modules/taxonomy/themes.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatList, languageName } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { countryOptions, languageChoices } from "~/utils/options.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "library", "translations"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${data?.title || t("library:edit.title")} · ${data?.organisation.name ?? ""}` }));

const formId = "edit-entry";
const notices = ["created", "saved", "submitted", "started", "archived", "unarchived"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-dashboard");
  const entry = await entryForEditing(db(), organisation.id, requireRecordId(params.entryId));
  if (!entry) notFound();
  const access = libraryAccess(user, organisation, scope);
  const state = entry.archived ? "archived" : "published";
  const entryMoves = entry.published && access.archiveAs ? movesFrom(entryTransitions, state, access.archiveAs) : [];
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  const shown = entry.open ?? entry.publishedRevision;
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    entry,
    title: shown?.title ?? "",
    access: { canWrite: access.canWrite, isWriter: access.isWriter },
    entryMoves,
    notice,
    countryOptions: countryOptions(language),
    serviceLanguageChoices: languageChoices(language, await languagesMembersSpeak(db())),
    themeOptions: await storedThemeOptions(db(), language),
    // Null without a translation service, or when nothing is open to translate.
    machineTranslation:
      entry.open && access.canWrite
        ? await machineTranslationOffer(db(), { id: entry.open.id, status: entry.open.status, originalLanguage: entry.originalLanguage })
        : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-dashboard");
  const access = libraryAccess(user, organisation, scope);
  if (!access.isWriter && !access.archiveAs) throw forbidden();
  const entryId = requireRecordId(params.entryId);
  const formData = await readForm(request);
  const prisma = db();
  const origin = requestOrigin(context);
  const base = { organisationId: organisation.id, entryId, actorId: user.id };
  const done = (notice: (typeof notices)[number]) => redirect(`/${language}/organisations/${organisation.slug}/library/${entryId}?notice=${notice}`);
  const writer = () => {
    if (!access.isWriter) throw forbidden();
    return access.canWrite;
  };

  return handleIntent(formData, {
    save: async () => {
      if (!writer()) return refuseWith(pageForm, "notActiveMember", 403);
      const submission = parseWithZod(formData, { schema: saveRevisionSchema(await themeKeys(db())) });
      if (submission.status !== "success") return refuseForm(formId, submission);
      const { revisionId, seenUpdatedAt, kind } = submission.value;
      const result = await saveOpenRevision(
        prisma,
        { ...base, revisionId, seenUpdatedAt: new Date(seenUpdatedAt), content: revisionContent(kind, submission.value) },
        origin,
      );
      if (!result.ok) return refuseForm(formId, submission, { formError: result.error }, 409);
      return done("saved");
    },
    submit: async () => {
      if (!writer()) return refuseWith(pageForm, "notActiveMember", 403);
      const submission = parseWithZod(formData, { schema: submitRevisionSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await submitForReview(prisma, { ...base, revisionId: submission.value.revisionId, seenUpdatedAt: new Date(submission.value.seenUpdatedAt) }, origin);
      return result.ok ? done("submitted") : refuseWith(pageForm, result.error, 409);
    },
    start: async () => {
      if (!writer()) return refuseWith(pageForm, "notActiveMember", 403);
      const submission = parseWithZod(formData, { schema: startRevisionSchema });
      if (submission.status !== "success") return refuseWith(pageForm, "invalid");
      const result = await startNewRevision(prisma, { ...base, entryId }, origin);
      return result.ok ? done("started") : refuseWith(pageForm, result.error, 409);
    },
    archive: () => moveTo("archived"),
    unarchive: () => moveTo("published"),
  });

  async function moveTo(to: "archived" | "published") {
    if (!access.archiveAs) throw forbidden();
    const submission = parseWithZod(formData, { schema: archiveSchema });
    if (submission.status !== "success") return refuseWith(pageForm, "invalid");
    const result = await moveEntry(prisma, { ...base, entryId, by: access.archiveAs, to }, origin);
    return result.ok ? done(to === "archived" ? "archived" : "unarchived") : refuseWith(pageForm, result.error, 409);
  }
}

export default function LibraryEntryPage() {
  const { language, organisation, entry, title, access, entryMoves, notice, countryOptions, serviceLanguageChoices, themeOptions, machineTranslation } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("library");
  const base = `/${language}/organisations/${organisation.slug}/library`;
  const entryPath = `${base}/${entry.id}`;
  const open = entry.open;
  const shown = open ?? entry.publishedRevision;
  const status = entry.archived
    ? "archived"
    : open?.status === "draft" && open.reviewNotes
      ? "sentBack"
      : (open?.status ?? (entry.published ? "published" : "draft"));
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> › <Link to={base}>{t("list.title")}</Link>
      </p>
      <h1>{title || t("edit.title")}</h1>
      {notice ? <Notice>{t(`edit.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <ul>
        <li>{t(`kinds.${entry.kind}`)}</li>
        {shown ? <li>{t("edit.revision", { number: shown.number })}</li> : null}
        <li>{t("edit.status", { status: t(`statuses.${status}`) })}</li>
      </ul>
      {entry.published && !entry.archived ? (
        <p>
          <Link to={`/${language}/library/${entry.id}`}>{t("edit.readerLink")}</Link>
        </p>
      ) : null}

      {open?.status === "draft" && open.reviewNotes ? (
        <section aria-labelledby="notes-heading" className="callout">
          <h2 id="notes-heading">{t("edit.notesHeading")}</h2>
          <p className="pre-line">{open.reviewNotes}</p>
        </section>
      ) : null}

      {open?.status === "in_review" ? <p>{t("edit.inReview")}</p> : null}

      {open?.status === "draft" && access.canWrite ? (
        <>
          <section aria-labelledby="form-heading">
            <h2 id="form-heading">{t("edit.formHeading")}</h2>
            <LibraryEntryForm
              key={open.updatedAt}
              id={formId}
              schema={saveRevisionSchema(themeOptions.map((option) => option.value))}
              intent="save"
              kind={entry.kind}
              hidden={{ revisionId: open.id, seenUpdatedAt: open.updatedAt }}
              defaults={{ ...open, links: open.links }}
              lastResult={replyFor(actionData, formId)?.result}
              submitLabel={t("edit.save")}
              themeOptions={themeOptions}
              countryOptions={countryOptions}
              serviceLanguageChoices={serviceLanguageChoices}
              originalLanguageLabel={t("edit.writtenIn", { language: languageName(entry.originalLanguage, language) })}
            />
          </section>
          <section aria-labelledby="submit-heading">
            <h2 id="submit-heading">{t("edit.submitHeading")}</h2>
            <p>{t("edit.submitIntro")}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="submit" />
              <input type="hidden" name="revisionId" value={open.id} />
              <input type="hidden" name="seenUpdatedAt" value={open.updatedAt} />
              <button type="submit">{t("edit.submit")}</button>
            </Form>
          </section>
        </>
      ) : open?.status === "draft" && !access.canWrite ? (
        <p>{access.isWriter ? t("list.notActive") : t("edit.readOnly")}</p>
      ) : null}

      {!open && entry.published && !entry.archived && access.canWrite ? (
        <section aria-labelledby="change-heading">
          <h2 id="change-heading">{t("edit.changeHeading")}</h2>
          <p>{t("edit.changeIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="start" />
            <button type="submit">{t("edit.change")}</button>
          </Form>
        </section>
      ) : null}

      {shown ? (
        <>
          <section id="translations" aria-labelledby="translations-heading">
            <h2 id="translations-heading">{t("edit.translationsHeading")}</h2>
            <p>
              {shown.translations.length
                ? t("edit.translationsList", { languages: formatList(shown.translations.map((code) => languageName(code, language)), language) })
                : t("edit.translationsNone")}
            </p>
            {entry.open?.status === "draft" && access.canWrite ? (
              <p>
                <Link to={`${entryPath}/translations`}>{t("edit.translateLink")}</Link>
              </p>
            ) : null}
            <MachineTranslationRequest
              offer={machineTranslation}
              reader={language}
              action={machineTranslationPath(language, organisation.slug, entry.id)}
              headingLevel={3}
            />
          </section>
          <section id="attachments" aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{t("edit.attachmentsHeading")}</h2>
            <p>{shown.attachmentCount ? t("edit.attachmentsCount", { count: shown.attachmentCount }) : t("none")}</p>
            {entry.open?.status === "draft" && access.canWrite ? (
              <p>
                <Link to={`${entryPath}/attachments`}>{t("edit.attachmentsLink")}</Link>
              </p>
            ) : null}
          </section>
        </>
      ) : null}

      {entry.archived ? <p>{t("edit.archived")}</p> : null}
      {entryMoves.length ? (
        <section aria-labelledby="archive-heading">
          <h2 id="archive-heading">{t("edit.archiveHeading")}</h2>
          <p>{t("edit.archiveIntro")}</p>
          {entryMoves.map((to) => (
            <Form method="post" key={to}>
              <input type="hidden" name="intent" value={to === "archived" ? "archive" : "unarchive"} />
              <button type="submit" className={to === "archived" ? "button--secondary" : undefined}>
                {to === "archived" ? t("edit.archive") : t("edit.unarchive")}
              </button>
            </Form>
          ))}
        </section>
      ) : null}
      {open?.submittedAt && open.status === "in_review" ? <p className="muted">{formatDate(open.submittedAt, language)}</p> : null}
    </article>
  );
}
