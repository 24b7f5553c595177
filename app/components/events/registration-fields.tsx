// The fields of a registration, shared by the register page, a registrant changing their
// answers and a delegate completing theirs: the standard questions, the event's own, the
// motivation in application mode and the code of conduct to accept.
import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, SelectField, TextAreaField, TextField } from "~/components/forms";
import { MarkdownText } from "~/components/markdown";
import type { EventQuestionKind } from "~/generated/prisma/enums";
import { questionField } from "~/modules/events/registration.schemas";
import { participantVisibilities } from "~/modules/events/vocabulary";

export type QuestionForPage = {
  id: string;
  kind: EventQuestionKind;
  required: boolean;
  label: string;
  labelLanguage: string;
  choices: { key: string; label: string }[];
};

type Fields = Record<string, FieldMetadata<string | undefined>>;

export function RegistrationFields({
  fields,
  questions,
  application,
  codeOfConduct,
  pageLanguage,
  erased = [],
}: {
  fields: Fields;
  questions: QuestionForPage[];
  application: boolean;
  codeOfConduct: { text: string; language: string } | null;
  pageLanguage: string;
  /** Standard answers already erased (answer-erasure.server.ts): no longer asked, as they would not be kept. */
  erased?: readonly string[];
}) {
  const asked = (name: string) => !erased.includes(name);
  const { t } = useTranslation("registration");
  const conduct = fields.acceptConduct!;
  const { key: conductKey, ...conductProps } = getInputProps(conduct, { type: "checkbox" });
  return (
    <>
      {application && asked("motivation") ? (
        <fieldset>
          <legend>{t("form.motivationHeading")}</legend>
          <TextAreaField field={fields.motivation!} label={t("form.motivation")} hint={t("form.motivationHint")} rows={6} />
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("form.needsHeading")}</legend>
        <p className="field-hint">{t("form.needsHint")}</p>
        {asked("dietaryNeeds") ? <TextAreaField field={fields.dietaryNeeds!} label={t("form.dietaryNeeds")} rows={2} /> : null}
        {asked("accessibilityNeeds") ? <TextAreaField field={fields.accessibilityNeeds!} label={t("form.accessibilityNeeds")} rows={2} /> : null}
        {asked("interpretationNeeds") ? <TextAreaField field={fields.interpretationNeeds!} label={t("form.interpretationNeeds")} rows={2} /> : null}
        <SelectField
          field={fields.listVisibility!}
          label={t("form.listVisibility")}
          options={participantVisibilities.map((value) => ({ value, label: t(`visibility.${value}`) }))}
        />
      </fieldset>
      {questions.length > 0 ? (
        <fieldset>
          <legend>{t("form.ownQuestionsHeading")}</legend>
          {questions.map((question) => (
            <Question key={question.id} question={question} field={fields[questionField(question.id)]!} pageLanguage={pageLanguage} />
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t("form.conductHeading")}</legend>
        {codeOfConduct ? (
          <div className="code-of-conduct" lang={codeOfConduct.language !== pageLanguage ? codeOfConduct.language : undefined}>
            <MarkdownText headingLevel={3}>{codeOfConduct.text}</MarkdownText>
          </div>
        ) : null}
        <div className="field">
          <label className="checkbox">
            <input key={conductKey} {...conductProps} /> {t("form.acceptConduct")}
          </label>
          <FieldErrors id={conduct.errorId} errors={conduct.errors} />
        </div>
      </fieldset>
    </>
  );
}

/** One of the event's own questions as a field (the follow-up form asks them the same way). */
export function Question({ question, field, pageLanguage }: { question: QuestionForPage; field: FieldMetadata<string | undefined>; pageLanguage: string }) {
  const { t } = useTranslation("registration");
  const label = (
    <span lang={question.labelLanguage !== pageLanguage ? question.labelLanguage : undefined}>
      {question.label}
      {question.required ? null : <span className="field-optional"> {t("form.optional")}</span>}
    </span>
  );
  if (question.kind === "text") return <TextAreaField field={field} label={label} rows={3} />;
  if (question.kind === "date") return <TextField field={field} label={label} type="date" />;
  const options =
    question.kind === "yes_no"
      ? [
          { value: "yes", label: t("form.yes") },
          { value: "no", label: t("form.no") },
        ]
      : question.choices.map((choice) => ({ value: choice.key, label: choice.label }));
  return <SelectField field={field} label={label} options={options} placeholder={t("form.choose")} />;
}

/** The form's field names and what the error summary calls them. */
export function registrationFieldLabels(t: (key: string) => string, questions: QuestionForPage[]) {
  return {
    motivation: t("form.motivation"),
    dietaryNeeds: t("form.dietaryNeeds"),
    accessibilityNeeds: t("form.accessibilityNeeds"),
    interpretationNeeds: t("form.interpretationNeeds"),
    listVisibility: t("form.listVisibility"),
    acceptConduct: t("form.conductHeading"),
    organisationId: t("form.onBehalf"),
    ...Object.fromEntries(questions.map((question) => [questionField(question.id), question.label])),
  };
}
