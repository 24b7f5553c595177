// The coordinators' forms on /coordination/themes: a new theme and a renamed one, each
// with a name in every portal language. Used in the browser and again on the server.
import { z } from "zod";
import { text } from "~/utils/fields.schemas";
import { languages, type Language } from "~/utils/languages";

export const maxThemeNameLength = 80;

const names = z.object(
  Object.fromEntries(languages.map((language) => [language, text(maxThemeNameLength)])) as Record<
    Language,
    ReturnType<typeof text>
  >,
);

export type ThemeNames = z.infer<typeof names>;

export const addThemeSchema = z.object({ intent: z.literal("add"), names });

export const renameThemeSchema = z.object({
  intent: z.literal("rename"),
  key: z.string().regex(/^[a-z0-9-]{1,60}$/, "invalid"),
  names,
});
