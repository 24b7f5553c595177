import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { networkFigures } from "~/modules/directory/directory.server";
import { db } from "~/utils/database/connection.server";
import { formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["home", "library-files"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("site.name"), description: t("home:intro") }));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return { language, figures: await networkFigures(db()) };
}

const activities = ["library", "twinning", "schools", "conferences"] as const;

export default function Home() {
  const { language, figures } = useLoaderData<typeof loader>();
  const { t } = useTranslation("home");
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
        <p className="actions">
          <Link className="button" to={`/${language}/members`}>
            {t("exploreMembers")}
          </Link>
          <Link className="button button--secondary" to={`/${language}/charter`}>
            {t("readCharter")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t("figures.title")}</h2>
        <ul className="figures">
          {(["members", "countries", "founders"] as const).map((figure) => (
            <li key={figure}>
              <strong>{formatNumber(figures[figure], language)}</strong>{" "}
              {t(`figures.${figure}`, { count: figures[figure] })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="activities-title">
        <h2 id="activities-title">{t("activities.title")}</h2>
        <ul className="cards">
          {activities.map((activity) => (
            <li key={activity} className="card">
              <h3>{t(`activities.${activity}.title`)}</h3>
              <p>{t(`activities.${activity}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
