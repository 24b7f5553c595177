import type { LoaderFunctionArgs } from "@remix-run/node";
import { crossSiteFormRefused } from "~/components/error-boundary";
import { notFound, requireLanguage } from "~/utils/params.server";

/**
 * Any other address under a language: a translated 404 from the root error boundary.
 * server/app.ts also sends here, as a GET, a form it refused because another site sent
 * it: that is a 403 with its own message (its path has `-` for a language when the form's
 * address had none, so the reader's cookie or browser decides).
 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  if (context.crossSiteRefused) throw new Response(crossSiteFormRefused, { status: 403, statusText: "Forbidden" });
  requireLanguage(params, request);
  notFound();
}

export default function NotFound() {
  return null;
}
