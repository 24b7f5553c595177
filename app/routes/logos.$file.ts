// Organisation logos, as stored by logos.server.ts. Public: they show on public pages.
// Only names the portal itself made are looked up (so `../` and friends never reach the
// disk), and every file is a WebP the portal encoded, never what was uploaded.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { readLogo } from "~/modules/profile/logos.server";
import { notFound } from "~/utils/params.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const logo = await readLogo(params.file ?? "");
  if (!logo) notFound();
  return new Response(logo, {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(logo.byteLength),
      "X-Content-Type-Options": "nosniff",
      // A new logo gets a new random name, so a name's content never changes.
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
