// A library attachment, downloaded. Only a reader who may see the revision it belongs to
// gets it (attachmentForReader); everyone else gets the same 404 as for an id that does
// not exist. It is always a download (never shown in the portal's origin), typed by what
// its bytes were found to be, and sandboxed should a browser open it anyway.
import fs from "node:fs";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { attachmentDisposition } from "~/mechanisms/downloads/content-disposition";
import { currentUser } from "~/modules/auth/session.server";
import { attachmentForReader } from "~/modules/library/attachments.server";
import { db } from "~/utils/database/connection.server";
import { notFound } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const reader = await currentUser(request);
  const attachment = await attachmentForReader(db(), params.attachmentId ?? "", reader);
  if (!attachment) notFound();
  const stat = await fs.promises.stat(attachment.path).catch(() => null);
  if (!stat?.isFile()) notFound();
  const etag = `"${attachment.sha256}"`;
  const headers = new Headers({
    "Content-Type": attachment.contentType,
    "Content-Disposition": attachmentDisposition(attachment.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    // An attachment's bytes never change (a new file is a new attachment): its digest is its tag.
    ETag: etag,
    // Members-only and unpublished files stay out of shared caches; a public one may be
    // cached, but not for long, as an entry can be archived or made members-only.
    "Cache-Control": attachment.audience === "public" ? "public, max-age=3600" : "private, no-cache",
    Vary: "Cookie",
  });
  if (request.headers.get("If-None-Match")?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(stat.size));
  if (request.method === "HEAD") return new Response(null, { headers });
  return new Response(createReadableStreamFromReadable(fs.createReadStream(attachment.path)), { headers });
}
