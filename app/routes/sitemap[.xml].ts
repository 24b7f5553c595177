// /sitemap.xml, named in /robots.txt: the public pages, member pages, public library
// entries, public events and the network's twinnings in every language, each with its hreflang alternates.
import { publicEventPages } from "~/modules/events/public-events.server";
import { sitemap } from "~/modules/library/feed.server";
import { publicTwinningPages } from "~/modules/twinning/public-twinnings.server";
import { db } from "~/utils/database/connection.server";
import { publicOrigin } from "~/utils/env.server";
import { publicPageHeaderValues } from "~/mechanisms/page-cache/public-page";

export async function loader() {
  return new Response(await sitemap(db(), publicOrigin(), [...(await publicEventPages(db())), ...publicTwinningPages]), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      // Kept in the page cache, forgotten when what it lists changes; readers get a 304 when nothing did.
      ...publicPageHeaderValues,
    },
  });
}
