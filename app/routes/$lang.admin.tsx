// The layout of the network administration pages (/admin/…): the area's sections above the page,
// and kept above its error page. Remix runs the pages' loaders alongside this one, not
// after it, so this guard protects only the layout's own data: every page under it keeps
// its own requirePermission.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { AdminNav } from "~/components/admin-nav";
import { AreaErrorBoundary } from "~/components/error-boundary";
import { requirePermission } from "~/modules/auth/permissions.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["admin"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "network:manage-roles");
  return { language };
}

export default function AdminLayout() {
  const { language } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminNav language={language} />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>("routes/$lang.admin");
  return <AreaErrorBoundary navigation={data ? <AdminNav language={data.language} /> : null} />;
}
