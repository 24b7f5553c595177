// Schemas of the forms on an organisation's people page.
import { z } from "zod";
import { choiceOf, email } from "~/utils/fields.schemas";

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
  userId: z.string().min(1).max(40),
  role,
  signatory: checkbox,
});

export const removeMemberSchema = z.object({
  intent: z.literal("remove"),
  userId: z.string().min(1).max(40),
});

export const revokeInvitationSchema = z.object({
  intent: z.literal("revoke-invitation"),
  invitationId: z.string().min(1).max(60),
});
