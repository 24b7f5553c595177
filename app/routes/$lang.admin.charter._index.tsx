import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CharterVersionForm } from "~/components/charter-version-form";
import { DataTable } from "~/components/data-table";
import { requirePermission } from "~/modules/auth/permissions.server";
import { versionSchema, textsOf } from "~/modules/charter/versions.schemas";
import { createDraft, listVersions } from "~/modules/charter/versions.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatList, languageName } from "~/utils/format";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["admin", "forms"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("admin:charter.title") }));

const versionForm = "version";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "charter:manage-versions");
  const versions = await listVersions(db());
  return {
    language,
    versions: versions.map((version) => ({
      number: version.number,
      status: version.status,
      effectiveFrom: version.effectiveFrom.toISOString(),
      languages: version.texts.map((text) => text.language),
      signatures: version._count.signatures,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "charter:manage-versions");
  const submission = parseWithZod(await readForm(request), { schema: versionSchema });
  if (submission.status !== "success") return refuseForm(versionForm, submission);
  const result = await createDraft(
    db(),
    { effectiveFrom: new Date(submission.value.effectiveFrom), texts: textsOf(submission.value), actorId: user.id },
    requestOrigin(context),
  );
  return redirect(`/${language}/admin/charter/${result.number}?notice=created`);
}

export default function CharterVersions() {
  const { language, versions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  return (
    <article>
      <h1>{t("charter.title")}</h1>
      <DataTable
        caption={t("charter.title")}
        columns={[t("charter.version"), t("charter.status"), t("charter.effectiveFrom"), t("charter.languages"), t("charter.signatures")]}
      >
          {versions.map((version) => (
            <tr key={version.number}>
              <td>
                <Link to={`/${language}/admin/charter/${version.number}`}>{t("charter.versionNumber", { number: version.number })}</Link>
              </td>
              <td>{t(`charter.statuses.${version.status}`)}</td>
              <td>{formatDate(version.effectiveFrom, language)}</td>
              <td>{formatList(version.languages.map((code) => languageName(code, language)), language)}</td>
              <td>{version.signatures}</td>
            </tr>
          ))}
      </DataTable>
      <section aria-labelledby="new-version-heading">
        <h2 id="new-version-heading">{t("charter.newHeading")}</h2>
        <CharterVersionForm lastResult={replyFor(actionData, versionForm)?.result} submitLabel={t("charter.createDraft")} />
      </section>
    </article>
  );
}
