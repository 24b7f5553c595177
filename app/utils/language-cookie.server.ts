// The `lng` cookie: the language a visitor last read in, for the redirect from `/`. Its own
// module, so the server's page cache (server/page-cache.ts) sets it without the translations.
import { createCookie } from "@remix-run/node";
import { cookiesAreSecure } from "./env.server";
import { languageOfPath } from "./languages";

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: cookiesAreSecure(),
  maxAge: 60 * 60 * 24 * 365,
});

/**
 * A Set-Cookie value when the visitor reads in a language other than the one remembered,
 * so `/` brings them back to it next time.
 */
export async function rememberLanguage(request: Request): Promise<string | null> {
  const inPath = languageOfPath(new URL(request.url).pathname);
  if (!inPath) return null;
  const remembered = await languageCookie.parse(request.headers.get("Cookie"));
  return remembered === inPath ? null : languageCookie.serialize(inPath);
}
