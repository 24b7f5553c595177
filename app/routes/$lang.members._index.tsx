import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/components/pagination";
import { parseDirectoryFilters } from "~/modules/organisations/directory.schema";
import { listDirectory } from "~/modules/organisations/directory.server";
import { db } from "~/utils/db.server";
import { compareText, countryName, formatNumber } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("members:title"), description: t("members:intro") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { filters, ignored } = parseDirectoryFilters(new URL(request.url).searchParams);
  const directory = await listDirectory(db(), filters);
  return {
    language,
    filters,
    ignored,
    ...directory,
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
  const { t } = useTranslation("members");
  const compare = compareText(language);
  const countries = data.countries
    .map((country) => ({ ...country, name: countryName(country.code, language) }))
    .sort((a, b) => compare(a.name, b.name));
  const types = data.types
    .map((row) => ({ ...row, name: t(`types.${row.type}`) }))
    .sort((a, b) => compare(a.name, b.name));
  const isFiltered = Boolean(filters.country || filters.type);

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
          <label htmlFor="filter-country">{t("filters.country")}</label>
          <select id="filter-country" name="country" defaultValue={filters.country ?? ""} key={`c-${filters.country}`}>
            <option value="">{t("filters.allCountries")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {t("filters.optionWithCount", { name: country.name, total: formatNumber(country.count, language) })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-type">{t("filters.type")}</label>
          <select id="filter-type" name="type" defaultValue={filters.type ?? ""} key={`t-${filters.type}`}>
            <option value="">{t("filters.allTypes")}</option>
            {types.map((row) => (
              <option key={row.type} value={row.type}>
                {t("filters.optionWithCount", { name: row.name, total: formatNumber(row.count, language) })}
              </option>
            ))}
          </select>
        </div>
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
    </>
  );
}
