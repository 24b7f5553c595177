// The forms of an entry's attachments page.
import { z } from "zod";
import { recordId } from "~/utils/fields.schemas";

/** The name shown to readers, if the editor typed one (cleaned again when stored). */
export const attachNameSchema = z.object({ name: z.string().trim().max(200) });

export const removeAttachmentSchema = z.object({
  intent: z.literal("remove"),
  attachmentId: recordId,
});
