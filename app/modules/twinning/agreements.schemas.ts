// The forms of an agreement's writing path: the terms (new draft, edit of the draft, a new
// revision), signing, and the reasons of a decline or a termination. The terms form
// carries the title and objectives in each of the portal's languages; the original
// language's are required, the others are translations left empty when not written.
import { z } from "zod";
import { calendarDay, choiceOf, multiLineText, optionalMultiLineText, optionalText, recordId, required, text } from "~/utils/fields.schemas";
import { languages, type Language } from "~/utils/languages";
import { themeChoices } from "~/modules/taxonomy/themes";

export const maxAgreementTitle = 200;
export const maxObjectives = 20_000;
export const maxReason = 2_000;

const languageTexts = z.object({
  title: optionalText(maxAgreementTitle).transform((value) => value ?? ""),
  objectives: optionalMultiLineText(maxObjectives).transform((value) => value ?? ""),
});
export type AgreementLanguageTexts = z.output<typeof languageTexts>;

const whole = (min: number, max: number) =>
  z.coerce
    .number({ invalid_type_error: "invalidNumber", required_error: required })
    .int("invalidNumber")
    .min(min, `tooSmall:${min}`)
    .max(max, `tooLarge:${max}`);

/** A day as a date input sends it, kept as midnight UTC (the column is a date). */
const day = calendarDay.transform((value) => new Date(`${value}T00:00:00Z`));

/**
 * The terms of a revision. `partnerIds` (the new draft only) are the active members the
 * organisation may choose; `contactIds` the people of the writing side; `themeKeys` the
 * stored themes.
 */
export function agreementTermsSchema({ partnerIds, contactIds, themeKeys }: { partnerIds?: readonly string[]; contactIds: readonly string[]; themeKeys: readonly string[] }) {
  return z
    .object({
      partnerId: partnerIds
        ? z.string({ required_error: "chooseOne", invalid_type_error: "chooseOne" }).refine((id) => partnerIds.includes(id), "invalidChoice")
        : z.unknown().transform(() => undefined),
      originalLanguage: choiceOf(languages),
      startsOn: day,
      endsOn: day,
      themes: themeChoices(themeKeys).default([]),
      exchangesAToB: whole(0, 50),
      exchangesBToA: whole(0, 50),
      groupSizeCap: whole(1, 30),
      contactId: z.preprocess(
        (value) => (value === "" ? undefined : value),
        z
          .string()
          .refine((id) => contactIds.includes(id), "invalidChoice")
          .optional(),
      ),
      texts: z.object(Object.fromEntries(languages.map((language) => [language, languageTexts.default({})])) as Record<Language, z.ZodDefault<typeof languageTexts>>),
    })
    .superRefine((form, context) => {
      const issue = (path: (string | number)[], message: string) => context.addIssue({ code: z.ZodIssueCode.custom, path, message });
      const original = form.texts[form.originalLanguage];
      if (!original.title) issue(["texts", form.originalLanguage, "title"], required);
      if (!original.objectives) issue(["texts", form.originalLanguage, "objectives"], required);
      for (const language of languages) {
        const texts = form.texts[language];
        if (language === form.originalLanguage) continue;
        if (texts.title && !texts.objectives) issue(["texts", language, "objectives"], required);
        if (!texts.title && texts.objectives) issue(["texts", language, "title"], required);
      }
      if (form.endsOn <= form.startsOn) issue(["endsOn"], "endsBeforeStart");
    });
}

export type AgreementTerms = z.output<ReturnType<typeof agreementTermsSchema>>;

/** Signing: the revision and language shown, its hash, and the signatory's title, confirmed. */
export const signSchema = z.object({
  intent: z.literal("sign"),
  party: z.enum(["a", "b", "network"], { errorMap: () => ({ message: "invalidChoice" }) }),
  revisionId: recordId,
  language: choiceOf(languages),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "invalidChoice"),
  signatoryTitle: text(120),
  confirm: z.literal("on", { errorMap: () => ({ message: "confirmRequired" }) }),
});

export const reasonSchema = (intent: "decline" | "terminate") => z.object({ intent: z.literal(intent), reason: multiLineText(maxReason) });
export const plainIntentSchema = (intent: "propose" | "withdraw") => z.object({ intent: z.literal(intent) });

/** A side's contact person: one of its people, or nobody (empty). */
export const contactSchema = (contactIds: readonly string[]) =>
  z.object({
    intent: z.literal("contact"),
    contactId: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z
        .string()
        .refine((id) => contactIds.includes(id), "invalidChoice")
        .optional(),
    ),
  });
