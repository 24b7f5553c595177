import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { currentUser } from "~/modules/auth/session.server";
import { maySeeMembersOnly } from "~/modules/library/members-only.server";
import { facetNames, maxQueryLength, parseSearchRequest, type FacetName } from "~/modules/search/search.schemas";
import { rankingCap, searchLibrary, type FacetCount } from "~/modules/search/search.server";
import type { Snippet } from "~/modules/search/snippet";
import { db } from "~/utils/database/connection.server";
import { capitalise, compareText, countryName, formatNumber, languageName } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["library", "library-files", "members", "search"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("search:title"), description: t("search:intro") }));

/** Where each facet's option names come from. */
const labelKey: Partial<Record<FacetName, string>> = {
  kind: "library:kinds.",
  audience: "library:audiences.",
  type: "members:types.",
  setting: "library:settings.",
  evidence: "library:evidence.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  // Public: anyone may search. Members-only entries are included only for who may read them.
  const language = requireLanguage(params, request);
  const url = new URL(request.url);
  const { request: search, ignored } = parseSearchRequest(url.searchParams);
  const reader = await currentUser(request);
  const membersOnly = await maySeeMembersOnly(db(), reader);
  const page = await searchLibrary(db(), { ...search, readerLanguage: language, membersOnly });
  // Names come from Intl and the locale files and are sorted here, on the server, so the
  // page hydrates with the text it was rendered with.
  const t = await i18nServer.getFixedT(language, ["search", "library", "members"]);
  const compare = compareText(language);
  const themeLabels = await themeNames(db(), language);
  const nameOf = (facet: FacetName, value: string) => {
    if (facet === "theme") return themeLabels[value] ?? value;
    if (facet === "country") return countryName(value, language);
    if (facet === "language") return capitalise(languageName(value, language), language);
    if (facet === "visitors") return t("search:visitorsYes");
    return t(`${labelKey[facet]}${value}`);
  };
  const facets = facetNames.map((facet) => ({
    facet,
    options: page.facets[facet]
      .map((option: FacetCount) => ({ ...option, name: nameOf(facet, option.value), chosen: search.filters[facet].includes(option.value) }))
      .sort((a, b) => compare(a.name, b.name)),
  }));
  const nextParams = new URLSearchParams(url.searchParams);
  if (page.next) {
    nextParams.set("after", page.next);
    nextParams.set("page", String(search.page + 1));
  }
  const firstParams = new URLSearchParams(url.searchParams);
  firstParams.delete("after");
  firstParams.delete("page");
  return {
    language,
    q: search.q,
    ignored,
    pageNumber: search.page,
    total: page.total,
    totalIsLowerBound: page.totalIsLowerBound,
    facetsCountedAmong: page.facetsCountedAmong,
    order: page.order,
    rankingCapped: page.rankingCapped,
    rankingCap,
    results: page.results.map((result) => ({
      ...result,
      kindName: t(`library:kinds.${result.kind}`),
      languageName: result.language === language ? null : capitalise(languageName(result.language, language), language),
    })),
    facets,
    nextHref: page.next ? `?${nextParams.toString()}` : null,
    firstHref: search.page > 1 ? `?${firstParams.toString()}` : null,
    filtered: Boolean(search.q) || facetNames.some((facet) => search.filters[facet].length > 0),
  };
}

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("search");
  const { language } = data;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>

      {data.ignored.length > 0 ? (
        <p className="notice" role="status">
          {data.ignored.includes("q") ? t("queryCut", { length: formatNumber(maxQueryLength, language) }) : null}
          {data.ignored.includes("q") && data.ignored.length > 1 ? " " : null}
          {data.ignored.some((name) => name !== "q") ? t("ignored") : null}
        </p>
      ) : null}

      {/* One GET form: the words and the facets together, so the address says everything. */}
      <Form method="get" className="search-page">
        <div className="field search-page__query">
          <label htmlFor="search-q">{t("query")}</label>
          <p id="search-q-hint" className="field-hint">
            {t("queryHint")}
          </p>
          <div className="search-page__row">
            {/* keyed by the search, so the box follows client-side navigation */}
            <input
              id="search-q"
              type="search"
              name="q"
              defaultValue={data.q}
              key={data.q}
              maxLength={maxQueryLength}
              aria-describedby="search-q-hint"
            />
            <button type="submit" className="button">
              {t("submit")}
            </button>
          </div>
        </div>

        <div className="search-page__layout">
          <section className="search-page__facets" aria-labelledby="search-facets-title">
            <h2 id="search-facets-title">{t("filters.title")}</h2>
            {data.facetsCountedAmong ? (
              <p className="field-hint">{t("facetsCountedAmong", { total: formatNumber(data.facetsCountedAmong, language) })}</p>
            ) : null}
            {data.facets.map(({ facet, options }) =>
              options.length === 0 ? null : (
                <fieldset key={facet} className="checkbox-list search-facet">
                  <legend>{t(`facets.${facet}`)}</legend>
                  <div className="search-facet__options">
                    {options.map((option) => (
                      <label key={option.value} className="checkbox">
                        {/* keyed by the choice, so the box follows client-side navigation */}
                        <input
                          type="checkbox"
                          name={facet}
                          value={option.value}
                          defaultChecked={option.chosen}
                          key={`${option.value}-${option.chosen}`}
                        />{" "}
                        {t("optionWithCount", { name: option.name, total: formatNumber(option.count, language) })}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ),
            )}
            <div className="filters__actions">
              <button type="submit" className="button">
                {t("filters.apply")}
              </button>
              {data.filtered ? <Link to={`/${language}/search`}>{t("filters.clear")}</Link> : null}
            </div>
          </section>

          <section className="search-page__results" aria-labelledby="search-count">
            <h2 id="search-count" className="results-count" aria-live="polite">
              {data.totalIsLowerBound
                ? t("resultCountMore", { formatted: formatNumber(data.total, language) })
                : t("resultCount", { count: data.total, formatted: formatNumber(data.total, language) })}
            </h2>
            {data.total > 0 ? (
              <p className="search-page__order">
                {data.rankingCapped
                  ? t("capped", { total: formatNumber(data.rankingCap, language) })
                  : data.order === "rank"
                    ? t("bestFirst")
                    : t("newestFirst")}
              </p>
            ) : (
              <p>{t("noResults")}</p>
            )}
            <ol className="search-results">
              {data.results.map((result) => {
                const textLanguage = result.language === language ? undefined : result.language;
                return (
                  <li key={result.entryId} className="search-result">
                    <h3>
                      <Link to={`/${language}/library/${result.entryId}`} lang={textLanguage}>
                        {result.title}
                      </Link>
                    </h3>
                    <p className="search-result__meta">
                      {result.kindName} · {result.organisationName}
                    </p>
                    {result.origin === "machine" || result.languageName ? (
                      <p className="search-result__labels">
                        {result.origin === "machine" ? <span className="badge">{t("machine")}</span> : null}
                        {result.languageName ? (
                          <span className="badge">{t("originalLanguage", { language: result.languageName })}</span>
                        ) : null}
                      </p>
                    ) : null}
                    <SnippetText snippet={result.snippet} lang={textLanguage} />
                  </li>
                );
              })}
            </ol>
            {data.nextHref || data.firstHref ? (
              <nav className="pagination" aria-label={t("pages.label")}>
                {data.firstHref ? <Link to={data.firstHref}>{t("pages.first")}</Link> : null}
                <span aria-current="page">{t("pages.status", { page: formatNumber(data.pageNumber, language) })}</span>
                {data.nextHref ? (
                  <Link to={data.nextHref} rel="next">
                    {t("pages.next")}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        </div>
      </Form>
    </>
  );
}

/** A snippet as text ranges: React escapes each, matches sit in <mark>; no stored text is HTML. */
function SnippetText({ snippet, lang }: { snippet: Snippet; lang: string | undefined }) {
  if (snippet.parts.length === 0) return null;
  return (
    <p className="search-result__snippet" lang={lang}>
      {snippet.cutBefore ? "… " : null}
      {snippet.parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
      {snippet.cutAfter ? " …" : null}
    </p>
  );
}
