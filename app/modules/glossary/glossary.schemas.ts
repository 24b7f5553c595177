// The coordinators' glossary forms: a new term, or a term's words changed; an agreed word
// in every portal language, with its other forms typed as a comma-separated list. Used in
// the browser and again on the server.
import { z } from "zod";
import { controlCharactersRefused, hasNoControlCharacters, optionalMultiLineText, text } from "~/utils/fields.schemas";
import { languages, type Language } from "~/utils/languages";

export const maxWordLength = 120;
export const maxForms = 20;
export const maxNoteLength = 1000;

/** "a, b ,, c" → ["a", "b", "c"]: each form once, none empty. */
const formsList = z
  .string({ invalid_type_error: "invalid" })
  .max(maxForms * (maxWordLength + 2), `tooLong:${maxForms * (maxWordLength + 2)}`)
  .refine(hasNoControlCharacters, controlCharactersRefused)
  .transform((value) => [...new Set(value.split(",").map((form) => form.trim().replace(/\s+/g, " ")).filter(Boolean))])
  .pipe(z.array(z.string().max(maxWordLength, `tooLong:${maxWordLength}`)).max(maxForms, `tooMany:${maxForms}`))
  .default("");

const word = z.object({ word: text(maxWordLength), forms: formsList });

const words = z.object(
  Object.fromEntries(languages.map((language) => [language, word])) as Record<Language, typeof word>,
);

export type GlossaryWords = z.infer<typeof words>;

const termFields = { note: optionalMultiLineText(maxNoteLength), words };

export const addTermSchema = z.object({ intent: z.literal("add"), ...termFields });

export const saveTermSchema = z.object({
  intent: z.literal("save"),
  key: z.string().regex(/^[a-z0-9-]{1,60}$/, "invalid"),
  ...termFields,
});
