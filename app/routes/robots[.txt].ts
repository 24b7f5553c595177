// /robots.txt: everything may be crawled, and the sitemap is named by its absolute
// address (the Sitemap line takes no relative one), which only the server knows
// (PUBLIC_URL), so this is a route rather than a file under public/.
import { publicOrigin } from "~/utils/env.server";

export function loader() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${publicOrigin()}/sitemap.xml\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
