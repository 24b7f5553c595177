// Schemas of the forms on an organisation's profile page, used in the browser, again in
// the action, and once more by profile.server.ts, so no caller can store what they refuse.
import { z } from "zod";
import { OrganisationType } from "~/generated/prisma/enums";
import { translationOrigins, type RemovalRefusal, type SaveRefusal } from "~/mechanisms/translations/translations";
import { translationInputSchema, translationLanguageSchema } from "~/mechanisms/translations/translations.schemas";
import {
  choiceErrors,
  email,
  multiLineText,
  noChoice,
  required,
  text,
  tickedBoxes,
} from "~/utils/fields.schemas";
import { isCountryCode, isLanguageCode } from "~/utils/iso-codes";
import { themeChoices } from "../taxonomy/themes";

export const organisationTypes = Object.values(OrganisationType);
/** In the order the page offers them: most descriptions start as the original. */
export const descriptionOrigins = translationOrigins;
export const maxDescriptionLength = 5000;
export const maxOrganisationLanguages = 30;
/** The largest logo file accepted, before it is re-encoded. */
export const maxLogoBytes = 2 * 1024 * 1024;
/** The longest side of a stored logo, in pixels. */
export const logoSize = 512;

// A ticked box sent twice (a hand-made form) counts once.
const distinct = <T>(values: T[]) => [...new Set(values)];

const choice = <T extends z.EnumLike>(values: T) => z.nativeEnum(values, { errorMap: choiceErrors });

function isWebAddress(value: string) {
  const url = URL.parse(value);
  return Boolean(url && (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes("."));
}

/** `example.org` is read as `https://example.org`; any scheme but http(s) is refused. */
export const website = z
  .string({ invalid_type_error: required })
  .trim()
  .transform((value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`))
  .pipe(z.string().max(300, "tooLong:300").refine(isWebAddress, "invalidWebsite"));

export const countryCode = z
  .string({ required_error: noChoice, invalid_type_error: noChoice })
  .trim()
  .toUpperCase()
  .refine(isCountryCode, "invalidChoice");

/** Any ISO 639-1 language (the translations mechanism's rule). */
export const descriptionLanguage = translationLanguageSchema;

export const descriptionText = multiLineText(maxDescriptionLength);

/** The profile's facts; `themeKeys` are the stored themes (themeKeys on the server, the loader's options in the browser). */
export const profileFieldsSchema = (themeKeys: readonly string[]) => z.object({
  name: text(200),
  type: choice(OrganisationType),
  countryCode,
  city: text(120),
  website: website.optional(),
  languages: tickedBoxes({ min: 1, max: maxOrganisationLanguages })
    .refine((values) => values.every(isLanguageCode), "invalidLanguage")
    .transform(distinct),
  themes: themeChoices(themeKeys).default([]),
  publicEmail: email.optional(),
});

export type ProfileFields = z.input<ReturnType<typeof profileFieldsSchema>>;

export const descriptionFieldsSchema = translationInputSchema({ text: descriptionText });

export type DescriptionFields = z.input<typeof descriptionFieldsSchema>;

/** The translation rules' refusals in the words of the profile page (keys in `forms`'s errors). */
export const descriptionRefusals = {
  translationExists: "descriptionExists",
  originalExists: "originalExists",
  translationGone: "descriptionGone",
  lastTranslation: "lastDescription",
  originalHasTranslations: "originalHasTranslations",
} as const satisfies Record<SaveRefusal | RemovalRefusal, string>;

export const profileSchema = (themeKeys: readonly string[]) => profileFieldsSchema(themeKeys).extend({ intent: z.literal("profile") });

/** A description in a language the organisation has not described itself in yet. */
export const addDescriptionSchema = descriptionFieldsSchema.extend({ intent: z.literal("add-description") });

export const saveDescriptionSchema = descriptionFieldsSchema.extend({ intent: z.literal("save-description") });

export const removeDescriptionSchema = z.object({
  intent: z.literal("remove-description"),
  language: descriptionLanguage,
});

export const removeLogoSchema = z.object({ intent: z.literal("remove-logo") });
