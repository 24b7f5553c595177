// The coordinators' library queue: revisions waiting for a decision, the longest-waiting first.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { DataTable } from "~/components/data-table";
import { Notice } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { listReviewQueue } from "~/modules/library/review.server";
import { db } from "~/utils/database/connection.server";
import { formatDate } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "library"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("library:queue.title") }));

const notices = ["approved", "sentBack"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "library:review");
  const queue = await listReviewQueue(db(), language);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return { language, notice, queue: queue.map((item) => ({ ...item, submittedAt: item.submittedAt?.toISOString() ?? null })) };
}

export default function LibraryQueue() {
  const { language, notice, queue } = useLoaderData<typeof loader>();
  const { t } = useTranslation("library");
  return (
    <article>
      <h1>{t("queue.title")}</h1>
      {notice ? <Notice>{t(`queue.notices.${notice}`)}</Notice> : null}
      <p>{t("queue.intro")}</p>
      {queue.length === 0 ? (
        <p>{t("queue.none")}</p>
      ) : (
        <DataTable
          caption={t("queue.caption")}
          columns={[t("queue.columnTitle"), t("queue.columnOrganisation"), t("queue.columnKind"), t("queue.columnSubmitted")]}
        >
          {queue.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/${language}/coordination/library/${item.id}`}>{item.title || t("list.untitled")}</Link>
                <div className="muted">{item.isChange ? t("queue.change") : t("queue.newEntry")}</div>
              </td>
              <td>{item.organisation.name}</td>
              <td>{t(`kinds.${item.kind}`)}</td>
              <td>{item.submittedAt ? formatDate(item.submittedAt, language) : ""}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </article>
  );
}
