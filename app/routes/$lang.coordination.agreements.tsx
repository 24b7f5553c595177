// For the network's coordinators: the agreements whose latest revision waits for the
// network's signature, oldest first, each linked to its page (through the drafting side's
// address), where they read the exact terms and sign.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { requirePermission } from "~/modules/auth/permissions.server";
import { awaitingNetworkSignature } from "~/modules/twinning/agreements.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("agreements:coordination.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "agreements:sign-for-network");
  return { language, agreements: await awaitingNetworkSignature(db(), language) };
}

export default function AgreementsAwaitingNetwork() {
  const { language, agreements } = useLoaderData<typeof loader>();
  const { t } = useTranslation("agreements");
  return (
    <article>
      <h1>{t("coordination.title")}</h1>
      <p>{t("coordination.intro")}</p>
      {agreements.length === 0 ? (
        <p>{t("coordination.none")}</p>
      ) : (
        <DataTable caption={t("coordination.title")} columns={[t("list.columnTitle"), t("page.parties"), t("page.revision"), t("list.columnStatus")]}>
          {agreements.map((agreement) => (
            <tr key={agreement.id}>
              <td>
                <Link to={`/${language}/organisations/${agreement.slug}/twinning/agreements/${agreement.id}`} lang={agreement.title.isFallback ? agreement.title.language : undefined}>
                  {agreement.title.text}
                </Link>
              </td>
              <td>{agreement.parties.join(" · ")}</td>
              <td>{formatNumber(agreement.revision, language)}</td>
              <td>{t(`statuses.${agreement.status}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
