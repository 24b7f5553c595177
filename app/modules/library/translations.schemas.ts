// zod for the side-by-side translation form of an entry's open revision: one text per
// translatable field (empty means "not translated"), and which machine or out-of-date
// translations the translator has checked against the original and keeps as they are.
import { z } from "zod";
import { LibraryTextField } from "~/generated/prisma/enums";
import { translationLanguageSchema } from "~/mechanisms/translations/translations.schemas";
import { optionalMultiLineText, optionalText } from "~/utils/fields.schemas";
import { maxBody, maxEasyRead, maxOutcomes, maxSummary, maxTargetGroup, maxTitle } from "./entries.schemas";

/** In the order the form shows them. */
export const translatableFields = [
  LibraryTextField.title,
  LibraryTextField.summary,
  LibraryTextField.easy_read,
  LibraryTextField.body,
  LibraryTextField.target_group,
  LibraryTextField.outcomes,
] as const;

/** The longest text of each field: the entry form's limits. */
export const maxFieldLength: Record<LibraryTextField, number> = {
  title: maxTitle,
  summary: maxSummary,
  easy_read: maxEasyRead,
  body: maxBody,
  target_group: maxTargetGroup,
  outcomes: maxOutcomes,
};

/** Multi-line text as a browser sends it; empty is no text. */
const fieldText = optionalMultiLineText;

export const saveTranslationSchema = z.object({
  title: optionalText(maxFieldLength.title),
  summary: fieldText(maxFieldLength.summary),
  easy_read: fieldText(maxFieldLength.easy_read),
  body: fieldText(maxFieldLength.body),
  target_group: fieldText(maxFieldLength.target_group),
  outcomes: fieldText(maxFieldLength.outcomes),
  reviewed: z.array(z.nativeEnum(LibraryTextField, { errorMap: () => ({ message: "invalidChoice" }) })).default([]),
});

export type SaveTranslationInput = z.infer<typeof saveTranslationSchema>;

/** The language in the address of a translation page: any ISO 639-1 code. */
export const translationPageLanguage = translationLanguageSchema;
