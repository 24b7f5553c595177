// The feedback form after an event, on the mailed link's page and on a registrant's own:
// three ratings as groups of radio buttons (a legend, the scale explained, every score
// labelled in words; arrow keys move within a group), a comment, and "answer anonymously".
// A refusal from the server (answered already, perhaps in another window) is shown above
// it, and stays when the form gives way to "you have answered".
import { getFormProps, getInputProps, useForm, type FieldMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FieldErrors, FormErrors, Notice, TextAreaField } from "~/components/forms";
import { feedbackSchema, ratings, ratingValues, type Rating } from "~/modules/events/feedback.schemas";
import type { FeedbackState } from "~/modules/events/feedback.server";
import { replyFor } from "~/utils/form-reply";

export const feedbackFormId = "feedback";

/** What the server refused the form for: a key of `attendance:feedback.refused`. */
export function feedbackRefusal(actionData: unknown) {
  const error = replyFor(actionData, feedbackFormId)?.error;
  return error === "alreadyAnswered" || error === "notOpen" || error === "unknown" ? error : null;
}

type Invitation = { state: FeedbackState; event: { title: string; titleLanguage: string; dates: string } };

/** The page around the form: the event, then the form while it is open, or why it is not. */
export function FeedbackPage({
  language,
  invitation,
  notice,
  actionData,
  breadcrumb,
}: {
  language: string;
  invitation: Invitation;
  notice: string | null;
  actionData: unknown;
  breadcrumb?: ReactNode;
}) {
  const { t } = useTranslation("attendance");
  const { event, state } = invitation;
  const refusal = feedbackRefusal(actionData);
  return (
    <article>
      {breadcrumb ? <p className="breadcrumb">{breadcrumb}</p> : null}
      <h1>{t("feedback.title")}</h1>
      <p className="lead">
        <span lang={event.titleLanguage !== language ? event.titleLanguage : undefined}>{event.title}</span> · {event.dates}
      </p>
      {notice === "thanks" ? <Notice>{t("feedback.thanks")}</Notice> : null}
      {refusal ? (
        <div role="alert" className="form-errors">
          <p>{t(`feedback.refused.${refusal}`)}</p>
        </div>
      ) : null}
      {state === "open" ? (
        <>
          <p>{t("feedback.lead")}</p>
          <FeedbackForm actionData={actionData} />
        </>
      ) : null}
      {state === "answered" && notice !== "thanks" && !refusal ? <p>{t("feedback.answered")}</p> : null}
      {state === "notOpen" && !refusal ? <p>{t("feedback.notOpen")}</p> : null}
    </article>
  );
}

function FeedbackForm({ actionData }: { actionData: unknown }) {
  const { t } = useTranslation("attendance");
  const [form, fields] = useForm({
    id: feedbackFormId,
    lastResult: replyFor(actionData, feedbackFormId)?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: feedbackSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const labels: Record<Rating | "comment" | "anonymous", string> = {
    overall: t("feedback.overall"),
    content: t("feedback.content"),
    organisation: t("feedback.organisation"),
    comment: t("feedback.comment"),
    anonymous: t("feedback.anonymous"),
  };
  const { key: anonymousKey, ...anonymousProps } = getInputProps(fields.anonymous, { type: "checkbox", ariaDescribedBy: `${fields.anonymous.id}-hint` });
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormErrors form={form} labels={labels} />
      {ratings.map((rating) => (
        <RatingField key={rating} field={fields[rating]} legend={labels[rating]} />
      ))}
      <TextAreaField field={fields.comment} label={labels.comment} hint={t("feedback.commentHint")} rows={6} />
      <div className="field">
        <label className="checkbox">
          <input key={anonymousKey} {...anonymousProps} /> {labels.anonymous}
        </label>
        <p id={`${fields.anonymous.id}-hint`} className="field-hint">
          {t("feedback.anonymousHint")}
        </p>
        <FieldErrors id={fields.anonymous.errorId} errors={fields.anonymous.errors} />
      </div>
      <button type="submit">{t("feedback.submit")}</button>
    </Form>
  );
}

function RatingField({ field, legend }: { field: FieldMetadata<string | undefined>; legend: string }) {
  const { t } = useTranslation("attendance");
  const hintId = `${field.id}-hint`;
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset className="field rating" aria-describedby={invalid ? `${hintId} ${field.errorId}` : hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="field-hint">
        {t("feedback.scale")}
      </p>
      <div className="rating__scores">
        {ratingValues.map((value, index) => {
          // The first button carries the field's id, where the error summary's link lands.
          const id = index === 0 ? field.id : `${field.id}-${value}`;
          return (
            <span key={value} className="rating__score">
              <input type="radio" id={id} name={field.name} value={value} defaultChecked={field.initialValue === value} />
              <label htmlFor={id}>{t(`feedback.scores.${value}`)}</label>
            </span>
          );
        })}
      </div>
      <FieldErrors id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}
