import { FilterSelect } from "~/components/forms";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { requirePermission } from "~/modules/auth/permissions.server";
import { languagesOfExperts, parseExpertSearch, searchExperts } from "~/modules/experts/experts.server";
import { themeKeys, themeNames, themeOptions } from "~/modules/taxonomy/themes.server";
import { db } from "~/utils/database/connection.server";
import { compareText, countryName, formatList, formatNumber, languageName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["experts", "forms"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("experts:search.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "experts:search");
  const search = parseExpertSearch(new URL(request.url).searchParams, await themeKeys(db()));
  const [results, languages, topicOptions, topicNames] = await Promise.all([
    searchExperts(db(), search),
    languagesOfExperts(db()),
    themeOptions(db(), language),
    themeNames(db(), language),
  ]);
  return { language, search, languages, topicOptions, topicNames, ...results };
}

export default function ExpertSearch() {
  const { language, search, languages, topicOptions, topicNames, experts, total, page, pageCount } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("experts");
  const compare = compareText(language);
  const themeLabel = (topic: string) => topicNames[topic] ?? topic;
  // The chosen language stays offered even when no expert speaks it any more.
  const languageOptions = [...new Set([...languages, ...(search.language ? [search.language] : [])])]
    .map((code) => ({ value: code, name: languageName(code, language) }))
    .sort((a, b) => compare(a.name, b.name));
  const isFiltered = Boolean(search.topic || search.language || search.q);
  // Keyed by the search, so the fields follow client-side navigation.
  const formKey = `${search.topic ?? ""}|${search.language ?? ""}|${search.q ?? ""}`;
  return (
    <article>
      <h1>{t("search.title")}</h1>
      <p className="lead">{t("search.intro")}</p>
      <Form method="get" className="filters" aria-labelledby="expert-filters-title" key={formKey}>
        <h2 id="expert-filters-title" className="visually-hidden">
          {t("search.filtersTitle")}
        </h2>
        <FilterSelect id="expert-topic" name="topic" label={t("search.topic")} allLabel={t("search.allTopics")} selected={search.topic} options={topicOptions} />
        <FilterSelect id="expert-language" name="language" label={t("search.language")} allLabel={t("search.allLanguages")} selected={search.language} options={languageOptions.map((option) => ({ value: option.value, label: option.name }))} />
        <div className="field">
          <label htmlFor="expert-text">{t("search.text")}</label>
          <input id="expert-text" name="q" type="search" defaultValue={search.q ?? ""} maxLength={200} />
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t("search.submit")}
          </button>
          {isFiltered ? <Link to={`/${language}/coordination/experts`}>{t("search.clear")}</Link> : null}
        </div>
      </Form>

      <h2 className="results-count" aria-live="polite">
        {t("search.count", { count: total, formatted: formatNumber(total, language) })}
      </h2>

      {experts.length === 0 ? (
        <p>{t("search.none")}</p>
      ) : (
        <DataTable
          scrollLabel={t("search.title")}
          columns={[
            t("fields.name"),
            t("fields.organisation"),
            t("fields.topics"),
            t("fields.languages"),
            t("fields.availability"),
            t("fields.email"),
          ]}
        >
              {experts.map((expert) => (
                <tr key={expert.id}>
                  <td>{expert.name}</td>
                  <td>
                    <Link to={`/${language}/members/${expert.organisation.slug}`}>{expert.organisation.name}</Link>
                    <div className="muted">{countryName(expert.organisation.countryCode, language)}</div>
                  </td>
                  <td>{formatList(expert.topics.map(themeLabel), language)}</td>
                  <td>{formatList(expert.languages.map((code) => languageName(code, language)), language)}</td>
                  <td>{expert.availability}</td>
                  <td>{expert.email ? <a href={`mailto:${expert.email}`}>{expert.email}</a> : null}</td>
                </tr>
              ))}
        </DataTable>
      )}

      <Pagination page={page} pageCount={pageCount} searchParams={searchParams} language={language} />
    </article>
  );
}
