// The form an event is written with, by coordinators and host admins alike (new and edit
// pages): its facts, its texts in each portal language (the original's title and
// description required), and its own questions as a fixed number of rows (empty ones are
// ignored). Times are typed as they read at the venue, in the zone chosen. Without
// JavaScript it is a plain form; with it, Conform checks as you type.
import { getFormProps, getInputProps, getSelectProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { LanguageCheckboxList, type CheckboxOption } from "~/components/checkbox-list";
import { FieldErrors, FormErrors, SelectField, TextAreaField, TextField, type SelectOption } from "~/components/forms";
import { retentionColumn, standardAnswers } from "~/modules/events/answer-retention";
import type { eventFormSchema } from "~/modules/events/event.schemas";
import { eventTypes, groupPolicies, questionStages, registrationModes, seasons } from "~/modules/events/vocabulary";
import { formatNumber } from "~/utils/format";
import { languageEndonyms, languages, type Language } from "~/utils/languages";

type Texts = { title?: string; description?: string; fee?: string; conduct?: string };
type QuestionRow = {
  id?: string;
  kind?: string;
  stage?: string;
  retentionDays?: string;
  required?: string;
  labels?: Partial<Record<Language, string>>;
  choices?: Partial<Record<Language, string>>;
};

/** The form's fields as Conform sees them (strings, lists of strings, nested texts and rows). */
export type EventFormShape = {
  intent?: string;
  originalLanguage?: string;
  type?: string;
  season?: string;
  hostOrganisationId?: string;
  venue?: string;
  city?: string;
  countryCode?: string;
  timeZone?: string;
  startsAt?: string;
  endsAt?: string;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  deliveryLanguages?: string[];
  capacity?: string;
  organisationCap?: string;
  offerHours?: string;
  programmeHours?: string;
  dietaryRetentionDays?: string;
  accessibilityRetentionDays?: string;
  interpretationRetentionDays?: string;
  motivationRetentionDays?: string;
  mode?: string;
  groupPolicy?: string;
  texts?: Partial<Record<Language, Texts>>;
  questions?: QuestionRow[];
};

export type EventFormOptions = {
  /** The member organisations a coordinator may choose as host; null on a host admin's form. */
  organisations: SelectOption[] | null;
  countries: SelectOption[];
  timeZones: SelectOption[];
  deliveryLanguages: { options: CheckboxOption[]; firstChoices: readonly string[] };
  /** The network's default retention of answers, in days, which an empty field means. */
  defaultRetentionDays: number;
};

export function EventForm({
  id,
  schema,
  intent,
  defaults,
  lastResult,
  submitLabel,
  options,
  originalLanguageFixed,
  hostName,
  refusal,
}: {
  id: string;
  schema: ReturnType<typeof eventFormSchema>;
  intent: string;
  defaults: EventFormShape;
  lastResult: SubmissionResult<string[]> | undefined;
  submitLabel: string;
  options: EventFormOptions;
  /** On the edit page: the texts' original language, which no longer changes. */
  originalLanguageFixed?: Language;
  /** On a host admin's form: their organisation, the host. */
  hostName?: string;
  /** A refusal of the whole form by the server (capacity below the places held…). */
  refusal?: string;
}) {
  const { t } = useTranslation("event-admin");
  const { t: tEvents } = useTranslation("events");
  const { t: tRetention, i18n } = useTranslation("follow-up");
  const [form, fields] = useForm<EventFormShape, EventFormShape, string[]>({
    id,
    lastResult,
    defaultValue: defaults,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: schema as unknown as z.ZodType<EventFormShape> }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const texts = fields.texts.getFieldset();
  const questionRows = fields.questions.getFieldList();
  const labels: Partial<Record<string, string>> = {
    originalLanguage: t("fields.originalLanguage"),
    type: t("fields.type"),
    season: t("fields.season"),
    hostOrganisationId: t("fields.host"),
    venue: t("fields.venue"),
    city: t("fields.city"),
    countryCode: t("fields.country"),
    timeZone: t("fields.timeZone"),
    startsAt: t("fields.startsAt"),
    endsAt: t("fields.endsAt"),
    registrationOpensAt: t("fields.opensAt"),
    registrationClosesAt: t("fields.closesAt"),
    deliveryLanguages: t("fields.deliveryLanguages"),
    capacity: t("fields.capacity"),
    organisationCap: t("fields.organisationCap"),
    offerHours: t("fields.offerHours"),
    mode: t("fields.mode"),
    groupPolicy: t("fields.groupPolicy"),
    questions: t("questions.legend"),
    programmeHours: tRetention("eventForm.programmeHours"),
    ...Object.fromEntries(standardAnswers.map((answer) => [retentionColumn[answer], tRetention(`eventForm.retention.${answer}`)])),
  };
  for (const language of languages) {
    for (const name of ["title", "description", "fee", "conduct"] as const) {
      labels[`texts.${language}.${name}`] = t("fields.textIn", { field: t(`fields.${name}`), language: languageEndonyms[language] });
    }
  }
  questionRows.forEach((_, index) => {
    for (const language of languages) {
      labels[`questions[${index}].labels.${language}`] = t("questions.labelIn", { number: index + 1, language: languageEndonyms[language] });
      labels[`questions[${index}].choices.${language}`] = t("questions.choicesIn", { number: index + 1, language: languageEndonyms[language] });
    }
    labels[`questions[${index}].stage`] = tRetention("eventForm.question.stageOf", { number: index + 1 });
    labels[`questions[${index}].retentionDays`] = tRetention("eventForm.question.retentionDaysOf", { number: index + 1 });
  });
  const networkDays = { count: options.defaultRetentionDays, formatted: formatNumber(options.defaultRetentionDays, i18n.language as Language) };
  const original = (originalLanguageFixed ?? fields.originalLanguage.value ?? defaults.originalLanguage) as Language;
  return (
    <Form method="post" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {originalLanguageFixed ? <input type="hidden" name="originalLanguage" value={originalLanguageFixed} /> : null}
      <FormErrors form={form} labels={labels} error={refusal} />
      <fieldset className="field-group">
        <legend>{t("sections.what")}</legend>
        <SelectField field={fields.type} label={labels.type} options={eventTypes.map((value) => ({ value, label: tEvents(`types.${value}`) }))} />
        <SelectField
          field={fields.season}
          label={labels.season}
          placeholder={t("noSeason")}
          hint={t("hints.season")}
          options={seasons.map((value) => ({ value, label: tEvents(`seasons.${value}`) }))}
        />
        {options.organisations ? (
          <SelectField field={fields.hostOrganisationId} label={labels.hostOrganisationId} placeholder={t("networkHosts")} options={options.organisations} />
        ) : (
          <p>{t("hostFixed", { organisation: hostName ?? "" })}</p>
        )}
        <LanguageCheckboxList field={fields.deliveryLanguages} legend={labels.deliveryLanguages} choices={options.deliveryLanguages} />
        <TextField field={fields.programmeHours} label={labels.programmeHours} type="number" hint={tRetention("eventForm.programmeHoursHint")} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t("sections.where")}</legend>
        <TextField field={fields.venue} label={labels.venue} autoComplete="off" />
        <TextField field={fields.city} label={labels.city} autoComplete="off" />
        <SelectField field={fields.countryCode} label={labels.countryCode} placeholder={t("chooseCountry")} options={options.countries} />
        <SelectField field={fields.timeZone} label={labels.timeZone} hint={t("hints.timeZone")} placeholder={t("chooseTimeZone")} options={options.timeZones} />
        <TextField field={fields.startsAt} label={labels.startsAt} type="datetime-local" hint={t("hints.wallTime")} />
        <TextField field={fields.endsAt} label={labels.endsAt} type="datetime-local" hint={t("hints.wallTime")} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t("sections.places")}</legend>
        <TextField field={fields.capacity} label={labels.capacity} type="number" hint={t("hints.capacity")} />
        <TextField field={fields.organisationCap} label={labels.organisationCap} type="number" hint={t("hints.organisationCap")} />
        <TextField field={fields.registrationOpensAt} label={labels.registrationOpensAt} type="datetime-local" hint={t("hints.wallTime")} />
        <TextField field={fields.registrationClosesAt} label={labels.registrationClosesAt} type="datetime-local" hint={t("hints.wallTime")} />
        <SelectField field={fields.mode} label={labels.mode} options={registrationModes.map((value) => ({ value, label: t(`modes.${value}`) }))} />
        <SelectField field={fields.groupPolicy} label={labels.groupPolicy} options={groupPolicies.map((value) => ({ value, label: t(`groupPolicies.${value}`) }))} />
        <TextField field={fields.offerHours} label={labels.offerHours} type="number" hint={t("hints.offerHours")} />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t("sections.texts")}</legend>
        {originalLanguageFixed ? (
          <p>{t("originalIs", { language: languageEndonyms[originalLanguageFixed] })}</p>
        ) : (
          <SelectField
            field={fields.originalLanguage}
            label={labels.originalLanguage}
            hint={t("hints.originalLanguage")}
            options={languages.map((value) => ({ value, label: languageEndonyms[value], lang: value }))}
          />
        )}
        {languages.map((language) => {
          const set = texts[language].getFieldset();
          const label = (name: "title" | "description" | "fee" | "conduct") => labels[`texts.${language}.${name}`];
          return (
            <fieldset key={language} className="field-group" lang={language}>
              <legend>{language === original ? t("textsOriginal", { language: languageEndonyms[language] }) : t("textsTranslation", { language: languageEndonyms[language] })}</legend>
              <TextField field={set.title} label={label("title")} autoComplete="off" />
              <TextAreaField field={set.description} label={label("description")} rows={6} />
              <TextAreaField field={set.fee} label={label("fee")} rows={2} />
              <TextAreaField field={set.conduct} label={label("conduct")} rows={4} />
            </fieldset>
          );
        })}
      </fieldset>
      <fieldset className="field-group" aria-describedby={`${form.id}-retention-hint`}>
        <legend>{tRetention("eventForm.retentionLegend")}</legend>
        <p id={`${form.id}-retention-hint`} className="field-hint">
          {tRetention("eventForm.retentionHint", networkDays)}
        </p>
        {standardAnswers.map((answer) => (
          <TextField key={answer} field={fields[retentionColumn[answer]]} label={labels[retentionColumn[answer]]} type="number" />
        ))}
      </fieldset>
      <fieldset className="field-group" aria-describedby={`${form.id}-questions-hint`}>
        <legend>{labels.questions}</legend>
        <p id={`${form.id}-questions-hint`} className="field-hint">
          {t("questions.hint")}
        </p>
        <FieldErrors id={fields.questions.errorId} errors={fields.questions.errors} />
        {questionRows.map((row, index) => (
          <QuestionFields key={row.key} row={row} index={index} labels={labels} networkDays={networkDays} />
        ))}
      </fieldset>
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}

function QuestionFields({
  row,
  index,
  labels,
  networkDays,
}: {
  row: FieldMetadata<QuestionRow>;
  index: number;
  labels: Partial<Record<string, string>>;
  networkDays: { count: number; formatted: string };
}) {
  const { t } = useTranslation("event-admin");
  const { t: tFollowUp } = useTranslation("follow-up");
  const set = row.getFieldset();
  const rowLabels = set.labels.getFieldset();
  const rowChoices = set.choices.getFieldset();
  const { key: kindKey, ...kindProps } = getSelectProps(set.kind);
  const { key: requiredKey, ...requiredProps } = getInputProps(set.required, { type: "checkbox", value: "on" });
  return (
    <fieldset className="field-group">
      <legend>{t("questions.number", { number: index + 1 })}</legend>
      {set.id.initialValue ? <input type="hidden" name={set.id.name} value={String(set.id.initialValue)} /> : null}
      <div className="field">
        <label htmlFor={set.kind.id}>{t("questions.kind")}</label>
        <select key={kindKey} {...kindProps}>
          {(["text", "yes_no", "choice"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`questions.kinds.${kind}`)}
            </option>
          ))}
          <option value="date">{tFollowUp("eventForm.question.kindDate")}</option>
        </select>
        <FieldErrors id={set.kind.errorId} errors={set.kind.errors} />
      </div>
      <SelectField
        field={set.stage}
        label={tFollowUp("eventForm.question.stage")}
        options={questionStages.map((stage) => ({ value: stage, label: tFollowUp(`eventForm.question.stages.${stage}`) }))}
      />
      <TextField
        field={set.retentionDays}
        label={tFollowUp("eventForm.question.retentionDays")}
        hint={tFollowUp("eventForm.question.retentionDaysHint", networkDays)}
        type="number"
      />
      <div className="checkbox">
        <input key={requiredKey} {...requiredProps} />
        <label htmlFor={set.required.id}>{t("questions.required")}</label>
      </div>
      {languages.map((language) => (
        <div key={language} lang={language}>
          <TextField field={rowLabels[language]} label={labels[`questions[${index}].labels.${language}`]} autoComplete="off" />
          <TextAreaField field={rowChoices[language]} label={labels[`questions[${index}].choices.${language}`]} hint={t("questions.choicesHint")} rows={3} />
        </div>
      ))}
    </fieldset>
  );
}
