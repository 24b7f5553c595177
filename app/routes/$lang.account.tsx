// The layout of a person's own account pages (/account/…): the area's sections above the page,
// and kept above its error page. Remix runs the pages' loaders alongside this one, not
// after it, so this guard protects only the layout's own data: every page under it keeps
// its own requirePermission.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { AccountNav } from "~/components/account-nav";
import { AreaErrorBoundary } from "~/components/error-boundary";
import { requirePermission } from "~/modules/auth/permissions.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "account:manage-own");
  return { language };
}

export default function AccountLayout() {
  const { language } = useLoaderData<typeof loader>();
  return (
    <>
      <AccountNav language={language} />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>("routes/$lang.account");
  return <AreaErrorBoundary navigation={data ? <AccountNav language={data.language} /> : null} />;
}
