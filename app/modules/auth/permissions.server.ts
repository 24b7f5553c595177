// The one server-side check every loader and action calls before it reads or changes
// anything that is not public.
import { redirect } from "@remix-run/node";
import { defaultLanguage, languageOfPath } from "~/utils/languages";
import { can, type Permission, type Scope } from "./permissions";
import { currentUser, type CurrentUser } from "./session.server";

/** The signed-in person; a visitor is sent to sign in and brought back afterwards. */
export async function requireUser(request: Request): Promise<CurrentUser> {
  const user = await currentUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const language = languageOfPath(url.pathname) ?? defaultLanguage;
  // After a form post, come back to the page, not to the action.
  const back = request.method === "GET" ? url.pathname + url.search : url.pathname;
  throw redirect(`/${language}/sign-in?${new URLSearchParams({ redirectTo: back })}`);
}

/** The signed-in person if they hold `permission` (within `scope`); otherwise a 403. */
export async function requirePermission(request: Request, permission: Permission, scope: Scope = {}) {
  const user = await requireUser(request);
  if (!can(user, permission, scope)) throw forbidden();
  return user;
}

export function forbidden() {
  return new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

/** A same-site path to go to after signing in; anything else (another host, `//x`) becomes `fallback`. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string) {
  // Browsers drop tabs and newlines from URLs (`/\t/evil.example` is `//evil.example`).
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (typeof to !== "string" || !to.startsWith("/") || /[\x00-\x1f\x7f\\]/.test(to)) return fallback;
  const base = "http://portal.invalid";
  // Resolved first (dot segments, percent-encoded dots), then judged: `/.//evil.example`
  // and `/a/..//evil.example` resolve to `//evil.example`, which a browser reads as another
  // host. The address kept is the resolved one, so what was judged is what is sent.
  const url = URL.parse(to, base);
  if (!url || url.origin !== base) return fallback;
  const resolved = url.pathname + url.search + url.hash;
  if (resolved.startsWith("//") || URL.parse(resolved, base)?.origin !== base) return fallback;
  return resolved;
}
