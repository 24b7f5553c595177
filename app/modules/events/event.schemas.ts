// The form coordinators and host admins write an event with (new and edit pages alike):
// its facts, its texts in each of the portal's languages (the original's title and
// description required), and its own questions. Times are wall-clock times at the venue;
// the schema turns them into instants with the chosen zone, so "ends after it starts" is
// checked on the instants.
import { z } from "zod";
import { choiceErrors, choiceOf, multiLineText, noChoice, optionalMultiLineText, optionalText, recordId, required, text, tickedBoxes } from "~/utils/fields.schemas";
import { isCountryCode, isLanguageCode } from "~/utils/iso-codes";
import { languages, type Language } from "~/utils/languages";
import { isTimeZone, wallTimeToInstant } from "~/utils/zoned-time";
import { maxRetentionDays, retentionColumn, standardAnswers } from "./answer-retention";
import { eventTypes, groupPolicies, questionStages, registrationModes, seasons } from "./vocabulary";

export const maxTitle = 200;
export const maxDescription = 20_000;
export const maxFee = 2_000;
export const maxConduct = 20_000;
export const maxQuestionLabel = 300;
export const maxChoices = 12;
/** How many question rows the form offers beyond the event's own: empty ones are ignored. */
export const emptyQuestionRows = 2;
export const maxQuestions = 20;
/** The longest programme a certificate of attendance states, in hours. */
export const maxProgrammeHours = 2_000;

/** Empty is no text; a title or a label keeps to one line, the others (textareas) keep their lines. */
const optionalLine = (max: number) => optionalText(max).transform((value) => value ?? "");
const optionalLong = (max: number) => optionalMultiLineText(max).transform((value) => value ?? "");

const languageTexts = z.object({
  title: optionalLine(maxTitle),
  description: optionalLong(maxDescription),
  fee: optionalLong(maxFee),
  conduct: optionalLong(maxConduct),
});
export type LanguageTexts = z.output<typeof languageTexts>;

const wallTime = z
  .string({ required_error: required, invalid_type_error: required })
  .trim()
  .min(1, required)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "invalidDateTime");

const whole = (min: number, max: number) =>
  z.coerce
    .number({ invalid_type_error: "invalidNumber", required_error: required })
    .int("invalidNumber")
    .min(min, `tooSmall:${min}`)
    .max(max, `tooLarge:${max}`);

const optionalWhole = (min: number, max: number) =>
  z.preprocess((value) => (value === "" || value === undefined ? undefined : value), whole(min, max).optional());

/** Days after the event's end an answer is kept: empty for the network's default. */
const retentionDays = optionalWhole(0, maxRetentionDays);

/** The standard answers' days, one field each (`dietaryRetentionDays`…), as the Event's columns. */
const standardRetention = Object.fromEntries(standardAnswers.map((answer) => [retentionColumn[answer], retentionDays])) as Record<
  (typeof retentionColumn)[(typeof standardAnswers)[number]],
  typeof retentionDays
>;

/** One row of the event's own questions: its label and (choice questions) one choice a line, per language. */
const questionRow = z.object({
  id: recordId.optional(),
  kind: z.enum(["text", "yes_no", "choice", "date"], { errorMap: choiceErrors }).default("text"),
  /** Asked on registering, or later of confirmed participants (the follow-up page). */
  stage: z.enum(questionStages, { errorMap: choiceErrors }).default("registration"),
  retentionDays,
  required: z.literal("on").optional(),
  labels: z.object(Object.fromEntries(languages.map((language) => [language, optionalLine(maxQuestionLabel)])) as Record<Language, ReturnType<typeof optionalLine>>),
  choices: z.object(Object.fromEntries(languages.map((language) => [language, optionalLong(maxChoices * maxQuestionLabel)])) as Record<Language, ReturnType<typeof optionalLong>>),
});

/** The choices of a choice question, one a line, blank lines dropped. */
export const choiceLines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** A row with nothing written: a spare row left empty, or a question whose labels were emptied to remove it. */
const isEmptyRow = (row: z.output<typeof questionRow>) =>
  languages.every((language) => row.labels[language] === "" && row.choices[language] === "");

/**
 * The whole form. `hostFixed`: a host admin's form, whose host is their organisation
 * (not a field). `originalLanguage` is fixed once the event exists (the edit page sends it hidden).
 */
export function eventFormSchema({ organisationIds, hostFixed }: { organisationIds: readonly string[]; hostFixed: boolean }) {
  return z
    .object({
      originalLanguage: choiceOf(languages),
      type: choiceOf(eventTypes),
      season: z.preprocess((value) => (value === "" ? undefined : value), choiceOf(seasons).optional()),
      // A host admin's form has no host: whatever a forged form sends, their organisation hosts it.
      hostOrganisationId: hostFixed
        ? z.unknown().transform(() => undefined)
        : z.preprocess(
            (value) => (value === "" ? undefined : value),
            z
              .string()
              .refine((id) => organisationIds.includes(id), "invalidChoice")
              .optional(),
          ),
      venue: text(200),
      city: text(120),
      countryCode: z
        .string({ required_error: noChoice, invalid_type_error: noChoice })
        .trim()
        .toUpperCase()
        .refine(isCountryCode, "invalidChoice"),
      timeZone: z.string({ required_error: noChoice, invalid_type_error: noChoice }).trim().refine(isTimeZone, "invalidChoice"),
      startsAt: wallTime,
      endsAt: wallTime,
      registrationOpensAt: wallTime,
      registrationClosesAt: wallTime,
      deliveryLanguages: tickedBoxes({ min: 1, max: 10 }).refine((codes) => codes.every(isLanguageCode), "invalidChoice"),
      capacity: whole(1, 10_000),
      organisationCap: optionalWhole(1, 10_000),
      offerHours: whole(1, 24 * 30).default(48),
      programmeHours: optionalWhole(1, maxProgrammeHours),
      ...standardRetention,
      mode: choiceOf(registrationModes),
      groupPolicy: choiceOf(groupPolicies),
      texts: z.object(Object.fromEntries(languages.map((language) => [language, languageTexts.default({})])) as Record<Language, z.ZodDefault<typeof languageTexts>>),
      questions: z.array(questionRow).max(maxQuestions + emptyQuestionRows, `tooMany:${maxQuestions}`).default([]),
    })
    .superRefine((form, context) => {
      const issue = (path: (string | number)[], message: string) => context.addIssue({ code: z.ZodIssueCode.custom, path, message });
      if (form.type === "international_school" && !form.season) issue(["season"], "seasonRequired");
      const original = form.texts[form.originalLanguage];
      if (!original.title) issue(["texts", form.originalLanguage, "title"], required);
      if (!original.description) issue(["texts", form.originalLanguage, "description"], required);
      const at = (wall: string) => wallTimeToInstant(wall, form.timeZone);
      const [startsAt, endsAt, opensAt, closesAt] = [form.startsAt, form.endsAt, form.registrationOpensAt, form.registrationClosesAt].map(at);
      if (isTimeZone(form.timeZone)) {
        (["startsAt", "endsAt", "registrationOpensAt", "registrationClosesAt"] as const).forEach((name, index) => {
          if (![startsAt, endsAt, opensAt, closesAt][index]) issue([name], "invalidDateTime");
        });
      }
      if (startsAt && endsAt && endsAt <= startsAt) issue(["endsAt"], "endsBeforeStart");
      if (opensAt && closesAt && closesAt <= opensAt) issue(["registrationClosesAt"], "closesBeforeOpens");
      if (closesAt && endsAt && closesAt > endsAt) issue(["registrationClosesAt"], "closesAfterEnd");
      if (form.organisationCap && form.organisationCap > form.capacity) issue(["organisationCap"], "capAboveCapacity");
      form.questions.forEach((row, index) => {
        if (isEmptyRow(row)) return;
        if (!row.labels[form.originalLanguage]) issue(["questions", index, "labels", form.originalLanguage], required);
        if (row.kind !== "choice") return;
        const count = choiceLines(row.choices[form.originalLanguage]).length;
        if (count < 2) issue(["questions", index, "choices", form.originalLanguage], "twoChoices");
        if (count > maxChoices) issue(["questions", index, "choices", form.originalLanguage], `tooMany:${maxChoices}`);
        for (const language of languages) {
          const lines = choiceLines(row.choices[language]);
          if (language !== form.originalLanguage && lines.length > 0 && lines.length !== count) issue(["questions", index, "choices", language], "sameChoiceCount");
        }
      });
    })
    .transform((form) => ({
      ...form,
      season: form.type === "international_school" ? (form.season ?? null) : null,
      hostOrganisationId: form.hostOrganisationId ?? null,
      organisationCap: form.organisationCap ?? null,
      programmeHours: form.programmeHours ?? null,
      ...(Object.fromEntries(standardAnswers.map((answer) => [retentionColumn[answer], form[retentionColumn[answer]] ?? null])) as Record<keyof typeof standardRetention, number | null>),
      // Checked above: each is a time in the zone.
      startsAt: wallTimeToInstant(form.startsAt, form.timeZone)!,
      endsAt: wallTimeToInstant(form.endsAt, form.timeZone)!,
      registrationOpensAt: wallTimeToInstant(form.registrationOpensAt, form.timeZone)!,
      registrationClosesAt: wallTimeToInstant(form.registrationClosesAt, form.timeZone)!,
      questions: form.questions
        .filter((row) => !isEmptyRow(row))
        .map((row) => ({
          id: row.id ?? null,
          kind: row.kind,
          stage: row.stage,
          retentionDays: row.retentionDays ?? null,
          required: row.required === "on",
          labels: row.labels,
          choices: Object.fromEntries(languages.map((language) => [language, row.kind === "choice" ? choiceLines(row.choices[language]) : []])) as Record<Language, string[]>,
        })),
    }));
}

export type EventForm = z.output<ReturnType<typeof eventFormSchema>>;
export type EventQuestionInput = EventForm["questions"][number];

/** Cancelling an event: the reason every registrant is told. */
export const cancelEventSchema = z.object({ reason: multiLineText(2_000) });

/** A row action on the overview: publish this draft. */
export const publishEventSchema = z.object({ eventId: recordId });
