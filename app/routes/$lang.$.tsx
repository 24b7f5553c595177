import type { LoaderFunctionArgs } from "@remix-run/node";
import { notFound, requireLanguage } from "~/utils/params.server";

/** Any other address under a language: a translated 404 from the root error boundary. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  requireLanguage(params, request);
  notFound();
}

export default function NotFound() {
  return null;
}
