// Schemas of the forms on an organisation's people page.
import { z } from "zod";
import { choiceOf, email, recordId } from "~/utils/fields.schemas";

const role = choiceOf(["admin", "editor", "member"]);
// A checkbox sends "on" when ticked and nothing otherwise.
const checkbox = z
  .literal("on", { errorMap: () => ({ message: "invalidChoice" }) })
  .optional()
  .transform((value) => value === "on");

export const inviteSchema = z.object({
  intent: z.literal("invite"),
  email,
  role,
  signatory: checkbox,
});

export const changeMembershipSchema = z.object({
  intent: z.literal("change"),
  userId: recordId,
  role,
  signatory: checkbox,
});

export const removeMemberSchema = z.object({
  intent: z.literal("remove"),
  userId: recordId,
});

export const revokeInvitationSchema = z.object({
  intent: z.literal("revoke-invitation"),
  invitationId: recordId,
});
