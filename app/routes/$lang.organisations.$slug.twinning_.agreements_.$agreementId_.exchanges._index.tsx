// The staff exchanges of one agreement: each with its status, host, dates and how many take
// part; planning a new one while the agreement is active. Both parties' people and the
// network's coordinators read it (agreements:view); admins and editors plan.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { can } from "~/modules/auth/permissions";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { agreementForExchanges, agreementTitle, exchangeDates, exchangesEachWay, exchangesOfAgreement } from "~/modules/twinning/exchange-reading.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "exchanges"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("exchanges:list.title")} · ${data?.agreement.title ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope, agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  const title = await agreementTitle(db(), agreement.id, language);
  const exchanges = await exchangesOfAgreement(db(), agreement.id);
  const terms = await agreementForExchanges(db(), agreement.id);
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    agreement: { id: agreement.id, status: agreement.status, title: title.title, titleLanguage: title.language },
    canPlan: agreement.status === "active" && can(user, "agreements:write", scope),
    eachWay: terms
      ? exchangesEachWay(terms, exchanges).map((way) => ({ ...way, planned: formatNumber(way.planned, language), sofar: formatNumber(way.sofar, language) }))
      : [],
    exchanges: exchanges.map((exchange) => ({
      id: exchange.id,
      status: exchange.status,
      host: exchange.hostOrganisation.name,
      weHost: exchange.hostOrganisation.id === organisation.id,
      dates: exchangeDates(exchange, language),
      participants: formatNumber(exchange._count.participants, language),
    })),
  };
}

export default function AgreementExchanges() {
  const { language, organisation, agreement, canPlan, eachWay, exchanges } = useLoaderData<typeof loader>();
  const { t } = useTranslation("exchanges");
  const agreementPath = `/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}`;
  const base = `${agreementPath}/exchanges`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> ›{" "}
        <Link to={agreementPath} lang={agreement.titleLanguage !== language ? agreement.titleLanguage : undefined}>
          {agreement.title || t("list.agreement")}
        </Link>
      </p>
      <h1>{t("list.title")}</h1>
      {eachWay.length ? (
        <>
          <h2>{t("list.eachWay")}</h2>
          <ul>
            {eachWay.map((way) => (
              <li key={way.sending}>{t("list.way", way)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {canPlan ? (
        <p>
          <Link to={`${base}/new`} className="button">
            {t("list.plan")}
          </Link>
        </p>
      ) : agreement.status !== "active" ? (
        <p>{t("list.notActive")}</p>
      ) : null}
      {exchanges.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <DataTable caption={t("list.title")} columns={[t("list.dates"), t("list.host"), t("list.participants"), t("list.status")]}>
          {exchanges.map((exchange) => (
            <tr key={exchange.id}>
              <td>
                <Link to={`${base}/${exchange.id}`}>{exchange.dates}</Link>
              </td>
              <td>{exchange.weHost ? t("list.hostUs", { organisation: exchange.host }) : exchange.host}</td>
              <td>{exchange.participants}</td>
              <td>{t(`status.${exchange.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
