// Schemas of the forms on an organisation's experts page, used in the browser and again
// on the server.
import { z } from "zod";
import { email, optionalText, recordId, text } from "~/utils/fields.schemas";
import { isLanguageCode } from "~/utils/iso-codes";
import { isTheme, type Theme } from "../taxonomy/themes";

export const maxExpertTopics = 8;
export const maxExpertLanguages = 20;

// A ticked box sent twice (a hand-made form) counts once.
const distinct = <T>(values: T[]) => [...new Set(values)];

/** Ticked checkboxes: one value is a one-item list, none is an empty list (see parseWithZod). */
const choices = (min: number, max: number) =>
  z
    .array(z.string(), { required_error: `tooFew:${min}`, invalid_type_error: "invalidChoice" })
    .min(min, `tooFew:${min}`)
    .max(max, `tooMany:${max}`);

export const addExpertSchema = z.object({
  intent: z.literal("add"),
  name: text(120),
  email: email.optional(),
  // Checked on the whole list, so the message shows against the field, not one hidden item.
  topics: choices(1, maxExpertTopics)
    .refine((values): values is Theme[] => values.every(isTheme), "invalidChoice")
    .transform(distinct),
  languages: choices(1, maxExpertLanguages)
    .refine((values) => values.every(isLanguageCode), "invalidLanguage")
    .transform(distinct),
  availability: optionalText(500),
});

export const removeExpertSchema = z.object({
  intent: z.literal("remove"),
  expertId: recordId,
});
