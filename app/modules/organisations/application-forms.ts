// The membership application form, checked in the browser and again on the server.
import { z } from "zod";
import { OrganisationType } from "~/generated/prisma/enums";
import { email, optionalText, text } from "~/utils/form-schemas";
import { isCountryCode, isLanguageCode } from "~/utils/iso-codes";
import { isTheme } from "./themes";

const checkboxes = (valid: (value: string) => boolean, message: string, max: number) =>
  z.array(z.string().refine(valid, message), { invalid_type_error: "invalidChoice" }).max(max, `tooMany:${max}`);

/** The fields that bind a signature to the exact Charter text shown. */
export const charterSignatureFields = {
  charterVersionId: z.string().min(1).max(40),
  charterLanguage: z.string().refine(isLanguageCode, "invalidLanguage"),
  charterSha256: z.string().regex(/^[0-9a-f]{64}$/, "invalid"),
  signatoryTitle: text(120),
  signCharter: z.literal("on", { errorMap: () => ({ message: "mustSignCharter" }) }),
};

export const applicationSchema = z.object({
  name: text(200),
  type: z.nativeEnum(OrganisationType, { errorMap: () => ({ message: "invalidChoice" }) }),
  countryCode: z.string({ required_error: "required" }).refine(isCountryCode, "invalidChoice"),
  city: text(120),
  website: z
    .string()
    .trim()
    .max(300, "tooLong:300")
    .url("invalidUrl")
    .refine((value) => /^https?:\/\//.test(value), "invalidUrl")
    .optional(),
  languages: checkboxes(isLanguageCode, "invalidLanguage", 30).min(1, "required"),
  themes: checkboxes(isTheme, "invalidChoice", 15).default([]),
  publicEmail: email.optional(),
  descriptionLanguage: z.string({ required_error: "required" }).refine(isLanguageCode, "invalidLanguage"),
  description: text(5000),
  motivation: text(3000),
  ...charterSignatureFields,
});

export const decisionSchema = z.object({
  decision: z.enum(["approve", "reject"], { errorMap: () => ({ message: "invalidChoice" }) }),
  reason: optionalText(2000),
}).refine((value) => value.decision === "approve" || Boolean(value.reason), {
  path: ["reason"],
  message: "reasonRequired",
});

export const statusChangeSchema = z.object({
  intent: z.literal("change-status"),
  status: z.enum(["active", "suspended", "lapsed", "resigned"], { errorMap: () => ({ message: "invalidChoice" }) }),
  reason: text(2000),
});

export const signCharterSchema = z.object({
  intent: z.literal("sign"),
  ...charterSignatureFields,
});
