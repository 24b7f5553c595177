// Schemas of the forms on an organisation's experts page, used in the browser and again
// on the server.
import { z } from "zod";
import { email, optionalMultiLineText, recordId, text, tickedBoxes } from "~/utils/fields.schemas";
import { isLanguageCode } from "~/utils/iso-codes";
import { themeChoices } from "../taxonomy/themes";

export const maxExpertTopics = 8;
export const maxExpertLanguages = 20;

// A ticked box sent twice (a hand-made form) counts once.
const distinct = <T>(values: T[]) => [...new Set(values)];

/** `themeKeys`: the stored themes, which topics are chosen from. */
export const addExpertSchema = (themeKeys: readonly string[]) => z.object({
  intent: z.literal("add"),
  name: text(120),
  email: email.optional(),
  topics: themeChoices(themeKeys, { min: 1, max: maxExpertTopics }),
  languages: tickedBoxes({ min: 1, max: maxExpertLanguages })
    .refine((values) => values.every(isLanguageCode), "invalidLanguage")
    .transform(distinct),
  availability: optionalMultiLineText(500),
});

export const removeExpertSchema = z.object({
  intent: z.literal("remove"),
  expertId: recordId,
});
