// Everything the portal holds about the signed-in person, as a JSON download.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportPersonalData } from "~/modules/accounts/personal-data.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { db } from "~/utils/database/connection.server";
import { requestOrigin } from "~/utils/forms.server";
import { requireLanguage } from "~/utils/params.server";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const exported = await exportPersonalData(db(), user.id, requestOrigin(context));
  const day = exported.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
