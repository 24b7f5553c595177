// What a registrant does with one registration, on their account's page and on a
// delegate's link alike: answer an offered place in one click, change their answers (the
// register page's fields), and cancel after a confirmation step. The page's action takes
// the intents `accept`, `decline`, `save` and `cancel` (the last with `confirmed=yes`).
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmStep } from "~/components/confirm-step";
import { FormErrors } from "~/components/forms";
import { answersSchemaFor, type EventQuestionForForm } from "~/modules/events/registration.schemas";
import { replyFor } from "~/utils/form-reply";
import { RegistrationFields, registrationFieldLabels, type QuestionForPage } from "./registration-fields";

/** The form id of the answers, for the action's refusals. */
export const answerForm = "answers";

export type ManagedRegistration = {
  status: string;
  offerOpen: boolean;
  offerDeadline: string | null;
  canCancel: boolean;
  canChangeAnswers: boolean;
  values: Record<string, string>;
};

export function ManageRegistration({
  registration,
  event,
  language,
  askCancel,
  here,
  actionData,
  answersHeading,
}: {
  registration: ManagedRegistration;
  event: {
    mode: "first_come" | "application";
    questions: (QuestionForPage & EventQuestionForForm)[];
    codeOfConduct: { text: string; language: string } | null;
    /** The standard answers erased already, which the form no longer asks. */
    erasedAnswers?: readonly string[];
  };
  language: string;
  askCancel: boolean;
  /** The page's own address, where "keep it" goes back to. */
  here: string;
  actionData: unknown;
  answersHeading: string;
}) {
  const { t } = useTranslation("registration");
  const application = registration.status === "applied" && event.mode === "application";
  const [form, fields] = useForm({
    id: answerForm,
    lastResult: replyFor(actionData, answerForm)?.result,
    defaultValue: registration.values,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: answersSchemaFor(event, registration.status) }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <>
      {registration.offerOpen ? (
        <section aria-labelledby="offer-heading" className="offer">
          <h2 id="offer-heading">{t("one.offerHeading")}</h2>
          <p>{t("one.offerText", { deadline: registration.offerDeadline })}</p>
          <Form method="post" className="actions">
            <button type="submit" name="intent" value="accept">
              {t("one.accept")}
            </button>{" "}
            <button type="submit" name="intent" value="decline" className="button--secondary">
              {t("one.decline")}
            </button>
          </Form>
        </section>
      ) : null}
      {askCancel && registration.canCancel ? (
        <ConfirmStep
          heading={t("one.cancelHeading")}
          values={{ intent: "cancel" }}
          confirmLabel={t("one.cancelConfirm")}
          cancelLabel={t("one.keep")}
          cancelTo={here}
          danger
        >
          <p>{registration.status === "confirmed" || registration.status === "offered" ? t("one.cancelFreesPlace") : t("one.cancelLeaves")}</p>
        </ConfirmStep>
      ) : null}
      {registration.canChangeAnswers ? (
        <section aria-labelledby="answers-heading">
          <h2 id="answers-heading">{answersHeading}</h2>
          <Form method="post" {...getFormProps(form)}>
            <FormErrors form={form} labels={registrationFieldLabels(t, event.questions)} />
            <input type="hidden" name="intent" value="save" />
            <RegistrationFields
              fields={fields as never}
              questions={event.questions}
              application={application}
              codeOfConduct={event.codeOfConduct}
              pageLanguage={language}
              erased={event.erasedAnswers}
            />
            <button type="submit">{t("one.save")}</button>
          </Form>
        </section>
      ) : null}
      {registration.canCancel && !askCancel ? (
        <Form method="post">
          <button type="submit" name="intent" value="cancel" className="button--secondary">
            {t("one.cancel")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
