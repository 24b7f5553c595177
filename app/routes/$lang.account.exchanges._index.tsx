// The staff exchanges a person takes part in: where, when, where each stands, and the
// certificate of participation once an exchange has taken place.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { requirePermission } from "~/modules/auth/permissions.server";
import { certifiable, exchangeDates, ownExchanges } from "~/modules/twinning/exchange-reading.server";
import { db } from "~/utils/database/connection.server";
import { countryName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["exchanges"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("exchanges:mine.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const exchanges = await ownExchanges(db(), user.id);
  return {
    language,
    exchanges: exchanges.map((exchange) => ({
      id: exchange.id,
      status: exchange.status,
      dates: exchangeDates(exchange, language),
      host: exchange.hostOrganisation.name,
      place: [exchange.hostOrganisation.city, countryName(exchange.hostOrganisation.countryCode, language)].filter(Boolean).join(", "),
      sending: exchange.sendingOrganisation.name,
      // The participant's own organisation's page of the exchange (the sending side's).
      page: `/${language}/organisations/${exchange.sendingOrganisation.slug}/twinning/agreements/${exchange.agreementId}/exchanges/${exchange.id}`,
      certificate: certifiable(exchange.status),
    })),
  };
}

export default function MyExchanges() {
  const { language, exchanges } = useLoaderData<typeof loader>();
  const { t } = useTranslation("exchanges");
  return (
    <article>
      <h1>{t("mine.title")}</h1>
      {exchanges.length === 0 ? (
        <p>{t("mine.none")}</p>
      ) : (
        <DataTable caption={t("mine.title")} columns={[t("list.dates"), t("list.host"), t("mine.place"), t("list.status"), t("mine.certificate")]}>
          {exchanges.map((exchange) => (
            <tr key={exchange.id}>
              <td>
                <Link to={exchange.page}>{exchange.dates}</Link>
              </td>
              <td>{exchange.host}</td>
              <td>{exchange.place}</td>
              <td>{t(`status.${exchange.status}`)}</td>
              <td>
                {exchange.certificate ? (
                  <a href={`/${language}/account/exchanges/${exchange.id}/certificate`} download>
                    {t("mine.download")}
                  </a>
                ) : (
                  t("mine.afterVisit")
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
