import { FilterSelect } from "~/components/forms";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/components/pagination";
import { countryChartRows, splitCountryChart, type CountryBar } from "~/modules/directory/country-chart";
import { themeKeys, themeNames } from "~/modules/taxonomy/themes.server";
import { parseDirectoryFilters, type DirectoryFilters } from "~/modules/directory/directory.schemas";
import { listDirectory } from "~/modules/directory/directory.server";
import { db } from "~/utils/database/connection.server";
import { i18nServer } from "~/utils/i18n.server";
import { capitalise, compareText, countryName, formatNumber, languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "members"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("members:title"), description: t("members:intro") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { filters, ignored } = parseDirectoryFilters(new URL(request.url).searchParams, await themeKeys(db()));
  const [directory, names] = await Promise.all([listDirectory(db(), filters), themeNames(db(), language)]);
  // Names come from Intl and are sorted here, on the server: the browser's Intl data can
  // differ from Node's, and the page must hydrate with the same text it was rendered with.
  const t = await i18nServer.getFixedT(language, ["members"]);
  const compare = compareText(language);
  // Each option named and counted once, here: "Italy (12)".
  const options = (rows: { value: string; name: string; count: number }[]) =>
    rows
      .sort((a, b) => compare(a.name, b.name))
      .map((row) => ({ value: row.value, label: t("filters.optionWithCount", { name: row.name, total: formatNumber(row.count, language) }) }));
  return {
    language,
    filters,
    ignored,
    ...directory,
    countries: options(directory.countries.map((row) => ({ value: row.code, name: countryName(row.code, language), count: row.count }))),
    types: options(directory.types.map((row) => ({ value: row.type, name: t(`types.${row.type}`), count: row.count }))),
    languages: options(directory.languages.map((row) => ({ value: row.code, name: capitalise(languageName(row.code, language), language), count: row.count }))),
    themes: options(directory.themes.map((row) => ({ value: row.theme, name: names[row.theme] ?? row.theme, count: row.count }))),
    chart: splitCountryChart(countryChartRows(directory.countries, language)),
    organisations: directory.organisations.map((organisation) => ({
      ...organisation,
      memberSince: organisation.memberSince?.toISOString() ?? null,
    })),
  };
}

export default function MemberDirectory() {
  const data = useLoaderData<typeof loader>();
  const { language, filters, organisations } = data;
  const [searchParams] = useSearchParams();
  const { t } = useTranslation(["members"]);
  const { countries, types, languages: spoken, themes } = data;
  const isFiltered = Boolean(filters.q || filters.country || filters.type || filters.language || filters.theme);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>

      {data.ignored.length > 0 ? (
        <p className="notice" role="status">
          {t("filters.ignored")}
        </p>
      ) : null}

      <Form method="get" className="filters" aria-labelledby="filters-title">
        <h2 id="filters-title" className="visually-hidden">
          {t("filters.title")}
        </h2>
        <div className="field">
          <label htmlFor="filter-q">{t("filters.search")}</label>
          {/* keyed by the search, so the box follows client-side navigation */}
          <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ""} key={filters.q ?? ""} maxLength={200} />
        </div>
        <FilterSelect
          id="filter-country"
          name="country"
          label={t("filters.country")}
          allLabel={t("filters.allCountries")}
          selected={filters.country}
          options={countries}
        />
        <FilterSelect
          id="filter-type"
          name="type"
          label={t("filters.type")}
          allLabel={t("filters.allTypes")}
          selected={filters.type}
          options={types}
        />
        <FilterSelect
          id="filter-language"
          name="language"
          label={t("filters.language")}
          allLabel={t("filters.allLanguages")}
          selected={filters.language}
          options={spoken}
        />
        <FilterSelect
          id="filter-theme"
          name="theme"
          label={t("filters.theme")}
          allLabel={t("filters.allThemes")}
          selected={filters.theme}
          options={themes}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("filters.apply")}
          </button>
          {isFiltered ? <Link to={`/${language}/members`}>{t("filters.clear")}</Link> : null}
        </div>
      </Form>

      <h2 className="results-count" aria-live="polite">
        {t("resultCount", { count: data.total, formatted: formatNumber(data.total, language) })}
      </h2>

      {organisations.length === 0 ? (
        <p>{t("noResults")}</p>
      ) : (
        <ul className="directory">
          {organisations.map((organisation) => (
            <li key={organisation.slug} className="card">
              <h3>
                <Link to={`/${language}/members/${organisation.slug}`}>{organisation.name}</Link>
              </h3>
              <p className="card__meta">
                {t(`types.${organisation.type}`)}
                <br />
                {organisation.city}, {countryName(organisation.countryCode, language)}
              </p>
              {organisation.isFounderPartner ? <p className="badge">{t("founderPartner")}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <Pagination page={data.page} pageCount={data.pageCount} searchParams={searchParams} language={language} />

      <MembersByCountry chart={data.chart} filters={filters} language={language} />
    </>
  );
}

/**
 * Members by country for the current filters except country: the countries with most
 * members in a table, so screen readers read it as one, the others one click away in a
 * disclosure (open when the chosen country is among them). Count cells carry a bar.
 */
function MembersByCountry({
  chart,
  filters,
  language,
}: {
  chart: { largest: CountryBar[]; others: CountryBar[] };
  filters: DirectoryFilters;
  language: Language;
}) {
  const { t } = useTranslation("members");
  const { largest, others } = chart;
  if (largest.length === 0) return null;
  const countries = largest.length + others.length;
  const otherFilters = Boolean(filters.q || filters.type || filters.language || filters.theme);
  return (
    <section className="country-chart">
      <h2 id="country-chart-title">{t("chart.title")}</h2>
      <p>
        {t("chart.summary", { count: countries, formatted: formatNumber(countries, language) })}
        {otherFilters ? ` ${t("chart.filtered")}` : null}
      </p>
      <CountryTable labelledBy="country-chart-title" rows={largest} filters={filters} language={language} />
      {others.length > 0 ? (
        <details className="country-chart__others" open={others.some((row) => row.code === filters.country)}>
          <summary id="country-chart-others">
            {t("chart.others", { count: others.length, formatted: formatNumber(others.length, language) })}
          </summary>
          <CountryTable labelledBy="country-chart-others" rows={others} filters={filters} language={language} />
        </details>
      ) : null}
    </section>
  );
}

/**
 * Rows of the chart, each country a link that filters the directory by it, keeping the
 * other filters. Bar lengths are SVG attributes, not style attributes, which the Content
 * Security Policy forbids.
 */
function CountryTable({
  labelledBy,
  rows,
  filters,
  language,
}: {
  labelledBy: string;
  rows: CountryBar[];
  filters: DirectoryFilters;
  language: Language;
}) {
  const { t } = useTranslation("members");
  const linkTo = (code: string) => {
    const params = new URLSearchParams();
    for (const key of ["q", "type", "language", "theme"] as const) if (filters[key]) params.set(key, filters[key]);
    params.set("country", code);
    return `/${language}/members?${params.toString()}`;
  };
  return (
    <table className="country-chart__table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t("chart.country")}</th>
          <th scope="col">{t("chart.members")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const current = row.code === filters.country;
          return (
            <tr key={row.code} className={current ? "country-chart__row--current" : undefined}>
              <th scope="row">
                <Link to={linkTo(row.code)} aria-current={current ? "true" : undefined}>
                  {row.name}
                </Link>
              </th>
              <td>
                <span className="country-chart__value">
                  <span className="country-chart__count">{formatNumber(row.count, language)}</span>
                  <svg className="country-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect width={row.share} height="10" />
                  </svg>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
