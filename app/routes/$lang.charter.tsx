import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import Markdown from "react-markdown";
import { TranslatedText } from "~/components/translated-text";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { listMembersInGoodStanding } from "~/modules/membership/good-standing.server";
import { db } from "~/utils/database/connection.server";
import { formatDate } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["charter"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: data?.text?.title ?? t("charter:title"), description: t("charter:description") }));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const prisma = db();
  const charter = await findCurrentCharter(prisma);
  const picked = charter ? pickTranslation(charter.texts, language) : null;
  const signatories = charter ? await listMembersInGoodStanding(prisma, charter.id) : [];
  return {
    language,
    signatories: signatories.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
    version: charter ? { number: charter.number, effectiveFrom: charter.effectiveFrom.toISOString() } : null,
    text: picked ? { ...picked.translation, isFallback: picked.isFallback } : null,
  };
}

export default function Charter() {
  const { language, version, text, signatories } = useLoaderData<typeof loader>();
  const { t } = useTranslation("charter");
  if (!version || !text) {
    return (
      <article className="prose">
        <h1>{t("title")}</h1>
        <p>{t("noneYet")}</p>
      </article>
    );
  }
  return (
    <article className="prose">
      <h1 lang={text.language}>{text.title}</h1>
      <p className="meta">
        {t("version", { number: version.number, date: formatDate(version.effectiveFrom, language) })}
      </p>
      <TranslatedText reader={language} shownLanguage={text.language} isFallback={text.isFallback} origin={text.origin}>
        {/* react-markdown renders no raw HTML: the text cannot inject markup or script. */}
        <Markdown>{text.body}</Markdown>
      </TranslatedText>
      <section aria-labelledby="signatories-heading">
        <h2 id="signatories-heading">{t("signatories.heading", { number: version.number })}</h2>
        <p>{t("signatories.count", { count: signatories.length })}</p>
        {signatories.length > 0 ? (
          <ul className="signatories">
            {signatories.map((entry) => (
              <li key={entry.signatureId}>
                <Link to={`/${language}/members/${entry.organisation.slug}`}>{entry.organisation.name}</Link>{" "}
                <span className="muted">
                  {t("signatories.signedOn", { date: formatDate(entry.at, language) })} ·{" "}
                  <Link to={`/${language}/charter/signatures/${entry.signatureId}`}>{t("signatories.verify")}</Link>
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          <Link to={`/${language}/apply`}>{t("signatories.join")}</Link>
        </p>
      </section>
    </article>
  );
}
