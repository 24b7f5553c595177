// An agreement's comment thread and the form that adds to it: the comments page shows it,
// and the agreement's own page can show it inline, posting to the comments page's action
// (`action`, its path). Newest last, as a conversation reads; each comment says who wrote
// it and for which side, or for the network's coordination.
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextAreaField } from "~/components/forms";
import { addCommentSchema, maxCommentLength } from "~/modules/twinning/agreement-comments.schemas";
import { formatDate } from "~/utils/format";
import type { Language } from "~/utils/languages";

export type ShownComment = { id: string; body: string; createdAt: Date | string; authorName: string | null; side: string | null };

export const addCommentForm = "add-comment";

export function AgreementComments({
  comments,
  language,
  action,
  canComment,
  lastResult,
  headingLevel = 2,
}: {
  comments: ShownComment[];
  language: Language;
  /** Where the form posts: the comments page of the agreement. */
  action: string;
  canComment: boolean;
  lastResult?: SubmissionResult<string[]>;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("agreement-record");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [form, fields] = useForm({
    id: addCommentForm,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: addCommentSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="agreement-comments-heading" className="agreement-comments">
      <Heading id="agreement-comments-heading">{t("comments.heading")}</Heading>
      <p className="muted">{t("comments.visibility")}</p>
      {comments.length === 0 ? (
        <p>{t("comments.none")}</p>
      ) : (
        <ol className="comment-thread">
          {comments.map((comment) => (
            <li key={comment.id} id={`comment-${comment.id}`}>
              <p className="comment-meta">
                <strong>{comment.authorName || t("signature.erased")}</strong>
                {" · "}
                {comment.side ?? t("comments.coordination")}
                {" · "}
                <time dateTime={new Date(comment.createdAt).toISOString()}>
                  {formatDate(comment.createdAt, language, { dateStyle: "long", timeStyle: "short" })}
                </time>
              </p>
              <p className="pre-line">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment ? (
        <Form method="post" action={action} {...getFormProps(form)}>
          <FormErrors form={form} labels={{ body: t("comments.body") }} />
          <TextAreaField field={fields.body} label={t("comments.body")} hint={t("comments.bodyHint", { max: maxCommentLength })} rows={5} />
          <button type="submit">{t("comments.add")}</button>
        </Form>
      ) : null}
    </section>
  );
}
