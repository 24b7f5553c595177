// i18next set-up shared by server and browser. One instance per language, made from the
// resources the root loader sends, so switching language never mutates a live instance.
import i18next, { type i18n, type InitOptions, type ResourceLanguage } from "i18next";
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

export const i18nOptions = {
  defaultNS: "common",
  ns: [...namespaces],
  fallbackLng: false,
  interpolation: { escapeValue: false }, // React escapes.
  react: { useSuspense: false },
  returnNull: false,
} satisfies InitOptions;

const instances = new Map<string, i18n>();

export function i18nFor(language: Language, resources: ResourceLanguage): i18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.use(initReactI18next).init({
      ...i18nOptions,
      lng: language,
      resources: { [language]: resources },
      initImmediate: false,
    });
    instances.set(language, instance);
  }
  return instance;
}
