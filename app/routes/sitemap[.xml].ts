// /sitemap.xml, named in /robots.txt: the public pages, member pages and public library
// entries in every language, each with its hreflang alternates.
import { sitemap } from "~/modules/library/feed.server";
import { db } from "~/utils/database/connection.server";
import { publicOrigin } from "~/utils/env.server";

export async function loader() {
  return new Response(await sitemap(db(), publicOrigin()), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
