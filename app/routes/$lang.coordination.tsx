// The layout of the coordinators' pages (/coordination/…): the area's sections above the page,
// and kept above its error page. Remix runs the pages' loaders alongside this one, not
// after it, so this guard protects only the layout's own data: every page under it keeps
// its own requirePermission.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { CoordinationNav } from "~/components/coordination-nav";
import { AreaErrorBoundary } from "~/components/error-boundary";
import { requirePermission } from "~/modules/auth/permissions.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "membership", "twinning"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "membership:review");
  return { language };
}

export default function CoordinationLayout() {
  const { language } = useLoaderData<typeof loader>();
  return (
    <>
      <CoordinationNav language={language} />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>("routes/$lang.coordination");
  return <AreaErrorBoundary navigation={data ? <CoordinationNav language={data.language} /> : null} />;
}
