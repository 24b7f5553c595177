// An organisation's library entries: where each stands and what to do next, and the way
// to write a new one (editors and admins of an active member).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Notice } from "~/components/forms";
import { libraryAccess } from "~/modules/library/library-access";
import { listOrganisationEntries } from "~/modules/library/entries.server";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "library"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("library:list.title")} · ${data?.organisation.name ?? ""}` }));

const notices = ["created"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-dashboard");
  const access = libraryAccess(user, organisation, scope);
  const entries = await listOrganisationEntries(db(), organisation.id, language);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return { language, organisation: { name: organisation.name, slug: organisation.slug }, access, entries, notice };
}

type Entry = Awaited<ReturnType<typeof loader>>["entries"][number];

function statusKey(entry: Entry) {
  if (entry.archived) return "archived";
  if (entry.published) return entry.openStatus === "in_review" ? "publishedChangeInReview" : entry.openStatus ? "publishedWithChange" : "published";
  if (entry.sentBack) return "sentBack";
  return entry.openStatus ?? "draft";
}

export default function OrganisationLibrary() {
  const { language, organisation, access, entries, notice } = useLoaderData<typeof loader>();
  const { t } = useTranslation("library");
  const base = `/${language}/organisations/${organisation.slug}/library`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </p>
      <h1>{t("list.title")}</h1>
      {notice ? <Notice>{t(`list.notices.${notice}`)}</Notice> : null}
      <p>{t("list.intro")}</p>
      {access.canWrite ? (
        <p>
          <Link to={`${base}/new`} className="button">
            {t("list.new")}
          </Link>
        </p>
      ) : access.isWriter ? (
        <p>{t("list.notActive")}</p>
      ) : null}
      {entries.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <DataTable caption={t("list.caption")} columns={[t("list.columnTitle"), t("list.columnKind"), t("list.columnStatus"), t("list.columnNext")]}>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <Link to={`${base}/${entry.id}`}>{entry.title || t("list.untitled")}</Link>
              </td>
              <td>{t(`kinds.${entry.kind}`)}</td>
              <td>{t(`statuses.${statusKey(entry)}`)}</td>
              <td>{t(`list.next.${entry.next}`)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
