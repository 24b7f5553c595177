// The forms about introductions: asking for one, answering one, a coordinator making one.
import { z } from "zod";
import { choiceOf, optionalMultiLineText, recordId } from "~/utils/fields.schemas";

export const maxIntroductionMessage = 500;

export const requestIntroductionSchema = z.object({
  intent: z.literal("request"),
  partnerId: recordId,
  message: optionalMultiLineText(maxIntroductionMessage),
});

export const answerIntroductionSchema = z.object({
  intent: z.literal("answer"),
  introductionId: recordId,
  answer: choiceOf(["accepted", "declined"] as const),
});

export const withdrawRequestSchema = z.object({
  intent: z.literal("withdraw"),
  introductionId: recordId,
});

export const introduceSchema = z
  .object({
    intent: z.literal("introduce"),
    organisationAId: recordId,
    organisationBId: recordId,
    message: optionalMultiLineText(maxIntroductionMessage),
  })
  .refine((value) => value.organisationAId !== value.organisationBId, { message: "invalid", path: ["organisationBId"] });
