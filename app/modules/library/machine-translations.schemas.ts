// The form that asks for machine translations (of a library revision, or of an
// organisation's description): the target languages ticked.
import { z } from "zod";
import { languages } from "~/utils/languages";

export const machineTranslationRequestSchema = z.object({
  targets: z.array(z.enum(languages, { errorMap: () => ({ message: "invalid" }) }), { required_error: "noTargets" }).min(1, "noTargets").max(languages.length),
});
