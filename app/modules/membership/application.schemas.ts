// The membership application form, checked in the browser and again on the server.
import { z } from "zod";
import { choiceOf, multiLineText, optionalMultiLineText, recordId, text } from "~/utils/fields.schemas";
import { isLanguageCode } from "~/utils/iso-codes";
import { descriptionLanguage, descriptionText, profileFieldsSchema } from "../profile/profile.schemas";

/** The fields that bind a signature to the exact Charter text shown. */
export const charterSignatureFields = {
  charterVersionId: recordId,
  charterLanguage: z.string().refine(isLanguageCode, "invalidLanguage"),
  charterSha256: z.string().regex(/^[0-9a-f]{64}$/, "invalid"),
  signatoryTitle: text(120),
  signCharter: z.literal("on", { errorMap: () => ({ message: "mustSignCharter" }) }),
};

/** The profile's own fields (one set of rules for both forms), a description, the motivation and the signature. */
export const applicationSchema = (themeKeys: readonly string[]) =>
  profileFieldsSchema(themeKeys).extend({
    descriptionLanguage,
    description: descriptionText,
    motivation: multiLineText(3000),
    ...charterSignatureFields,
  });

/** Present on the second post of a decision (app/components/confirm-step.tsx): the decision itself. */
const confirmed = z.literal("yes").optional();

export const decisionSchema = z.object({
  decision: choiceOf(["approve", "reject"]),
  reason: optionalMultiLineText(2000),
  confirmed,
  /** The Charter version the confirmation step warned is still to sign, if it did. */
  acknowledgedCharter: recordId.optional(),
}).refine((value) => value.decision === "approve" || Boolean(value.reason), {
  path: ["reason"],
  message: "reasonRequired",
});

export const statusChangeSchema = z.object({
  intent: z.literal("change-status"),
  status: choiceOf(["active", "suspended", "lapsed", "resigned"]),
  reason: multiLineText(2000),
  confirmed,
  /** On the confirming post: the status the confirmation showed, so a colleague's change meanwhile is not overridden. */
  from: choiceOf(["applicant", "active", "suspended", "lapsed", "resigned"]).optional(),
});

export const signCharterSchema = z.object({
  intent: z.literal("sign"),
  ...charterSignatureFields,
});

/** Withdrawing a signature: the signatory's title and a ticked confirmation. */
export const withdrawSignatureSchema = z.object({
  intent: z.literal("withdraw"),
  signatoryTitle: text(120),
  confirm: z.literal("on", { errorMap: () => ({ message: "confirmWithdrawal" }) }),
});
