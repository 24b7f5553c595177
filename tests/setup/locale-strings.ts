// Every string of a language's locale files, flattened to `namespace:key.path` (an email's
// body lines are `email:confirmEmail.body.0`…), for the tests that read them all.
import fs from "node:fs";
import path from "node:path";

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.entries(value as Record<string, unknown>).reduce(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

export function loadLocale(language: string) {
  const dir = path.join("locales", language);
  const files = fs.readdirSync(dir).filter((file) => file.endsWith(".json"));
  const strings: Record<string, string> = {};
  for (const file of files) {
    const namespace = file.replace(/\.json$/, "");
    for (const [key, text] of Object.entries(flatten(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))))) {
      strings[`${namespace}:${key}`] = text;
    }
  }
  return { files: files.sort(), strings };
}
