// Server side of translations: every locale file, and the reader's language for a request.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Resource, ResourceLanguage } from "i18next";
import { RemixI18Next } from "remix-i18next/server";
import { defaultLanguage, isLanguage, languageOfPath, languages, preferredLanguage, type Language } from "./languages";
import { i18nOptions } from "./i18n";
import { languageCookie } from "./language-cookie.server";

export { languageCookie, rememberLanguage } from "./language-cookie.server";

type LocaleFiles = Record<string, { default: Record<string, unknown> }>;

/**
 * Every locale file: bundled by Vite (the app, the tests), or read from disk when a module
 * runs under plain tsx (`npm run db:setup` seeds through the library's commands, which mail;
 * job runner processes), where import.meta.glob does not exist. Vite defines
 * import.meta.env and rewrites the glob call; tsx has neither.
 */
const localeFiles: LocaleFiles = import.meta.env
  ? import.meta.glob<{ default: Record<string, unknown> }>("../../locales/*/*.json", { eager: true })
  : readLocaleFilesFromDisk();

function readLocaleFilesFromDisk(): LocaleFiles {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../locales");
  return Object.fromEntries(
    fs.readdirSync(root).flatMap((language) =>
      fs
        .readdirSync(path.join(root, language))
        .filter((file) => file.endsWith(".json"))
        .map((file) => [`locales/${language}/${file}`, { default: JSON.parse(fs.readFileSync(path.join(root, language, file), "utf8")) }]),
    ),
  );
}

export const resources: Resource = {};
for (const [file, module] of Object.entries(localeFiles)) {
  const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (!match) continue;
  const [, language, namespace] = match as unknown as [string, string, string];
  (resources[language] ??= {})[namespace] = module.default;
}

export function resourcesFor(language: Language): ResourceLanguage {
  return resources[language] ?? {};
}

/** Namespaces only the server uses (mail), left out of what pages send to the browser. */
const serverOnlyNamespaces = new Set(["email"]);

/**
 * The translations a page sends to the browser: the namespaces it uses
 * (app/utils/page-namespaces.server.ts), or, where the routes are not known, every one.
 */
export function browserResourcesFor(language: Language, pageNamespaces?: readonly string[]): ResourceLanguage {
  const all = resourcesFor(language);
  const wanted = pageNamespaces ?? Object.keys(all).filter((namespace) => !serverOnlyNamespaces.has(namespace));
  return Object.fromEntries(wanted.flatMap((namespace) => (all[namespace] ? [[namespace, all[namespace]] as const] : [])));
}


export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...languages],
    fallbackLanguage: defaultLanguage,
    cookie: languageCookie,
    // The path decides; where it has no language, the cookie, then Accept-Language.
    order: ["custom", "cookie"],
    findLocale: async (request) => {
      const inPath = languageOfPath(new URL(request.url).pathname);
      if (inPath) return inPath;
      // remix-i18next's own header detection gives up after the first language Intl knows
      // (`de,fr` would get English), so the header is read here, when no cookie decides.
      if (isLanguage(await languageCookie.parse(request.headers.get("Cookie")))) return null;
      return preferredLanguage(request.headers.get("Accept-Language"));
    },
  },
  i18next: { ...i18nOptions, resources },
});

/** The reader's language for this request (path, then cookie, then Accept-Language). */
export async function readerLanguage(request: Request): Promise<Language> {
  const detected = await i18nServer.getLocale(request);
  return isLanguage(detected) ? detected : defaultLanguage;
}
