// /admin itself has no page of its own: it opens the first section.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requirePermission } from "~/modules/auth/permissions.server";
import { requireLanguage } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "network:manage-roles");
  return redirect(`/${language}/admin/people`);
}
