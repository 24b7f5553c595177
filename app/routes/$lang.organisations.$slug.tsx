// The layout of every /organisations/<slug>/… page: the organisation's sections above
// the page, and kept above its error page. Remix runs the pages' loaders alongside this
// one, not after it, so this guard protects only the layout's own data: every page under
// it keeps its own requireOrganisationPermission.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { AreaErrorBoundary } from "~/components/error-boundary";
import { OrganisationNav } from "~/components/organisation-nav";
import { can } from "~/modules/auth/permissions";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "membership", "twinning"] };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-dashboard");
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug, status: organisation.status },
    canEditProfile: can(user, "organisation:edit-profile", scope),
    canPrepareEvents: can(user, "events:prepare-hosted", scope),
    canUseTwinning: can(user, "twinning:edit-profile", scope),
  };
}

function Navigation({ data }: { data: Awaited<ReturnType<typeof loader>> | undefined }) {
  return data ? <OrganisationNav language={data.language} organisation={data.organisation} canEditProfile={data.canEditProfile} canPrepareEvents={data.canPrepareEvents} canUseTwinning={data.canUseTwinning} /> : null;
}

export default function OrganisationLayout() {
  return (
    <>
      <Navigation data={useLoaderData<typeof loader>()} />
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>("routes/$lang.organisations.$slug");
  return <AreaErrorBoundary navigation={<Navigation data={data} />} />;
}
