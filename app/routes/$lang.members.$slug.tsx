import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TranslatedText } from "~/components/translated-text";
import { OrganisationTwinnings } from "~/components/twinning/organisation-twinnings";
import { currentUser } from "~/modules/auth/session.server";
import { findPublicOrganisation } from "~/modules/directory/directory.server";
import { maySeeMembersOnly } from "~/modules/library/members-only.server";
import { publishedEntriesOf } from "~/modules/library/feed.server";
import { standingOf } from "~/modules/membership/good-standing.server";
import { activeTwinningsOf } from "~/modules/twinning/public-twinnings.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatDate, formatList, languageName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireSlug } from "~/utils/params.server";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreement-record", "charter", "library", "library-files", "members", "profile"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({
    title: data?.organisation.name ?? t("members:title"),
    description: data?.description?.text,
  }));

export async function loader({ params, request }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const slug = requireSlug(params.slug);
  const prisma = db();
  const organisation = await findPublicOrganisation(prisma, slug);
  if (!organisation) notFound();
  const { descriptions, id, status, ...profile } = organisation;
  const picked = pickTranslation(descriptions, language);
  const { charter, signature } = await standingOf(prisma, { id, status });
  // Members-only entries show to the network's members and staff, never to a visitor.
  const includeMembersOnly = await maySeeMembersOnly(prisma, await currentUser(request));
  const entries = await publishedEntriesOf(prisma, id, language, { includeMembersOnly });
  // Partners and titles only: an agreement's text is never public.
  const twinnings = (await activeTwinningsOf(prisma, id, language)).map(({ id, title, titleLanguage, status, partner }) => ({ id, title, titleLanguage, status, partner }));
  return {
    entries,
    twinnings,
    language,
    charter: charter
      ? { number: charter.number, signature: signature ? { id: signature.id, at: signature.at.toISOString() } : null }
      : null,
    organisation: { ...profile, memberSince: profile.memberSince?.toISOString() ?? null },
    description: picked ? { ...picked.translation, isFallback: picked.isFallback } : null,
  };
}

export default function OrganisationProfile() {
  const { language, organisation, description, charter, entries, twinnings } = useLoaderData<typeof loader>();
  const { t } = useTranslation("members");
  const { t: tLibrary } = useTranslation(["library-files", "library"]);
  return (
    <article className="profile">
      <p className="breadcrumb">
        <Link to={`/${language}/members`}>{t("backToDirectory")}</Link>
      </p>
      {organisation.logoFile ? (
        <img
          className="organisation-logo"
          src={`/logos/${organisation.logoFile}`}
          alt={t("profile:logo.alt", { name: organisation.name })}
        />
      ) : null}
      <h1>{organisation.name}</h1>
      {organisation.isFounderPartner ? <p className="badge">{t("founderPartner")}</p> : null}
      <dl className="facts">
        <dt>{t("fields.type")}</dt>
        <dd>{t(`types.${organisation.type}`)}</dd>
        <dt>{t("fields.location")}</dt>
        <dd>
          {organisation.city}, {countryName(organisation.countryCode, language)}
        </dd>
        {organisation.memberSince ? (
          <>
            <dt>{t("fields.memberSince")}</dt>
            <dd>{formatDate(organisation.memberSince, language)}</dd>
          </>
        ) : null}
        {organisation.languages.length > 0 ? (
          <>
            <dt>{t("fields.languages")}</dt>
            <dd>{formatList(organisation.languages.map((code) => languageName(code, language)), language)}</dd>
          </>
        ) : null}
        {organisation.website && /^https?:\/\//i.test(organisation.website) ? (
          <>
            <dt>{t("fields.website")}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer external">
                {organisation.website.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </>
        ) : null}
        {organisation.publicEmail ? (
          <>
            <dt>{t("fields.contact")}</dt>
            <dd>
              <a href={`mailto:${organisation.publicEmail}`}>{organisation.publicEmail}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="about-organisation">
        <h2 id="about-organisation">{t("aboutOrganisation")}</h2>
        {description ? (
          <TranslatedText
            reader={language}
            shownLanguage={description.language}
            isFallback={description.isFallback}
            origin={description.origin}
          >
            {description.text.split(/\n\s*\n/).map((paragraph, index) => (
              <p key={index} className="pre-line">
                {paragraph}
              </p>
            ))}
          </TranslatedText>
        ) : (
          <p>{t("noDescription")}</p>
        )}
      </section>
      <section aria-labelledby="organisation-library">
        <h2 id="organisation-library">{tLibrary("organisation.heading")}</h2>
        {entries.length === 0 ? (
          <p>{tLibrary("organisation.none")}</p>
        ) : (
          <ul className="entry-list" aria-label={tLibrary("organisation.caption")}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <Link to={`/${language}/library/${entry.id}`} lang={entry.titleLanguage === language ? undefined : entry.titleLanguage}>
                  {entry.title}
                </Link>
                <div className="muted">
                  {tLibrary(`library:kinds.${entry.kind}`)} · <time dateTime={entry.publishedAt}>{formatDate(entry.publishedAt, language)}</time>
                  {entry.titleLanguage === language ? null : <> · {languageName(entry.titleLanguage, language)}</>}
                  {entry.membersOnly ? <> · {tLibrary("organisation.membersOnly")}</> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {charter ? (
        <section aria-labelledby="charter-signature">
          <h2 id="charter-signature">{t("charter:title")}</h2>
          {charter.signature ? (
            <p>
              {t("charterSignature.signed", { number: charter.number, date: formatDate(charter.signature.at, language) })}{" "}
              <Link to={`/${language}/charter/signatures/${charter.signature.id}`}>{t("charterSignature.verify")}</Link>
            </p>
          ) : (
            <p>{t("charterSignature.notSigned", { number: charter.number })}</p>
          )}
        </section>
      ) : null}
      <OrganisationTwinnings twinnings={twinnings} language={language} />
    </article>
  );
}
