// The dashboard's short list of suggested twinning partners, each with its reasons, and a
// link to the organisation's twinning page for the rest.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Reason } from "~/modules/twinning/suggestions";
import { SuggestionReasons, type ReasonWords } from "./suggestion-reasons";

export type TopSuggestionsData = {
  partners: { id: string; name: string; slug: string; score: number; reasons: Reason[] }[];
  words: ReasonWords;
};

export function TopSuggestions({ data, twinningPage }: { data: TopSuggestionsData; twinningPage: string }) {
  const { t } = useTranslation("twinning");
  const { language } = data.words;
  return (
    <section aria-labelledby="top-suggestions-heading">
      <h2 id="top-suggestions-heading">{t("dashboard.heading")}</h2>
      {data.partners.length === 0 ? (
        <p>{t("dashboard.none")}</p>
      ) : (
        <ol className="suggestions">
          {data.partners.map((partner) => (
            <li key={partner.id}>
              <h3>
                <Link to={`/${language}/members/${partner.slug}`}>{partner.name}</Link>
              </h3>
              <SuggestionReasons reasons={partner.reasons} words={data.words} />
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link to={twinningPage}>{t("dashboard.more")}</Link>
      </p>
    </section>
  );
}
