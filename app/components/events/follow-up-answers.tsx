// The follow-up questions a confirmed participant answers on their registration's page
// (their account's, or a delegate's link), in a form of its own: intent `followUp`.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/forms";
import { followUpFormSchema, questionField, type EventQuestionForForm } from "~/modules/events/registration.schemas";
import { replyFor } from "~/utils/form-reply";
import { Question, type QuestionForPage } from "./registration-fields";

/** The form id of the follow-up answers, for the action's refusals. */
export const followUpForm = "follow-up";

export function FollowUpAnswers({
  questions,
  values,
  answeredOn,
  language,
  actionData,
}: {
  questions: (QuestionForPage & EventQuestionForForm)[];
  values: Record<string, string>;
  answeredOn: string | null;
  language: string;
  actionData: unknown;
}) {
  const { t } = useTranslation("follow-up");
  const reply = replyFor(actionData, followUpForm);
  const [form, fields] = useForm({
    id: followUpForm,
    lastResult: reply?.result,
    defaultValue: values,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: followUpFormSchema(questions) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const labels = Object.fromEntries(questions.map((question) => [questionField(question.id), question.label]));
  return (
    <section aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t("followUp.heading")}</h2>
      <p>{answeredOn ? t("followUp.answeredOn", { date: answeredOn }) : t("followUp.lead")}</p>
      {reply?.error ? (
        <p role="alert" className="form-errors">
          {t(`followUp.refusals.${reply.error}`, { defaultValue: t("followUp.refusals.notYours") })}
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors form={form} labels={labels} />
        <input type="hidden" name="intent" value="followUp" />
        {questions.map((question) => (
          <Question key={question.id} question={question} field={(fields as never as Record<string, Parameters<typeof Question>[0]["field"]>)[questionField(question.id)]!} pageLanguage={language} />
        ))}
        <button type="submit">{t("followUp.save")}</button>
      </Form>
    </section>
  );
}
