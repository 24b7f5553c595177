import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import Markdown from "react-markdown";
import { CharterVersionForm, type VersionDefaults } from "~/components/charter-version-form";
import { ActionError, Notice } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { textsOf, versionSchema } from "~/modules/charter/versions.schemas";
import { findVersion, publishVersion, updateDraft } from "~/modules/charter/versions.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, languageName } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["admin", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: t("admin:charter.versionNumber", { number: data?.version.number ?? "" }) }));

function versionNumber(value: string | undefined) {
  const number = Number(value);
  if (!value || !/^\d{1,6}$/.test(value) || !Number.isSafeInteger(number)) notFound();
  return number;
}

const notices = ["created", "saved", "published"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "charter:manage-versions");
  const version = await findVersion(db(), versionNumber(params.number));
  if (!version) notFound();
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    notice,
    version: {
      number: version.number,
      status: version.status,
      effectiveFrom: version.effectiveFrom.toISOString().slice(0, 10),
      publishedAt: version.publishedAt?.toISOString() ?? null,
      texts: version.texts.map((text) => ({ language: text.language, title: text.title, body: text.body })),
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "charter:manage-versions");
  const number = versionNumber(params.number);
  const formData = await readForm(request);
  const origin = requestOrigin(context);
  const back = (notice: (typeof notices)[number]) => redirect(`/${language}/admin/charter/${number}?notice=${notice}`);
  return handleIntent(formData, {
    publish: async () => {
      if (formData.get("confirm") !== "on") return refuseWith("publish", "confirmPublish");
      const result = await publishVersion(db(), { number, actorId: user.id }, origin);
      return result.ok ? back("published") : refuseWith("publish", result.error, 409);
    },
    save: async () => {
      const submission = parseWithZod(formData, { schema: versionSchema });
      if (submission.status !== "success") return refuseForm("save", submission);
      const result = await updateDraft(
        db(),
        { number, effectiveFrom: new Date(submission.value.effectiveFrom), texts: textsOf(submission.value), actorId: user.id },
        origin,
      );
      return result.ok ? back("saved") : refuseForm("save", submission, { formError: result.error }, 409);
    },
  });
}

export default function CharterVersion() {
  const { language, notice, version } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const defaultValue: VersionDefaults = Object.fromEntries([
    ["effectiveFrom", version.effectiveFrom],
    ...version.texts.flatMap((text) => [
      [`title_${text.language}`, text.title],
      [`body_${text.language}`, text.body],
    ]),
  ]);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/admin/charter`}>{t("charter.title")}</Link>
      </p>
      <h1>{t("charter.versionNumber", { number: version.number })}</h1>
      {notice ? <Notice>{t(`charter.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, "publish")?.error} />
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>
        <span className="badge">{t(`charter.statuses.${version.status}`)}</span>{" "}
        {t("charter.effectiveOn", { date: formatDate(version.effectiveFrom, language) })}
      </p>
      {version.status === "draft" ? (
        <>
          <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t("charter.publishHeading")}</h2>
            <p>{t("charter.publishIntro")}</p>
            <Form method="post">
              <input type="hidden" name="intent" value="publish" />
              <div className="field">
                <label className="checkbox">
                  <input type="checkbox" name="confirm" required /> {t("charter.publishConfirm")}
                </label>
              </div>
              <button type="submit">{t("charter.publish")}</button>
            </Form>
          </section>
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading">{t("charter.editHeading")}</h2>
            <CharterVersionForm lastResult={replyFor(actionData, "save")?.result} defaultValue={defaultValue} submitLabel={t("charter.saveDraft")} />
          </section>
        </>
      ) : (
        version.texts.map((text) => (
          <section key={text.language} lang={text.language} aria-label={languageName(text.language, language)} className="prose">
            <h2>{text.title}</h2>
            <Markdown>{text.body}</Markdown>
          </section>
        ))
      )}
    </article>
  );
}
