// A suggestion's reasons in words, in the reader's language: theme names through the
// taxonomy, languages through Intl, months and seasons named. The same reasons the score
// was summed from (app/modules/twinning/suggestions.ts). `pair` words them for a
// coordinator looking at two organisations; otherwise they speak to the organisation.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { seasonsAndMonths, type Reason } from "~/modules/twinning/suggestions";
import { formatList, languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";

export type ReasonWords = {
  language: Language;
  /** Theme key → name in the reader's language. */
  themeNames: Record<string, string>;
  /** The twelve month names in the reader's language (from the loader, so server and browser agree). */
  monthNames: readonly string[];
};

/** "in spring and in September": whole seasons first, then the other months. */
export function useHostingWhen({ language, monthNames }: Pick<ReasonWords, "language" | "monthNames">) {
  const { t } = useTranslation("twinning");
  return (months: readonly number[]) => {
    const { seasons, months: rest } = seasonsAndMonths(months);
    return formatList([...seasons.map((season) => t(`seasons.${season}`)), ...rest.map((month) => monthNames[month - 1] ?? String(month))], language);
  };
}

export function SuggestionReasons({ reasons, words, pair }: { reasons: readonly Reason[]; words: ReasonWords; pair?: { a: string; b: string } }) {
  const { t } = useTranslation("twinning");
  const when = useHostingWhen(words);
  const themes = (keys: readonly string[]) => formatList(keys.map((key) => words.themeNames[key] ?? key), words.language);
  const prefix = pair ? "pairReasons" : "reasons";
  const names = pair ? { a: pair.a, b: pair.b } : {};
  return (
    <ul className="suggestion-reasons">
      {reasons.map((reason) => {
        switch (reason.kind) {
          case "offersWhatYouSeek":
          case "seeksWhatYouOffer":
            return <li key={reason.kind}>{t(`${prefix}.${reason.kind}`, { themes: themes(reason.themes), ...names })}</li>;
          case "sharedLanguages":
            return (
              <li key={reason.kind}>
                {t(`${prefix}.sharedLanguages`, { languages: formatList(reason.languages.map((code) => languageName(code, words.language)), words.language), ...names })}
              </li>
            );
          case "noSharedLanguage":
            return <li key={reason.kind}>{t(`${prefix}.noSharedLanguage`, names)}</li>;
          case "canHost":
            return <li key={reason.kind}>{t(`${prefix}.canHost`, { count: reason.capacity, when: when(reason.months), ...names })}</li>;
          case "serviceHostsVisitors":
            return (
              <li key={`${reason.kind}-${reason.entryId}`}>
                {t(`${prefix}.serviceHostsVisitors`, names)}{" "}
                <Link to={`/${words.language}/library/${reason.entryId}`} lang={reason.titleLanguage !== words.language ? reason.titleLanguage : undefined}>
                  {reason.title}
                </Link>
              </li>
            );
        }
      })}
    </ul>
  );
}
