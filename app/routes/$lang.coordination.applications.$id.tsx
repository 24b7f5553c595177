import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, FormErrors } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { decisionSchema } from "~/modules/membership/application.schemas";
import { decideApplication, findApplication } from "~/modules/membership/membership.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatDate, formatList, languageName } from "~/utils/format";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("membership:review.title")} · ${data?.application.organisation.name ?? ""}` }));

const decisionForm = "decision";

async function loadApplication(id: string | undefined) {
  if (!id || !/^[a-z0-9]{10,40}$/.test(id)) notFound();
  const application = await findApplication(db(), id);
  if (!application) notFound();
  return application;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "membership:review");
  const application = await loadApplication(params.id);
  const { organisation } = application;
  return {
    language,
    application: {
      id: application.id,
      status: application.status,
      motivation: application.motivation,
      decisionReason: application.decisionReason,
      createdAt: application.createdAt.toISOString(),
      organisation: {
        name: organisation.name,
        slug: organisation.slug,
        type: organisation.type,
        countryCode: organisation.countryCode,
        city: organisation.city,
        website: organisation.website,
        publicEmail: organisation.publicEmail,
        languages: organisation.languages,
        status: organisation.status,
        descriptions: organisation.descriptions.map((description) => ({ language: description.language, text: description.text })),
        signatures: organisation.charterSignatures.map((signature) => ({
          id: signature.id,
          kind: signature.kind,
          version: signature.version.number,
          at: signature.at.toISOString(),
          title: signature.signatoryTitle,
          name: signature.signatoryName,
        })),
      },
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "membership:review");
  const application = await loadApplication(params.id);
  const submission = parseWithZod(await readForm(request), { schema: decisionSchema });
  if (submission.status !== "success") return refuseForm(decisionForm, submission);
  const approve = submission.value.decision === "approve";
  const result = await decideApplication(
    db(),
    { applicationId: application.id, approve, reason: submission.value.reason ?? "", actorId: user.id },
    requestOrigin(context),
  );
  if (!result.ok) return refuseForm(decisionForm, submission, { formError: result.error }, 409);
  return redirect(`/${language}/coordination/applications?status=${approve ? "approved" : "rejected"}`);
}

export default function ReviewApplication() {
  const { language, application } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("membership");
  const { t: tMembers } = useTranslation("members");
  const [form, fields] = useForm({
    lastResult: replyFor(actionData, decisionForm)?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: decisionSchema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
  const { organisation } = application;
  const { key: reasonKey, ...reasonProps } = getTextareaProps(fields.reason);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/coordination/applications`}>{t("queue.title")}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <p>
        <span className="badge">{t(`queue.view.${application.status}`)}</span>{" "}
        {t("review.received", { date: formatDate(application.createdAt, language) })}{" "}
        <Link to={`/${language}/organisations/${organisation.slug}`}>{t("review.dashboardLink")}</Link>
      </p>
      <dl className="facts">
        <dt>{t("fields.type")}</dt>
        <dd>{tMembers(`types.${organisation.type}`)}</dd>
        <dt>{t("fields.country")}</dt>
        <dd>
          {organisation.city}, {countryName(organisation.countryCode, language)}
        </dd>
        <dt>{t("fields.languages")}</dt>
        <dd>{formatList(organisation.languages.map((code) => languageName(code, language)), language)}</dd>
        {organisation.website ? (
          <>
            <dt>{t("fields.website")}</dt>
            <dd>
              <a href={organisation.website} rel="noopener noreferrer nofollow">
                {organisation.website}
              </a>
            </dd>
          </>
        ) : null}
        {organisation.publicEmail ? (
          <>
            <dt>{t("fields.publicEmail")}</dt>
            <dd>{organisation.publicEmail}</dd>
          </>
        ) : null}
      </dl>
      <h2>{t("fields.description")}</h2>
      {organisation.descriptions.map((description) => (
        <p key={description.language} lang={description.language} className="pre-line">
          {description.text}
        </p>
      ))}
      <h2>{t("fields.motivation")}</h2>
      <p className="pre-line">{application.motivation}</p>
      <h2>{t("review.charterHeading")}</h2>
      <ul>
        {organisation.signatures.map((signature) => (
          <li key={signature.id}>
            {t(`sign.kind.${signature.kind}`, { number: signature.version })} · {signature.name}
            {signature.title ? `, ${signature.title}` : ""} · {formatDate(signature.at, language)} ·{" "}
            <Link to={`/${language}/charter/signatures/${signature.id}`}>{t("sign.verify")}</Link>
          </li>
        ))}
      </ul>
      {application.status === "submitted" ? (
        <section aria-labelledby="decision-heading">
          <h2 id="decision-heading">{t("review.decisionHeading")}</h2>
          <Form method="post" {...getFormProps(form)}>
            <FormErrors form={form} />
            <div className="field">
              <label htmlFor={fields.reason.id}>{t("review.reason")}</label>
              <p className="field-hint" id={`${fields.reason.id}-hint`}>
                {t("review.reasonHint")}
              </p>
              <textarea key={reasonKey} {...reasonProps} rows={4} aria-describedby={[`${fields.reason.id}-hint`, reasonProps["aria-describedby"]].filter(Boolean).join(" ")} />
              <FieldErrors id={fields.reason.errorId} errors={fields.reason.errors} />
            </div>
            <p className="actions">
              <button type="submit" name="decision" value="approve">
                {t("review.approve")}
              </button>
              <button type="submit" name="decision" value="reject" className="button--danger">
                {t("review.reject")}
              </button>
            </p>
          </Form>
        </section>
      ) : application.decisionReason ? (
        <p>{t("review.decidedReason", { reason: application.decisionReason })}</p>
      ) : null}
    </article>
  );
}
