// zod for a text in one language, as a form sends it: the language, how the text came to
// be in it, and the field's own text fields (each field sets its own lengths).
import { z } from "zod";
import { TranslationOrigin } from "~/generated/prisma/enums";
import { choiceErrors, noChoice } from "~/utils/fields.schemas";
import { isLanguageCode } from "~/utils/iso-codes";

/** Any ISO 639-1 language, not only the portal's: organisations write in many more. */
export const translationLanguageSchema = z
  .string({ required_error: noChoice, invalid_type_error: noChoice })
  .trim()
  .toLowerCase()
  .refine(isLanguageCode, "invalidLanguage");

export const translationOriginSchema = z.nativeEnum(TranslationOrigin, { errorMap: choiceErrors });

/** A translation input: `{ language, origin }` and the given text fields. */
export function translationInputSchema<Fields extends z.ZodRawShape>(textFields: Fields) {
  return z.object({ language: translationLanguageSchema, origin: translationOriginSchema, ...textFields });
}
