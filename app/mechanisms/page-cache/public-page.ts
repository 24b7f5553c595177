// A route's `headers` export for a page every visitor sees alike: the server keeps it in
// its page cache (server/page-cache.ts), and a CDN or reverse proxy may keep it for a
// minute and serve it a while longer as it fetches a fresh one. Browsers ask each time
// (max-age=0) and get a 304 when nothing changed. A signed-in reader's copy is always
// private (entry.server.tsx), and an error is never public.
import type { HeadersFunction } from "@remix-run/node";

export const publicCacheControl = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

/** Whether a request's Cookie header carries a session (signed in, or was): never a visitor's page. */
export const carriesSession = (cookieHeader: string | null | undefined) => /(^|;\s*)session=/.test(cookieHeader ?? "");

/** Tells the server's page cache to keep the response; taken off before it is sent. */
export const cachedPageMarker = "X-Portal-Keep-Page";

/** The headers of a public page or feed, for a resource route's own Response. */
export const publicPageHeaderValues: Readonly<Record<string, string>> = { "Cache-Control": publicCacheControl, [cachedPageMarker]: "1" };

export const publicPageHeaders: HeadersFunction = ({ errorHeaders }): Record<string, string> => (errorHeaders ? {} : { ...publicPageHeaderValues });
