// The registration form: the standard questions every event asks, the event's own
// questions (a field `question-<id>` each), on whose behalf, and the code of conduct.
// Built per event from its questions, so the browser and the server check the same rules.
import { z } from "zod";
import type { EventQuestionKind, EventQuestionStage, RegistrationMode } from "~/generated/prisma/enums";
import { calendarDay, choiceErrors, email, multiLineText, optionalMultiLineText, optionalText, recordId } from "~/utils/fields.schemas";
import { participantVisibilities } from "./vocabulary";

export const maxNeeds = 2_000;
export const maxMotivation = 4_000;
export const maxAnswer = 2_000;
/** How many delegates one group registration may name. */
export const maxDelegates = 30;

/** `erased`: its answers are gone (answer-erasure.server.ts), so it is asked no more. */
export type EventQuestionForForm = { id: string; kind: EventQuestionKind; required: boolean; choiceKeys: string[]; stage: EventQuestionStage; erased?: boolean };

/** The questions the register form and the change-your-answers form ask: registration-stage ones whose answers are kept. */
export const askedOnRegistering = <Q extends EventQuestionForForm>(questions: readonly Q[]) =>
  questions.filter((question) => question.stage === "registration" && !question.erased);

/** The follow-up questions confirmed participants answer on their registration's page, while their answers are kept. */
export const askedAsFollowUp = <Q extends EventQuestionForForm>(questions: readonly Q[]) =>
  questions.filter((question) => question.stage === "follow_up" && !question.erased);

export const questionField = (questionId: string) => `question-${questionId}`;

/** The box that accepts the code of conduct: unticked, the message says why it matters. */
const conductAccepted = z.literal("on", { errorMap: () => ({ message: "acceptConduct" }) });

function answerSchema(question: EventQuestionForForm) {
  const value =
    question.kind === "text"
      ? optionalMultiLineText(maxAnswer)
      : question.kind === "date"
        ? z.union([z.literal(""), calendarDay]).optional()
        : z.enum(question.kind === "yes_no" ? ["yes", "no"] : (question.choiceKeys as [string, ...string[]]), { errorMap: choiceErrors }).optional();
  if (!question.required) return value.transform((answer) => answer ?? "");
  return value.refine((answer) => answer !== undefined && answer !== "", question.kind === "choice" || question.kind === "yes_no" ? "chooseOne" : "required").transform((answer) => answer ?? "");
}

/** Whatever list it is given, it asks only what askedOnRegistering keeps: a follow-up question is never part of registering. */
export function registrationFormSchema(eventQuestions: readonly EventQuestionForForm[], mode: RegistrationMode) {
  const questions = askedOnRegistering(eventQuestions);
  const own = Object.fromEntries(questions.map((question) => [questionField(question.id), answerSchema(question)]));
  return z
    .object({
      organisationId: z.union([z.literal(""), recordId]).optional(),
      dietaryNeeds: optionalMultiLineText(maxNeeds),
      accessibilityNeeds: optionalMultiLineText(maxNeeds),
      interpretationNeeds: optionalMultiLineText(maxNeeds),
      listVisibility: z.enum(participantVisibilities, { errorMap: choiceErrors }),
      motivation: mode === "application" ? multiLineText(maxMotivation) : optionalMultiLineText(maxMotivation),
      acceptConduct: conductAccepted,
      ...own,
    })
    .transform((value) => {
      const fields = value as Record<string, unknown>;
      return {
        organisationId: value.organisationId ? value.organisationId : null,
        dietaryNeeds: value.dietaryNeeds ?? "",
        accessibilityNeeds: value.accessibilityNeeds ?? "",
        interpretationNeeds: value.interpretationNeeds ?? "",
        listVisibility: value.listVisibility,
        motivation: value.motivation ?? "",
        answers: Object.fromEntries(questions.map((question) => [question.id, String(fields[questionField(question.id)] ?? "")])),
      };
    });
}

export type RegistrationForm = z.output<ReturnType<typeof registrationFormSchema>>;

/** The follow-up form of a confirmed participant: a field `question-<id>` for each follow-up question still asked. */
export function followUpFormSchema(eventQuestions: readonly EventQuestionForForm[]) {
  const questions = askedAsFollowUp(eventQuestions);
  return z.object(Object.fromEntries(questions.map((question) => [questionField(question.id), answerSchema(question)]))).transform((value) => {
    const fields = value as Record<string, unknown>;
    return { answers: Object.fromEntries(questions.map((question) => [question.id, String(fields[questionField(question.id)] ?? "")])) };
  });
}

export type FollowUpForm = z.output<ReturnType<typeof followUpFormSchema>>;

/**
 * The answers of a registration already made (its own page, a delegate's link): the
 * motivation stays required only while an application waits for its decision, and is kept.
 */
export function answersSchemaFor(
  event: { questions: readonly EventQuestionForForm[]; mode: RegistrationMode; erasedAnswers?: readonly string[]; motivationErasedAt?: Date | string | null },
  status: string,
) {
  // An erased motivation is asked no more (the erasure came after the event).
  const motivationErased = Boolean(event.motivationErasedAt) || Boolean(event.erasedAnswers?.includes("motivation"));
  return registrationFormSchema(event.questions, status === "applied" && !motivationErased ? event.mode : "first_come");
}

/**
 * A group's delegates as numbered pairs of fields, `delegate-<n>-name` and
 * `delegate-<n>-email` (n from 0): rows left wholly empty are ignored, a row with one of
 * the two is an error on the missing one. At least one delegate, at most maxDelegates.
 */
export function groupFormSchema(rows: number) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (let row = 0; row < rows; row++) {
    shape[`delegate-${row}-name`] = optionalText(200);
    shape[`delegate-${row}-email`] = z.union([z.literal(""), email]).optional();
  }
  return z
    .object(shape)
    .superRefine((value, context) => {
      let named = 0;
      for (let row = 0; row < rows; row++) {
        const name = value[`delegate-${row}-name`] as string | undefined;
        const address = value[`delegate-${row}-email`] as string | undefined;
        if (!name && !address) continue;
        named++;
        if (!name) context.addIssue({ code: "custom", path: [`delegate-${row}-name`], message: "required" });
        if (!address) context.addIssue({ code: "custom", path: [`delegate-${row}-email`], message: "required" });
      }
      if (named === 0) context.addIssue({ code: "custom", path: ["delegate-0-name"], message: "required" });
    })
    .transform((value) => {
      const delegates: { name: string; email: string }[] = [];
      for (let row = 0; row < rows; row++) {
        const name = value[`delegate-${row}-name`] as string | undefined;
        const address = value[`delegate-${row}-email`] as string | undefined;
        if (name && address) delegates.push({ name, email: address });
      }
      return { delegates };
    });
}

/** The organisers' decisions, one per row of the registrations page. */
export const decisionSchema = z.object({
  registrationId: recordId,
  to: z.enum(["confirmed", "waitlisted", "declined", "attended", "cancelled"], { errorMap: choiceErrors }),
});

export const capacitySchema = z.object({
  capacity: z.coerce.number({ invalid_type_error: "invalid" }).int("invalid").min(0, "invalid").max(10_000, "invalid"),
});
