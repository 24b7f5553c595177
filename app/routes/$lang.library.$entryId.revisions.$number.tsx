// What changed in one published revision of an entry, beside the one before: each field in
// the original language, word by word, in <ins> and <del> that also say "added" and
// "removed" in words, so the comparison reads without colour and with a screen reader.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { WordDiff } from "~/components/word-diff";
import { currentUser } from "~/modules/auth/session.server";
import { compareWithPrevious } from "~/modules/library/reading.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatList, languageName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { notFound, requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["library", "library-files", "library-reading"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: t("library-reading:comparison.title", { number: data?.revision.number ?? "" }) }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const number = /^\d{1,6}$/.test(params.number ?? "") ? Number(params.number) : NaN;
  const comparison = await compareWithPrevious(db(), params.entryId ?? "", number, await currentUser(request));
  if (!comparison) notFound();
  const { entry, revision, previous, language: textLanguage, ...rest } = comparison;
  const when = (date: Date | null) => (date ? formatDate(date, language) : "");
  return {
    ...rest,
    language,
    textLanguage,
    path: `/${language}/library/${entry.id}`,
    textLanguageName: languageName(textLanguage, language),
    revision: { number: revision.number, published: when(revision.decidedAt) },
    previous: previous ? { number: previous.number, published: when(previous.decidedAt) } : null,
    themeLabels: await themeNames(db(), language),
  };
}

export default function LibraryRevisionComparison() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation("library-reading");
  const lists: [string, string[]][] = [
    ["themesAdded", data.themes.added.map((theme) => data.themeLabels[theme] ?? theme)],
    ["themesRemoved", data.themes.removed.map((theme) => data.themeLabels[theme] ?? theme)],
    ["audiencesAdded", data.audiences.added.map((audience) => t(`library:audiences.${audience}`, { defaultValue: audience }))],
    ["audiencesRemoved", data.audiences.removed.map((audience) => t(`library:audiences.${audience}`, { defaultValue: audience }))],
    ["linksAdded", data.links.added],
    ["linksRemoved", data.links.removed],
  ];
  const changedLists = lists.filter(([, items]) => items.length > 0);
  return (
    <article className="prose">
      <p className="breadcrumb">
        <Link to={`${data.path}/revisions`}>{t("revisions.backToHistory")}</Link>
      </p>
      <h1>{t("comparison.title", { number: data.revision.number })}</h1>
      <p>
        {data.previous
          ? t("comparison.intro", { number: data.revision.number, previous: data.previous.number })
          : t("comparison.introFirst")}{" "}
        <span className="muted">({data.textLanguageName})</span>
      </p>
      {data.previous && !data.changed ? <p>{t("comparison.noChanges")}</p> : null}
      {data.fields.map(({ field, parts }) => (
        <section key={field} aria-labelledby={`diff-${field}`}>
          <h2 id={`diff-${field}`}>{t(`fields.${field}`)}</h2>
          {parts.every((part) => part.kind === "same") ? (
            <>
              <p className="muted">{t("comparison.unchanged")}</p>
              <p className="pre-line" lang={data.textLanguage}>
                {parts.map((part) => part.text).join("")}
              </p>
            </>
          ) : (
            <div lang={data.textLanguage}>
              <WordDiff parts={parts} uiLanguage={data.language} />
            </div>
          )}
        </section>
      ))}
      {changedLists.length > 0 ? (
        <section aria-labelledby="diff-lists">
          <h2 id="diff-lists">{t("comparison.listsHeading")}</h2>
          <dl className="facts">
            {changedLists.map(([key, items]) => (
              <Fragment key={key}>
                <dt>{t(`comparison.${key}`)}</dt>
                <dd>{formatList(items, data.language)}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ) : null}
      <p>
        <Link to={data.path}>{t("revisions.backToEntry")}</Link>
      </p>
    </article>
  );
}
