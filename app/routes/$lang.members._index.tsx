import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Pagination } from "~/components/pagination";
import { parseDirectoryFilters } from "~/modules/organisations/directory.schema";
import { listDirectory } from "~/modules/organisations/directory.server";
import { db } from "~/utils/db.server";
import { compareText, countryName, formatNumber } from "~/utils/format";
import type { Language } from "~/utils/languages";
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
        <FilterSelect
          name="country"
          label={t("filters.country")}
          allLabel={t("filters.allCountries")}
          selected={filters.country}
          options={countries.map((country) => ({ value: country.code, ...country }))}
          language={language}
        />
        <FilterSelect
          name="type"
          label={t("filters.type")}
          allLabel={t("filters.allTypes")}
          selected={filters.type}
          options={types.map((row) => ({ value: row.type, ...row }))}
          language={language}
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
    </>
  );
}

/** One labelled filter: "All …" first, then each option with how many members it shows. */
function FilterSelect({
  name,
  label,
  allLabel,
  selected,
  options,
  language,
}: {
  name: string;
  label: string;
  allLabel: string;
  selected: string | undefined;
  options: { value: string; name: string; count: number }[];
  language: Language;
}) {
  const { t } = useTranslation("members");
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      {/* keyed by the selection, so the select follows client-side navigation */}
      <select id={`filter-${name}`} name={name} defaultValue={selected ?? ""} key={selected ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {t("filters.optionWithCount", { name: option.name, total: formatNumber(option.count, language) })}
          </option>
        ))}
      </select>
    </div>
  );
}
