// The network admin's form that gives a person a network role, or takes it away.
import { z } from "zod";
import { recordId } from "~/utils/fields.schemas";

export const networkRoleChange = z.object({
  userId: recordId,
  role: z.enum(["none", "coordinator", "network_admin"]),
});
