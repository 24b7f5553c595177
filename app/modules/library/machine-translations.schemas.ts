// The form that asks for machine translations (of a library revision, or of an
// organisation's description): the target languages ticked.
import { z } from "zod";
import { languages } from "~/utils/languages";

export const machineTranslationRequestSchema = z.object({
  targets: z.array(z.enum(languages, { errorMap: () => ({ message: "invalid" }) }), { required_error: "noTargets" }).min(1, "noTargets").max(languages.length),
});

/** An entry's id as the portal makes them (cuid), or nothing: anything else is a 404 before any query. */
export const entryIdSchema = z.string().regex(/^[a-z0-9]{1,40}$/);
