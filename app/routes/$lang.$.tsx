import type { LoaderFunctionArgs } from "@remix-run/node";
import { crossSiteFormRefused } from "~/components/error-boundary";
import { notFound, requireLanguage } from "~/utils/params.server";

/**
 * Any other address under a language: a translated 404 from the root error boundary.
 * server/app.ts also sends here, as a GET, a form it refused because another site sent
 * it: that is a 403 with its own message (its path has `-` for a language when the form's
 * address had none, so the reader's cookie or browser decides). That page's language links
 * lead to the same message in another language, so `/<lang>/form-refused` shows it too.
 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  if (context.crossSiteRefused) throw formRefused();
  requireLanguage(params, request);
  if (params["*"] === "form-refused") throw formRefused();
  notFound();
}

function formRefused() {
  return new Response(crossSiteFormRefused, { status: 403, statusText: "Forbidden" });
}

export default function NotFound() {
  return null;
}
