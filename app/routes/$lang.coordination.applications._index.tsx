import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requirePermission } from "~/modules/auth/permissions.server";
import { listApplications } from "~/modules/membership/membership.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatDate } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { DataTable } from "~/components/data-table";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["members", "membership"] };

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("membership:queue.title") }));

const views = ["submitted", "approved", "rejected"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "membership:review");
  const requested = new URL(request.url).searchParams.get("status");
  const view = views.find((status) => status === requested) ?? "submitted";
  const applications = await listApplications(db(), view);
  return {
    language,
    view,
    applications: applications.map((application) => ({
      id: application.id,
      createdAt: application.createdAt.toISOString(),
      decidedAt: application.decidedAt?.toISOString() ?? null,
      organisation: application.organisation,
    })),
  };
}

export default function ApplicationQueue() {
  const { language, view, applications } = useLoaderData<typeof loader>();
  const { t } = useTranslation("membership");
  const { t: tMembers } = useTranslation("members");
  return (
    <article>
      <h1>{t("queue.title")}</h1>
      <nav className="sub-nav" aria-label={t("queue.views")}>
        <ul>
          {views.map((status) => (
            <li key={status}>
              <Link to={`?status=${status}`} aria-current={status === view ? "page" : undefined}>
                {t(`queue.view.${status}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p role="status">{t("queue.count", { count: applications.length })}</p>
      {applications.length > 0 ? (
        <DataTable
          caption={t(`queue.view.${view}`)}
          columns={[t("queue.organisation"), t("queue.country"), t("queue.type"), t("queue.received")]}
        >
          {applications.map((application) => (
            <tr key={application.id}>
              <td>
                <Link to={`/${language}/coordination/applications/${application.id}`}>{application.organisation.name}</Link>
              </td>
              <td>{countryName(application.organisation.countryCode, language)}</td>
              <td>{tMembers(`types.${application.organisation.type}`)}</td>
              <td>{formatDate(application.createdAt, language)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </article>
  );
}
