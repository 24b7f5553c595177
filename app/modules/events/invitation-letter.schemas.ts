// The form a confirmed registrant fills in for a letter of invitation (a visa application):
// the name as in their passport (any alphabet, one line), optionally its number and their
// nationality, and the letter's language among those offered. Nothing of it is stored.
import { z } from "zod";
import { choiceOf, optionalText, text } from "~/utils/fields.schemas";
import { isCountryCode } from "~/utils/iso-codes";
import type { Language } from "~/utils/languages";

export const maxPassportName = 200;
export const maxPassportNumber = 40;

export function invitationLetterSchema(letterLanguages: readonly [Language, ...Language[]]) {
  return z.object({
    passportName: text(maxPassportName),
    passportNumber: optionalText(maxPassportNumber).transform((value) => value ?? ""),
    nationality: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .string({ invalid_type_error: "invalidChoice" })
        .trim()
        .toUpperCase()
        .refine(isCountryCode, "invalidChoice")
        .optional(),
    ),
    language: choiceOf(letterLanguages),
  });
}

export type InvitationLetterForm = z.output<ReturnType<typeof invitationLetterSchema>>;
