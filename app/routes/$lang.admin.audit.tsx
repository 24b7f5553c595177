import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { listAuditEvents, parseAuditFilters } from "~/mechanisms/audit/search-audit-log.server";
import { auditActions } from "~/mechanisms/audit/audit-actions";
import { requirePermission } from "~/modules/auth/permissions.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["admin"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("admin:audit.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "audit:read");
  const filters = parseAuditFilters(new URL(request.url).searchParams);
  return { language, filters, ...(await listAuditEvents(db(), filters)) };
}

export default function AuditLog() {
  const { language, filters, events, total, pageCount } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("admin");
  const who = (label: string | null | undefined) =>
    label === undefined ? "" : label === null ? t("audit.erasedPerson") : label;
  return (
    <article>
      <h1>{t("audit.title")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="audit-action">{t("audit.action")}</label>
          <select id="audit-action" name="kind" defaultValue={filters.action ?? ""}>
            <option value="">{t("audit.allActions")}</option>
            {auditActions.map((action) => (
              <option key={action} value={action}>
                {t(`actions.${action}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-person">{t("audit.person")}</label>
          <input id="audit-person" name="person" type="search" defaultValue={filters.person ?? ""} maxLength={254} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t("audit.from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t("audit.to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <button type="submit">{t("audit.filter")}</button>
      </Form>
      <p role="status">{t("audit.count", { count: total, formatted: formatNumber(total, language) })}</p>
      <DataTable
        scrollLabel={t("audit.title")}
        columns={[
          t("audit.when"),
          t("audit.action"),
          t("audit.actor"),
          t("audit.subject"),
          t("audit.organisation"),
          t("audit.address"),
          t("audit.details"),
        ]}
      >
            {events.map((event) => (
              <tr key={event.id}>
                <td>{formatDate(event.at, language, { dateStyle: "short", timeStyle: "medium" })}</td>
                <td>{t(`actions.${event.action}`, { defaultValue: event.action })}</td>
                <td>{who(event.actor)}</td>
                <td>{who(event.subject)}</td>
                <td>{event.organisation}</td>
                <td>{event.ipAddress}</td>
                <td>
                  <code>{event.details === "{}" ? "" : event.details}</code>
                </td>
              </tr>
            ))}
      </DataTable>
      <Pagination page={filters.page} pageCount={pageCount} searchParams={searchParams} language={language} />
    </article>
  );
}
