// The account forms' schemas, used in the browser and again on the server.
import { z } from "zod";
import { currentPassword, email, newPassword, optionalText, siteLanguage, text } from "~/utils/fields.schemas";
import { isLanguageCode } from "~/utils/iso-codes";

/** Where to go after signing in (judged by safeRedirect where it is used). */
const redirectTo = z.string().max(2000).optional();

export const signUpSchema = z.object({
  name: text(120),
  email,
  password: newPassword,
  redirectTo,
});

export const signInSchema = z.object({
  email,
  password: currentPassword,
  redirectTo,
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({
  token: z.string().max(100),
  password: newPassword,
});

export const profileSchema = z.object({
  name: text(120),
  title: optionalText(120).default(""),
  languagesSpoken: z
    .array(z.string().refine(isLanguageCode, "invalidLanguage"), { invalid_type_error: "invalidChoice" })
    .max(20, "tooMany:20")
    .default([]),
  preferredLanguage: siteLanguage,
});

export const changePasswordSchema = z.object({
  intent: z.literal("change-password"),
  currentPassword,
  newPassword,
});

export const changeEmailSchema = z.object({
  intent: z.literal("change-email"),
  currentPassword,
  newEmail: email,
});

export const eraseSchema = z.object({
  password: currentPassword,
  confirmation: z.literal("on", { errorMap: () => ({ message: "confirmErase" }) }),
});
