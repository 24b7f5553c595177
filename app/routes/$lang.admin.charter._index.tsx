import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AdminNav } from "~/components/admin-nav";
import { CharterVersionForm } from "~/components/charter-version-form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { versionSchema, textsOf } from "~/modules/charter/versions.schemas";
import { createDraft, listVersions } from "~/modules/charter/versions.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, formatList, languageName } from "~/utils/format";
import { errorReply, readForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("admin:charter.title") }));

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
  if (submission.status !== "success") return data(errorReply(submission), { status: 400 });
  const result = await createDraft(
    db(),
    { effectiveFrom: new Date(submission.value.effectiveFrom), texts: textsOf(submission.value), actorId: user.id },
    requestOrigin(context),
  );
  return redirect(`/${language}/admin/charter/${result.number}?notice=created`);
}

export default function CharterVersions() {
  const { language, versions } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  return (
    <article>
      <h1>{t("charter.title")}</h1>
      <AdminNav language={language} />
      <table>
        <caption className="visually-hidden">{t("charter.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("charter.version")}</th>
            <th scope="col">{t("charter.status")}</th>
            <th scope="col">{t("charter.effectiveFrom")}</th>
            <th scope="col">{t("charter.languages")}</th>
            <th scope="col">{t("charter.signatures")}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
      <section aria-labelledby="new-version-heading">
        <h2 id="new-version-heading">{t("charter.newHeading")}</h2>
        <CharterVersionForm lastResult={lastResult} submitLabel={t("charter.createDraft")} />
      </section>
    </article>
  );
}
