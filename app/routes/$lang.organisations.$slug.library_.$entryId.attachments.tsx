// The files of a library entry's draft, for the organisation's editors: the list, an
// upload form (multipart, works without JavaScript; the name typed is kept when the file
// is refused) and removal. The entry's edit page links here. `library_` keeps this page
// out of a layout the organisation's library pages may have, inside the organisation's.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Notice } from "~/components/forms";
import { RowAction } from "~/components/row-action";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import {
  attachFile,
  listDraftAttachments,
  maxAttachmentBytes,
  maxAttachmentsPerRevision,
  removeAttachment,
  tooLargeError,
} from "~/modules/library/attachments.server";
import { removeAttachmentSchema, attachNameSchema } from "~/modules/library/attachments.schemas";
import { typeOfContentType } from "~/modules/library/file-types";
import { requireLibraryWriter } from "~/modules/library/library-guard.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor, type FormReply } from "~/utils/form-reply";
import { handleIntent, readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { formatFileSize } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import { isMultipart, readUploadForm } from "~/utils/uploads.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "library-files"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("library-files:title")} · ${data?.title ?? data?.organisation.name ?? ""}` }));

const notices = ["added", "removed"] as const;
const attachForm = "attach";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation } = await requireLibraryWriter(request, params.slug);
  const found = await listDraftAttachments(db(), requireRecordId(params.entryId), organisation.id);
  if (!found) notFound();
  const { entry, revision } = found;
  const title = revision ? (pickTranslation(revision.texts, language)?.translation ?? null) : null;
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    organisation,
    entryId: entry.id,
    title: title?.text ?? null,
    titleLanguage: title?.language ?? entry.originalLanguage,
    state: !revision ? ("noDraft" as const) : revision.status === "draft" ? ("draft" as const) : ("inReview" as const),
    attachments: (revision?.attachments ?? []).map((attachment) => ({
      id: attachment.id,
      fileName: attachment.fileName,
      type: typeOfContentType(attachment.contentType),
      byteSize: attachment.byteSize,
    })),
    notice,
    maxMegabytes: Math.floor(maxAttachmentBytes() / 1024 / 1024),
    maxCount: maxAttachmentsPerRevision,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireLibraryWriter(request, params.slug);
  const entryId = requireRecordId(params.entryId);
  const prisma = db();
  const origin = requestOrigin(context);
  const base = { entryId, organisationId: scope.organisationId!, actorId: user.id };
  const done = (notice: (typeof notices)[number]) =>
    redirect(`/${language}/organisations/${organisation.slug}/library/${entryId}/attachments?notice=${notice}`);

  // Only the upload is multipart; it is read with a size limit, never buffered past it.
  if (isMultipart(request)) {
    const limit = maxAttachmentBytes();
    const upload = await readUploadForm(request, { fileField: "file", maxFileBytes: limit });
    if (!upload.ok) return refuseWith(attachForm, tooLargeError(limit), 413);
    if (upload.fields.get("intent") !== "attach") return refuseWith(pageForm, "invalid");
    const parsed = attachNameSchema.safeParse({ name: upload.fields.get("name") ?? "" });
    const typedName = typeof upload.fields.get("name") === "string" ? String(upload.fields.get("name")).slice(0, 200) : "";
    const refuse = (error: string, status = 400) => data<FormReply>({ form: attachForm, error, values: { name: typedName } }, { status });
    if (!parsed.success) return refuse("invalid");
    const file = upload.file ?? new Uint8Array();
    const sentName = upload.fileName ?? "";
    const result = await attachFile(prisma, { ...base, fileName: parsed.data.name || sentName, bytes: file }, origin);
    return result.ok ? done("added") : refuse(result.error);
  }

  const formData = await readForm(request);
  return handleIntent(formData, {
    remove: async () => {
      const parsed = removeAttachmentSchema.safeParse(Object.fromEntries(formData));
      if (!parsed.success) return refuseWith(pageForm, "invalid");
      const result = await removeAttachment(prisma, { ...base, attachmentId: parsed.data.attachmentId }, origin);
      return result.ok ? done("removed") : refuseWith(pageForm, result.error);
    },
  });
}

/** "notAccepted:program" and the like, in the reader's language. */
function useAttachmentMessage() {
  const { t } = useTranslation("library-files");
  return (key: string) => {
    const [name, value = ""] = key.split(":");
    if (name === "notAccepted") return t("errors.notAccepted", { found: t(`found.${value}`, { defaultValue: t("found.unknown") }) });
    return t(`errors.${name}`, { value, defaultValue: t("errors.invalid") });
  };
}

/** A refusal at the top of its form, as the other forms' error summary shows it: announced and focused. */
function Refusal({ id, error, fieldId }: { id: string; error: string | undefined; fieldId?: string }) {
  const { t } = useTranslation("library-files");
  const message = useAttachmentMessage();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);
  if (!error) return <div id={id} />;
  return (
    // Without JavaScript, autofocus moves the focus here after a refused upload.
    // eslint-disable-next-line jsx-a11y/no-autofocus -- a failed submission lands on its error summary
    <div id={id} ref={summary} className="form-errors error-summary" role="alert" aria-labelledby={`${id}-heading`} tabIndex={-1} autoFocus>
      <h2 id={`${id}-heading`}>{t("summaryHeading")}</h2>
      <ul>
        <li>{fieldId ? <a href={`#${fieldId}`}>{message(error)}</a> : message(error)}</li>
      </ul>
    </div>
  );
}

export default function EntryAttachments() {
  const { language, organisation, title, titleLanguage, state, attachments, notice, maxMegabytes, maxCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("library-files");
  const attachReply = replyFor(actionData, attachForm);
  const pageReply = replyFor(actionData, pageForm);
  const canChange = state === "draft";
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}/library`}>{t("breadcrumb")}</Link>
      </p>
      <h1>
        {t("title")}
        {title ? (
          <>
            {" · "}
            <span lang={titleLanguage === language ? undefined : titleLanguage}>{title}</span>
          </>
        ) : null}
      </h1>
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      <Refusal id="page-errors" error={pageReply?.error} />
      <p>{t("intro", { count: maxCount, megabytes: maxMegabytes })}</p>
      {state === "inReview" ? <p className="notice">{t("inReview")}</p> : null}
      {state === "noDraft" ? <p className="notice">{t("noDraft")}</p> : null}
      {attachments.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <DataTable
          caption={t("title")}
          columns={[t("columns.name"), t("columns.type"), t("columns.size"), canChange && { label: t("columns.actions"), hidden: true }]}
        >
          {attachments.map((attachment) => (
            <tr key={attachment.id}>
              <td>
                <a href={`/library/files/${attachment.id}`} download>
                  {attachment.fileName}
                </a>
              </td>
              <td>{attachment.type ? t(`types.${attachment.type}`) : ""}</td>
              <td>{formatFileSize(attachment.byteSize, language)}</td>
              {canChange ? (
                <td className="row-actions">
                  <RowAction intent="remove" fields={{ attachmentId: attachment.id }} label={t("remove")} subject={attachment.fileName} />
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {canChange && attachments.length < maxCount ? (
        <section aria-labelledby="attach-heading">
          <h2 id="attach-heading">{t("upload.heading")}</h2>
          <Form method="post" encType="multipart/form-data" id="attach-form">
            <input type="hidden" name="intent" value="attach" />
            <Refusal id="attach-errors" error={attachReply?.error} fieldId="attachment-file" />
            <div className="field">
              <label htmlFor="attachment-file">{t("upload.file")}</label>
              <p id="attachment-file-hint" className="field-hint">
                {t("upload.fileHint", { megabytes: maxMegabytes })}
              </p>
              <input
                id="attachment-file"
                type="file"
                name="file"
                required
                aria-describedby="attachment-file-hint"
                aria-invalid={attachReply?.error ? true : undefined}
              />
            </div>
            <div className="field">
              <label htmlFor="attachment-name">{t("upload.name")}</label>
              <p id="attachment-name-hint" className="field-hint">
                {t("upload.nameHint")}
              </p>
              <input
                id="attachment-name"
                type="text"
                name="name"
                maxLength={120}
                autoComplete="off"
                defaultValue={attachReply?.values?.name ?? ""}
                key={attachReply?.values?.name ?? ""}
                aria-describedby="attachment-name-hint"
              />
            </div>
            <button type="submit">{t("upload.submit")}</button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
