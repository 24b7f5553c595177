// An entry's history: every revision readers have seen, who wrote it (the organisation)
// and who approved it (the network's coordinators, never a person's name or address), each
// with a link to what changed from the one before. Hidden exactly as the entry is.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { pickFields } from "~/mechanisms/translations/pick-fields";
import { currentUser } from "~/modules/auth/session.server";
import { listPublishedRevisions } from "~/modules/library/reading.server";
import { db } from "~/utils/database/connection.server";
import { formatDate } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import { publicPageHeaders } from "~/mechanisms/page-cache/public-page";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["library-files", "library-reading"] };

/** The same for every visitor: kept in the page cache. */
export const headers = publicPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("library-reading:revisions.title")} · ${data?.title.text ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const found = await listPublishedRevisions(db(), params.entryId ?? "", await currentUser(request));
  if (!found) notFound();
  const { entry, revisions } = found;
  const title = pickFields(entry.revision.texts, language).fields.title;
  return {
    language,
    path: `/${language}/library/${entry.id}`,
    title: { text: title?.text ?? "", language: title?.language ?? entry.originalLanguage },
    organisation: entry.organisation,
    revisions: revisions.map((revision) => ({
      number: revision.number,
      isCurrent: revision.status === "published",
      published: revision.decidedAt ? formatDate(revision.decidedAt, language) : "",
    })),
  };
}

export default function LibraryEntryRevisions() {
  const { path, title, organisation, revisions, language } = useLoaderData<typeof loader>();
  const { t } = useTranslation("library-reading");
  const oldest = revisions.at(-1)?.number;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={path} lang={title.language}>
          {title.text}
        </Link>
      </p>
      <h1>{t("revisions.title")}</h1>
      <p>{t("revisions.intro")}</p>
      <DataTable
        caption={t("revisions.title")}
        columns={[t("revisions.number"), t("revisions.published"), t("revisions.writtenBy"), t("revisions.approvedBy"), t("revisions.compare")]}
      >
        {revisions.map((revision) => (
          <tr key={revision.number}>
            <td>
              {revision.number}
              {revision.isCurrent ? <div className="muted">{t("revisions.current")}</div> : null}
            </td>
            <td>{revision.published}</td>
            <td>
              <Link to={`/${language}/members/${organisation.slug}`}>{organisation.name}</Link>
            </td>
            <td>{t("revisions.network")}</td>
            <td>
              <Link to={`${path}/revisions/${revision.number}`}>
                {revision.number === oldest ? t("revisions.first") : t("revisions.compareWith", { number: revision.number })}
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
      <p>
        <Link to={path}>{t("revisions.backToEntry")}</Link>
      </p>
    </article>
  );
}
