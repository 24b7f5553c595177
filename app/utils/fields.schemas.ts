// zod building blocks for forms, shared by the browser (Conform validates as you type)
// and the server (which checks again). Messages are keys in the `forms` namespace,
// translated where they are shown; `key:value` carries one number into the message.
import { z } from "zod";
import { maxPasswordLength, minPasswordLength } from "~/modules/auth/password-rules";
import { languages } from "./languages";

export const required = "required";
/** Nothing chosen in a select (or a group of radio buttons): the same message in every one. */
export const noChoice = "chooseOne";
/** No box ticked in a group of checkboxes that needs one. */
export const noneTicked = "chooseAtLeastOne";

/** A select's error map: nothing chosen is `noChoice`; a value it does not offer, "invalidChoice". */
export const choiceErrors: z.ZodErrorMap = (_issue, context) => ({
  message: context.data === undefined || context.data === "" ? noChoice : "invalidChoice",
});

/** One of `values`, chosen in a select. */
export const choiceOf = <U extends string, T extends Readonly<[U, ...U[]]>>(values: T) => z.enum(values, { errorMap: choiceErrors });

/**
 * Ticked checkboxes: one value is a one-item list, none is no field at all (see
 * parseWithZod). Checked on the whole list, so the message shows against the group.
 */
export const tickedBoxes = ({ min = 0, max }: { min?: number; max: number }) =>
  z
    .array(z.string(), { required_error: min === 1 ? noneTicked : `tooFew:${min}`, invalid_type_error: "invalidChoice" })
    .min(min, min === 1 ? noneTicked : `tooFew:${min}`)
    .max(max, `tooMany:${max}`);

/**
 * Control characters a person never types (NUL and the like, C0 and C1): the database
 * refuses NUL, and the others only hide text. Tabs and line breaks are refused apart,
 * with their own message, in fields of one line; multi-line fields keep them.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
export const controlCharactersRefused = "controlCharacters";

/** True for text without the control characters above. */
export const hasNoControlCharacters = (value: string) => !controlCharacters.test(value);

/** Tabs, line breaks and the Unicode line and paragraph separators: pasted from elsewhere into a field of one line. */
const breaks = /[\t\n\r\u2028\u2029]/;
export const lineBreaksRefused = "oneLine";
export const isOneLine = (value: string) => !breaks.test(value);

/**
 * Browsers send a textarea's line breaks as CRLF: stored (and counted) as one character,
 * as people see them; the Unicode separators become line breaks too.
 */
const asLines = (value: string) => value.replace(/\r\n?|[\u2028\u2029]/g, "\n");

const typed = () => z.string({ required_error: required, invalid_type_error: required });

/** Text a person types on one line (a name, a city, a title): trimmed, required, at most `max` characters. */
export const text = (max: number) =>
  typed().trim().min(1, required).max(max, `tooLong:${max}`).refine(hasNoControlCharacters, controlCharactersRefused).refine(isOneLine, lineBreaksRefused);

/** Optional text on one line: empty is fine. */
export const optionalText = (max: number) =>
  z
    .string({ invalid_type_error: required })
    .trim()
    .max(max, `tooLong:${max}`)
    .refine(hasNoControlCharacters, controlCharactersRefused)
    .refine(isOneLine, lineBreaksRefused)
    .optional();

/** Text typed in a textarea: as `text`, with tabs and line breaks kept. */
export const multiLineText = (max: number) =>
  typed()
    .transform(asLines)
    .pipe(z.string().trim().min(1, required).max(max, `tooLong:${max}`).refine(hasNoControlCharacters, controlCharactersRefused));

/** Optional text typed in a textarea: empty is fine. */
export const optionalMultiLineText = (max: number) =>
  z
    .string({ invalid_type_error: required })
    .transform(asLines)
    .pipe(z.string().trim().max(max, `tooLong:${max}`).refine(hasNoControlCharacters, controlCharactersRefused))
    .optional();

/**
 * The id of a row, as a page writes it into a hidden field (a cuid or a uuid). Anything
 * else (NUL, markup, a long string) is refused before it reaches a query.
 */
export const recordId = z
  .string({ required_error: required, invalid_type_error: required })
  .regex(/^[A-Za-z0-9_-]{1,60}$/, "invalid");

export const email = z
  .string({ required_error: required, invalid_type_error: required })
  .trim()
  .max(254, "tooLong:254")
  .email("invalidEmail")
  .transform((value) => value.toLowerCase());

// Length only: the list of common passwords is checked by the account commands on the
// server (it is too big to ship).
export const newPassword = z
  .string({ required_error: required, invalid_type_error: required })
  .min(minPasswordLength, `passwordTooShort:${minPasswordLength}`)
  .max(maxPasswordLength, `tooLong:${maxPasswordLength}`);

/** The password a person already has: only required, never judged. */
export const currentPassword = z
  .string({ required_error: required, invalid_type_error: required })
  .max(maxPasswordLength, `tooLong:${maxPasswordLength}`);

export const siteLanguage = choiceOf(languages);

/** A hidden field bots fill in and people never see; see the Honeypot component. */
export const honeypotField = "website";

/** True when a bot filled in the honeypot. */
export function isBot(formData: FormData) {
  const value = formData.get(honeypotField);
  return typeof value === "string" && value !== "";
}

/**
 * A calendar day as a date input sends it (YYYY-MM-DD), kept as that string. 2025-02-30
 * parses (as 2 March): only a date that reads back the same is real.
 */
export const calendarDay = z
  .string({ required_error: required, invalid_type_error: required })
  .trim()
  .min(1, required)
  .regex(/^\d{4}-\d{2}-\d{2}$/, "invalidDate")
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().slice(0, 10) === value, "invalidDate");
