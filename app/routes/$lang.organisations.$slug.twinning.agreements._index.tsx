// An organisation's twinning agreements: the partner, the title in the reader's language,
// where each stands and whose signature it waits for; and the way to draft a new one.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Notice } from "~/components/forms";
import { can } from "~/modules/auth/permissions";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { agreementsOf } from "~/modules/twinning/agreements.server";
import { db } from "~/utils/database/connection.server";
import { formatList } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("agreements:list.title")} · ${data?.organisation.name ?? ""}` }));

const notices = ["withdrawn", "declined"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "agreements:view");
  const agreements = await agreementsOf(db(), organisation.id, language);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    canWrite: can(user, "agreements:write", scope) && organisation.status === "active",
    agreements,
    notice,
  };
}

export default function OrganisationAgreements() {
  const { language, organisation, canWrite, agreements, notice } = useLoaderData<typeof loader>();
  const { t } = useTranslation("agreements");
  const base = `/${language}/organisations/${organisation.slug}/twinning/agreements`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </p>
      <h1>{t("list.title")}</h1>
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      <p>{t("list.intro")}</p>
      {canWrite ? (
        <p>
          <Link to={`${base}/new`} className="button">
            {t("list.new")}
          </Link>
        </p>
      ) : null}
      {agreements.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <DataTable caption={t("list.caption")} columns={[t("list.columnTitle"), t("list.columnPartner"), t("list.columnStatus"), t("list.columnAwaiting")]}>
          {agreements.map((agreement) => (
            <tr key={agreement.id}>
              <td>
                <Link to={`${base}/${agreement.id}`} lang={agreement.title.isFallback ? agreement.title.language : undefined}>
                  {agreement.title.text}
                </Link>
              </td>
              <td>{agreement.partner}</td>
              <td>{t(`statuses.${agreement.status}`)}</td>
              <td>{agreement.awaiting.length === 0 ? t("list.awaitingNobody") : formatList(agreement.awaiting.map((party) => t(`parties.${party === agreement.side ? "us" : party === "network" ? "network" : "partner"}`)), language)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
