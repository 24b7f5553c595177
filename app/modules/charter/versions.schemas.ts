// The Charter version form: an effective date and a title and Markdown text per language.
import { z } from "zod";
import { calendarDay, optionalMultiLineText, optionalText } from "~/utils/fields.schemas";
import { languages } from "~/utils/languages";

const textFields = Object.fromEntries(
  languages.flatMap((language) => [
    [`title_${language}`, optionalText(200)],
    [`body_${language}`, optionalMultiLineText(50_000)],
  ]),
) as Record<`title_${(typeof languages)[number]}` | `body_${(typeof languages)[number]}`, ReturnType<typeof optionalText>>;

export const versionSchema = z
  .object({
    effectiveFrom: calendarDay,
    ...textFields,
  })
  .superRefine((value, context) => {
    const fields = value as Record<string, string | undefined>;
    let any = false;
    for (const language of languages) {
      const title = fields[`title_${language}`];
      const body = fields[`body_${language}`];
      if (title && body) any = true;
      else if (title) context.addIssue({ code: "custom", path: [`body_${language}`], message: "required" });
      else if (body) context.addIssue({ code: "custom", path: [`title_${language}`], message: "required" });
    }
    if (!any) context.addIssue({ code: "custom", path: ["title_en"], message: "oneLanguageRequired" });
  });

/** The texts given, one per language that has both a title and a body. */
export function textsOf(value: Record<string, unknown>) {
  return languages.flatMap((language) => {
    const title = value[`title_${language}`];
    const body = value[`body_${language}`];
    return typeof title === "string" && title && typeof body === "string" && body ? [{ language, title, body }] : [];
  });
}
