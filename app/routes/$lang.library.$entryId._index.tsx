// The public page of a library entry: its published revision, each field in the reader's
// language where it has one, else the original, with a notice saying which language is
// shown and why, and a link to read the whole original (a plain link, ?text=original, that
// works without JavaScript and can be shared). A members-only entry is a 404 to anyone who
// may not read it, never a 403 that would tell them it exists.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { safeLink } from "~/components/markdown-links";
import { MarkdownText } from "~/components/markdown";
import type { ShownField } from "~/mechanisms/translations/pick-fields";
import { currentUser } from "~/modules/auth/session.server";
import { entryView } from "~/modules/library/reading-view.server";
import { findEntryForReader } from "~/modules/library/reading.server";
import { db } from "~/utils/database/connection.server";
import { publicOrigin } from "~/utils/env.server";
import { formatList } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { notFound, requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["library", "library-files", "library-reading", "members"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  ...translatedMeta(matches, (t) => ({
    title: data?.entry.fields.title?.text ?? t("common:errors.notFound.title"),
    description: data?.entry.fields.summary?.text,
  })),
  ...(data ? [{ tagName: "link", rel: "canonical", href: data.canonical }] : []),
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await currentUser(request);
  const entry = await findEntryForReader(db(), params.entryId ?? "", user);
  if (!entry) notFound();
  const original = new URL(request.url).searchParams.get("text") === "original";
  const path = `/${language}/library/${entry.id}`;
  return {
    language,
    path,
    canonical: publicOrigin() + path,
    entry: entryView(entry, language, { original }),
    themeLabels: await themeNames(db(), language),
  };
}

/** A field's text, marked with its language so screen readers and hyphenation follow it. */
function FieldText({ field, children }: { field: ShownField; children?: ReactNode }) {
  const { t, i18n } = useTranslation("library-reading");
  return (
    <>
      <div lang={field.language}>{children ?? <p className="pre-line">{field.text}</p>}</div>
      {field.isOutOfDate ? (
        <p className="muted" lang={i18n.language}>
          {t("entry.fieldOutOfDate")}
        </p>
      ) : null}
    </>
  );
}

export default function LibraryEntryPage() {
  const { language, path, entry, themeLabels } = useLoaderData<typeof loader>();
  const { t } = useTranslation("library-reading");
  const { t: tMembers } = useTranslation("members");
  const { fields, reading, service } = entry;
  const names = { wanted: reading.readerLanguageName, shown: reading.originalLanguageName };
  const isFilm = entry.kind === "film";
  return (
    <article className="library-entry prose">
      <p className="breadcrumb">{t(`library:kinds.${entry.kind}`)}</p>
      {fields.title ? <h1 lang={fields.title.language}>{fields.title.text}</h1> : null}

      <div className="reading-notices">
        {reading.original ? (
          <p className="notice" role="note">
            {t("notices.readingOriginal", names)}
          </p>
        ) : reading.coverage === "none" ? (
          <p className="notice" role="note">
            {t("notices.notInReaderLanguage", names)}
          </p>
        ) : reading.coverage === "some" ? (
          <p className="notice" role="note">
            {t("notices.partlyInReaderLanguage", names)}
          </p>
        ) : null}
        {reading.anyMachine ? (
          <p className="notice" role="note">
            {t("notices.machine")}
          </p>
        ) : null}
        {reading.anyOutOfDate ? (
          <p className="notice" role="note">
            {t("notices.outOfDate")}
          </p>
        ) : null}
        {reading.canSwitchToOriginal ? (
          <p>
            <Link to={`${path}?text=original`} hrefLang={reading.originalLanguage}>
              {t("switch.toOriginal", { language: reading.originalLanguageName })}
            </Link>
          </p>
        ) : null}
        {reading.canSwitchBack ? (
          <p>
            <Link to={path}>{t("switch.toReaderLanguage", { language: reading.readerLanguageName })}</Link>
          </p>
        ) : null}
      </div>

      <dl className="facts" aria-label={t("entry.facts")}>
        <dt>{t("entry.kind")}</dt>
        <dd>{t(`library:kinds.${entry.kind}`)}</dd>
        <dt>{t("entry.organisation")}</dt>
        <dd>
          <Link to={`/${language}/members/${entry.organisation.slug}`}>{entry.organisation.name}</Link>
          <span className="muted">
            {" "}
            · {tMembers(`types.${entry.organisation.type}`)} · {entry.organisation.countryName}
          </span>
        </dd>
        {entry.country ? (
          <>
            <dt>{t("entry.country")}</dt>
            <dd>{entry.country}</dd>
          </>
        ) : null}
        {entry.themes.length > 0 ? (
          <>
            <dt>{t("entry.themes")}</dt>
            <dd>{formatList(entry.themes.map((theme) => themeLabels[theme] ?? theme), language)}</dd>
          </>
        ) : null}
        {entry.audiences.length > 0 ? (
          <>
            <dt>{t("entry.audiences")}</dt>
            <dd>{formatList(entry.audiences.map((audience) => t(`library:audiences.${audience}`, { defaultValue: audience })), language)}</dd>
          </>
        ) : null}
        {entry.firstPublished ? (
          <>
            <dt>{t("entry.firstPublished")}</dt>
            <dd>{entry.firstPublished}</dd>
          </>
        ) : null}
        {entry.lastRevised ? (
          <>
            <dt>{t("entry.lastRevised")}</dt>
            <dd>{entry.lastRevised}</dd>
          </>
        ) : null}
      </dl>

      {fields.summary ? (
        <section aria-labelledby="entry-summary">
          <h2 id="entry-summary">{t("fields.summary")}</h2>
          <FieldText field={fields.summary} />
        </section>
      ) : null}
      {fields.easy_read ? (
        <section aria-labelledby="entry-easy-read">
          <h2 id="entry-easy-read">{t("fields.easy_read")}</h2>
          <FieldText field={fields.easy_read} />
        </section>
      ) : null}
      {fields.body ? (
        <section aria-labelledby="entry-body">
          <h2 id="entry-body">{t("fields.body")}</h2>
          <FieldText field={fields.body}>
            <MarkdownText headingLevel={3}>{fields.body.text}</MarkdownText>
          </FieldText>
        </section>
      ) : null}

      {service ? (
        <section aria-labelledby="entry-service">
          <h2 id="entry-service">{t("entry.service")}</h2>
          <dl className="facts">
            {fields.target_group ? (
              <>
                <dt>{t("fields.target_group")}</dt>
                <dd>
                  <FieldText field={fields.target_group} />
                </dd>
              </>
            ) : null}
            {service.settings.length > 0 ? (
              <>
                <dt>{t("entry.setting")}</dt>
                <dd>{formatList(service.settings.map((setting) => t(`library:settings.${setting}`)), language)}</dd>
              </>
            ) : null}
            {service.evidence ? (
              <>
                <dt>{t("entry.evidence")}</dt>
                <dd>{t(`library:evidence.${service.evidence}`)}</dd>
              </>
            ) : null}
            {fields.outcomes ? (
              <>
                <dt>{t("fields.outcomes")}</dt>
                <dd>
                  <FieldText field={fields.outcomes} />
                </dd>
              </>
            ) : null}
            {service.languages.length > 0 ? (
              <>
                <dt>{t("entry.serviceLanguages")}</dt>
                <dd>{formatList(service.languages, language)}</dd>
              </>
            ) : null}
            <dt>{t("entry.hostsVisitors")}</dt>
            <dd>{service.hostsVisitors ? t("entry.yes") : t("entry.no")}</dd>
          </dl>
        </section>
      ) : null}

      {entry.links.length > 0 ? (
        <section aria-labelledby="entry-links">
          <h2 id="entry-links">{isFilm ? t("entry.filmLinks") : t("entry.links")}</h2>
          {/* A film is a link to where it is hosted, never an embedded player. */}
          {isFilm ? <p className="muted">{t("entry.filmNote")}</p> : null}
          <ul>
            {entry.links.map((link) => {
              const safe = safeLink(link.url);
              return (
                <li key={link.url}>
                  {safe ? (
                    <a href={safe.href} rel="nofollow noopener noreferrer external">
                      {link.label}
                    </a>
                  ) : (
                    link.label
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {entry.attachments.length > 0 ? (
        <section aria-labelledby="entry-attachments">
          <h2 id="entry-attachments">{t("entry.attachments")}</h2>
          <ul>
            {entry.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a href={`/library/files/${attachment.id}`} download={attachment.fileName}>
                  {attachment.fileName}
                </a>{" "}
                <span className="muted">({t("entry.attachmentDetails", { type: t(`fileTypes.${attachment.kind}`), size: attachment.size })})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <p>
        <Link to={`${path}/revisions`}>{t("entry.history")}</Link>
      </p>
    </article>
  );
}
