// i18next set-up shared by server and browser. A page is sent only the namespaces its
// routes declare (`handle.i18n`, app/utils/page-namespaces.server.ts); the instances are
// made from what the root loader sent, so switching language never mutates a live one.
import i18next, { type i18n, type InitOptions, type ResourceLanguage } from "i18next";
import { createContext } from "react";
import { initReactI18next } from "react-i18next";
import type { Language } from "./languages";

export const namespaces = [
  "common",
  "home",
  "members",
  "charter",
  "about",
  "forms",
  "account",
  "organisations",
  "admin",
  "email",
  "membership",
  "experts",
  "profile",
  "themes",
  "library",
  "translations",
  "glossary",
  "library-files",
  "library-reading",
  "search",
  "registration",
  "events",
  "event-admin",
  "twinning",
  "agreements",
  "agreement-record",
  "exchanges",
  "participants",
  "check-in",
  "attendance",
  "follow-up",
] as const;

export type Namespace = (typeof namespaces)[number];

/**
 * What a route module exports as `handle` to say which namespaces its page uses, beyond
 * `common`, which every page has. A page gets those of every route it is drawn with (its
 * layouts too). A string of a namespace not declared shows as its key and is reported.
 */
export type TranslatedRoute = { i18n: readonly Namespace[] };

export const i18nOptions = {
  defaultNS: "common",
  ns: [...namespaces],
  fallbackLng: false,
  interpolation: { escapeValue: false }, // React escapes.
  react: { useSuspense: false },
  returnNull: false,
} satisfies InitOptions;

/**
 * The page's translations where the root loader did not run: an error an action throws goes
 * to the root's boundary, and no loader runs at or below the boundary. entry.server.tsx
 * provides them; such a page is sent without scripts, so the browser never draws it without.
 */
export const TranslationsWithoutRootData = createContext<{ language: Language; translations: ResourceLanguage } | undefined>(undefined);

const instances = new Map<string, i18n>();
const reported = new Set<string>();

/**
 * The i18next instance for a page in `language` with these resources. On the server, one
 * per set of namespaces, so a page renders with exactly what its browser will hydrate with;
 * in the browser, one per language that gathers namespaces as pages bring them.
 */
export function i18nFor(language: Language, resources: ResourceLanguage): i18n {
  const inBrowser = typeof document !== "undefined";
  const key = inBrowser ? language : `${language}:${Object.keys(resources).sort().join(",")}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.use(initReactI18next).init({
      ...i18nOptions,
      lng: language,
      resources: { [language]: resources },
      initImmediate: false,
      saveMissing: true,
      // A call that names its own fallback (`defaultValue`) expects some keys to be missing.
      missingKeyHandler: (_languages, namespace, missingKey, _fallback, _update, options: { defaultValue?: unknown } | undefined) =>
        options?.defaultValue === undefined && reportMissing(language, namespace, missingKey),
    });
    instances.set(key, instance);
  } else if (inBrowser) {
    for (const [namespace, strings] of Object.entries(resources)) {
      if (!instance.hasResourceBundle(language, namespace)) instance.addResourceBundle(language, namespace, strings);
    }
  }
  return instance;
}

/** Once per string: a page asked for one its routes did not declare, or that no file has. */
function reportMissing(language: string, namespace: string, missingKey: string) {
  const what = `${language}/${namespace}:${missingKey}`;
  if (reported.has(what)) return;
  reported.add(what);
  console.error(`Missing translation ${what}: is "${namespace}" in the route's handle.i18n?`);
}
