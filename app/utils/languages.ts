// The languages the portal ships. Adding one: a folder under locales/ and one line here.
export const languages = ["en", "fr", "it", "es", "sv"] as const;

export type Language = (typeof languages)[number];

export const defaultLanguage: Language = "en";

/** Each language's name in itself, as a reader looking for it would recognise it. */
export const languageEndonyms: Record<Language, string> = {
  en: "English",
  fr: "Français",
  it: "Italiano",
  es: "Español",
  sv: "Svenska",
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (languages as readonly string[]).includes(value);
}

/** The language a path starts with (`/fr/members` → `fr`), or null. */
export function languageOfPath(pathname: string): Language | null {
  const first = pathname.split("/")[1];
  return isLanguage(first) ? first : null;
}

/**
 * The same page in another language: `/fr/members` → `/sv/members`. A first segment that
 * looks like a language we do not ship (`/de/members`) is replaced too, so the switcher
 * on that 404 page leads somewhere real.
 */
export function pathInLanguage(pathname: string, language: Language): string {
  const segments = pathname.split("/");
  if (isLanguage(segments[1]) || /^[a-z]{2}(-[a-z]{2,4})?$/i.test(segments[1] ?? "")) segments[1] = language;
  else segments.splice(1, 0, language);
  const path = segments.join("/");
  return path.endsWith("/") && path !== "/" ? path.slice(0, -1) : path;
}

/**
 * The visitor's most preferred language we ship, from an Accept-Language header:
 * `de-DE,de;q=0.9,fr;q=0.8` → `fr`. Null when none is shipped.
 */
export function preferredLanguage(acceptLanguage: string | null): Language | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.find((p) => /^\s*q\s*=/i.test(p));
      // RFC 9110 qvalue: 0 to 1 with up to three decimals; anything else drops the entry.
      const quality = q === undefined ? 1 : /^\s*q\s*=\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/i.exec(q) ? Number(q.split("=")[1]) : NaN;
      return { base: tag.trim().split("-")[0]!.toLowerCase(), quality, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? null;
}
