import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["about"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("about:title"), description: t("about:intro") }));

export async function loader({ params, request }: LoaderFunctionArgs) {
  return { language: requireLanguage(params, request) };
}

const sections = ["history", "howWeWork", "whoWeAre"] as const;

export default function About() {
  const { t } = useTranslation("about");
  return (
    <article className="prose">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`about-${section}`}>
          <h2 id={`about-${section}`}>{t(`${section}.title`)}</h2>
          <p>{t(`${section}.body`)}</p>
        </section>
      ))}
    </article>
  );
}
