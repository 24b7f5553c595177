// The Atom feed of new public library entries, in the language of the address: titles and
// summaries in that language where the entry has them, else in its original (the feed
// says which with xml:lang). Public; members-only entries are never in it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { libraryFeed } from "~/modules/library/feed.server";
import { db } from "~/utils/database/connection.server";
import { publicOrigin } from "~/utils/env.server";
import { isLanguage } from "~/utils/languages";
import { notFound } from "~/utils/params.server";
import { publicPageHeaderValues } from "~/mechanisms/page-cache/public-page";

export async function loader({ params }: LoaderFunctionArgs) {
  // No redirect to the reader's language: a feed reader keeps the address it was given.
  if (!isLanguage(params.lang)) notFound();
  const feed = await libraryFeed(db(), params.lang, publicOrigin());
  return new Response(feed, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
      // Kept in the page cache, forgotten when what it lists changes; readers get a 304 when nothing did.
      ...publicPageHeaderValues,
    },
  });
}
