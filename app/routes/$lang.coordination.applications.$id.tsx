import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmStep } from "~/components/confirm-step";
import { FieldErrors, FormErrors, Notice } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { decisionSchema } from "~/modules/membership/application.schemas";
import { charterToSignOnApproval, decideApplication, findApplication } from "~/modules/membership/membership.server";
import { db } from "~/utils/database/connection.server";
import { countryName, formatDate, formatList, languageName } from "~/utils/format";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "members", "membership"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("membership:review.title")} · ${data?.application.organisation.name ?? ""}` }));

const decisionForm = "decision";
const notices = ["approved", "approvedToSign", "rejected"] as const;

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
  const charterToSign = await charterToSignOnApproval(db(), organisation);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    // Signed since it was approved: the plain message, not one asking for a signature.
    notice: notice === "approvedToSign" && !charterToSign ? "approved" : notice,
    charterToSign: charterToSign ? { number: charterToSign.number } : null,
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
  const { decision, reason = "", confirmed, acknowledgedCharter } = submission.value;
  const approve = decision === "approve";
  // The first post only asks: the page shows what would happen, and a warning if the Charter changed.
  const confirmation = async (charterToSign: { id: string; number: number } | null, error?: "charterChanged") =>
    data({ form: decisionForm, confirm: { decision, reason, charterToSign }, error }, { status: error ? 409 : 200 });
  if (!confirmed) return confirmation(approve ? await charterToSignOnApproval(db(), application.organisation) : null);
  const result = await decideApplication(
    db(),
    { applicationId: application.id, approve, reason, actorId: user.id, acknowledgedCharterId: acknowledgedCharter ?? null },
    requestOrigin(context),
  );
  if (!result.ok && result.error === "charterChanged") return confirmation(result.charterToSign, result.error);
  if (!result.ok) return refuseForm(decisionForm, submission, { formError: result.error }, 409);
  const notice = !approve ? "rejected" : result.charterToSign ? "approvedToSign" : "approved";
  return redirect(`/${language}/coordination/applications/${application.id}?notice=${notice}`);
}

export default function ReviewApplication() {
  const { language, notice, charterToSign, application } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const confirm = actionData && "confirm" in actionData ? actionData : null;
  const { t } = useTranslation("membership");
  const { t: tMembers } = useTranslation("members");
  const [form, fields] = useForm({
    lastResult: confirm ? undefined : replyFor(actionData, decisionForm)?.result,
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
      {notice ? <Notice>{t(`review.notices.${notice}`, { organisation: organisation.name, number: charterToSign?.number })}</Notice> : null}
      <p>
        <span className="badge">{t(`queue.view.${application.status}`)}</span>{" "}
        {t("review.received", { date: formatDate(application.createdAt, language) })}{" "}
        <Link to={`/${language}/organisations/${organisation.slug}`}>{t("review.dashboardLink")}</Link>
      </p>
      <dl className="facts">
        <dt>{t("fields.type")}</dt>
        <dd>{tMembers(`types.${organisation.type}`)}</dd>
        <dt>{tMembers("fields.location")}</dt>
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
      {charterToSign && application.status !== "rejected" ? <p className="notice">{t("review.standingToSign", { number: charterToSign.number })}</p> : null}
      {application.status === "submitted" && confirm ? (
        <ConfirmStep
          heading={t(confirm.confirm.decision === "approve" ? "review.confirmApproveHeading" : "review.confirmRejectHeading")}
          values={{
            decision: confirm.confirm.decision,
            reason: confirm.confirm.reason,
            ...(confirm.confirm.charterToSign ? { acknowledgedCharter: confirm.confirm.charterToSign.id } : {}),
          }}
          confirmLabel={t(confirm.confirm.decision === "approve" ? "review.confirmApproveButton" : "review.confirmRejectButton")}
          cancelLabel={t("review.cancel")}
          cancelTo={`/${language}/coordination/applications/${application.id}`}
          error={confirm.error}
          danger={confirm.confirm.decision === "reject"}
        >
          {confirm.confirm.decision === "approve" ? (
            <>
              <p>{t("review.confirmApprove", { organisation: organisation.name })}</p>
              {confirm.confirm.charterToSign ? (
                <p className="notice">
                  <strong>{t("review.charterWarning", { number: confirm.confirm.charterToSign.number })}</strong>
                </p>
              ) : null}
            </>
          ) : (
            <>
              <p>{t("review.confirmReject", { organisation: organisation.name })}</p>
              <blockquote className="pre-line">{confirm.confirm.reason}</blockquote>
            </>
          )}
        </ConfirmStep>
      ) : application.status === "submitted" ? (
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
