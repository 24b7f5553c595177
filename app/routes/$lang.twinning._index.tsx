// The network's twinnings, public: every agreed and active agreement as a table of its
// two partners (linked to their public pages), their countries, its title and its dates.
// Never any text of an agreement beyond its title.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { networkTwinnings } from "~/modules/twinning/public-twinnings.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatDate } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreement-record"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("agreement-record:public.title"), description: t("agreement-record:public.intro") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return { language, twinnings: await networkTwinnings(db(), language) };
}

export default function NetworkTwinnings() {
  const { language, twinnings } = useLoaderData<typeof loader>();
  const { t } = useTranslation("agreement-record");
  const partner = (organisation: { name: string; slug: string | null }) =>
    organisation.slug ? <Link to={`/${language}/members/${organisation.slug}`}>{organisation.name}</Link> : organisation.name;
  return (
    <article>
      <h1>{t("public.title")}</h1>
      <p>{t("public.intro")}</p>
      {twinnings.length === 0 ? (
        <p>{t("public.none")}</p>
      ) : (
        <DataTable
          caption={t("public.caption")}
          scrollLabel={t("public.caption")}
          columns={[t("public.partners"), t("public.countries"), t("fields.title"), t("public.period")]}
        >
          {twinnings.map((twinning) => (
            <tr key={twinning.id}>
              <td>
                {partner(twinning.organisationA)} · {partner(twinning.organisationB)}
              </td>
              <td>
                {countryName(twinning.organisationA.countryCode, language)} · {countryName(twinning.organisationB.countryCode, language)}
              </td>
              <td lang={twinning.titleLanguage === language ? undefined : twinning.titleLanguage}>{twinning.title}</td>
              <td>
                {twinning.startsOn && twinning.endsOn
                  ? t("public.fromTo", { from: formatDate(twinning.startsOn, language), to: formatDate(twinning.endsOn, language) })
                  : null}
                {twinning.status === "agreed" ? <div className="muted">{t("public.notStarted")}</div> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
