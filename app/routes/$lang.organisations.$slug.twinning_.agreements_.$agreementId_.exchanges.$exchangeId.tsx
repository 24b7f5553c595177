// One staff exchange of an agreement: its details and history, the moves this person may
// make (the host confirms; either side completes or cancels with a reason), the report
// form for their side once it has taken place, both reports once filed, and the
// participants' certificates for the organisation's admins.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionError, FormErrors, Notice, SelectField, TextAreaField } from "~/components/forms";
import { movesFrom } from "~/mechanisms/workflows/transitions";
import { can } from "~/modules/auth/permissions";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { agreementTitle, certifiable, exchangeDates, exchangeOfAgreement } from "~/modules/twinning/exchange-reading.server";
import { cancelExchangeSchema, reportSchema } from "~/modules/twinning/exchange.schemas";
import { actorFor, exchangeTransitions } from "~/modules/twinning/exchange-workflow";
import { cancelExchange, completeExchange, confirmExchange, fileReport, type Refusal } from "~/modules/twinning/exchanges.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { formatDate, languageName } from "~/utils/format";
import { languages } from "~/utils/languages";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "exchanges", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("exchanges:detail.title")} · ${data?.exchange.dates ?? ""}` }));

const cancelFormId = "cancel-exchange";
const reportFormId = "exchange-report";
const notices = ["planned", "confirmed", "completed", "cancelled", "reportFiled", "reported"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope, agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  const exchange = await exchangeOfAgreement(db(), agreement.id, requireRecordId(params.exchangeId));
  if (!exchange) notFound();
  const title = await agreementTitle(db(), agreement.id, language);
  const isHost = exchange.hostOrganisation.id === organisation.id;
  const canWrite = can(user, "agreements:write", scope);
  const moves = canWrite ? movesFrom(exchangeTransitions, exchange.status, actorFor(isHost)) : [];
  const ownReport = exchange.reports.find((report) => report.organisationId === organisation.id);
  const nameOf = (organisationId: string) => (organisationId === exchange.hostOrganisation.id ? exchange.hostOrganisation.name : exchange.sendingOrganisation.name);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    notice,
    organisation: { name: organisation.name, slug: organisation.slug },
    agreement: { id: agreement.id, title: title.title, titleLanguage: title.language },
    exchange: {
      id: exchange.id,
      status: exchange.status,
      dates: exchangeDates(exchange, language),
      host: exchange.hostOrganisation.name,
      sending: exchange.sendingOrganisation.name,
      weHost: isHost,
      objectives: exchange.objectives,
      objectivesLanguage: exchange.language,
      cancelReason: exchange.cancelReason,
      participants: exchange.participants.map(({ user: person }) => ({ id: person.id, name: person.name })),
      history: exchange.history.map((row) => ({ id: row.id, to: row.to, at: formatDate(row.createdAt, language, { dateStyle: "long" }), note: row.note })),
    },
    moves: {
      confirm: moves.includes("confirmed"),
      complete: moves.includes("completed"),
      cancel: moves.includes("cancelled"),
    },
    canReport: canWrite && exchange.status === "completed" && !ownReport,
    // Both sides' reports once the exchange is reported; until then, one's own.
    reports: exchange.reports
      .filter((report) => exchange.status === "reported" || report.organisationId === organisation.id)
      .map((report) => ({ ...report, organisation: nameOf(report.organisationId), submittedAt: formatDate(report.submittedAt, language, { dateStyle: "long" }) })),
    certificates: certifiable(exchange.status) && can(user, "organisation:manage-people", scope),
    languageOptions: languages.map((code) => ({ value: code, label: languageName(code, language), lang: code })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:write");
  const exchangeId = requireRecordId(params.exchangeId);
  const formData = await readForm(request);
  const origin = requestOrigin(context);
  const input = { agreementId: agreement.id, exchangeId, organisationId: organisation.id, actorId: user.id };
  const done = (notice: (typeof notices)[number]) =>
    redirect(`/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}/exchanges/${exchangeId}?notice=${notice}`);
  const refusedMove = (result: Refusal) => (result.error === "exchange_notFound" ? notFound() : refuseWith(pageForm, result.error, 409));

  return handleIntent(formData, {
    confirm: async () => {
      const result = await confirmExchange(db(), input, origin);
      return result.ok ? done("confirmed") : refusedMove(result);
    },
    complete: async () => {
      const result = await completeExchange(db(), input, origin);
      return result.ok ? done("completed") : refusedMove(result);
    },
    cancel: async () => {
      const submission = parseWithZod(formData, { schema: cancelExchangeSchema });
      if (submission.status !== "success") return refuseForm(cancelFormId, submission);
      const result = await cancelExchange(db(), { ...input, reason: submission.value.reason }, origin);
      if (result.ok) return done("cancelled");
      if (result.error === "exchange_notFound") notFound();
      return refuseForm(cancelFormId, submission, { formError: result.error }, 409);
    },
    report: async () => {
      const submission = parseWithZod(formData, { schema: reportSchema });
      if (submission.status !== "success") return refuseForm(reportFormId, submission);
      const result = await fileReport(db(), { ...input, ...submission.value }, origin);
      if (result.ok) return done(result.reported ? "reported" : "reportFiled");
      if (result.error === "exchange_notFound") notFound();
      return refuseForm(reportFormId, submission, { formError: result.error }, 409);
    },
  });
}

export default function ExchangePage() {
  const { language, notice, organisation, agreement, exchange, moves, canReport, reports, certificates, languageOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("exchanges");
  const base = `/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}/exchanges`;
  const path = `${base}/${exchange.id}`;
  const otherLanguage = (code: string) => (code !== language ? code : undefined);
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> ›{" "}
        <Link to={base}>{t("list.title")}</Link>
      </p>
      <h1>{t("detail.title")}</h1>
      {notice ? <Notice>{t(`detail.notices.${notice}`)}</Notice> : null}
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <dl>
        <dt>{t("detail.agreement")}</dt>
        <dd lang={otherLanguage(agreement.titleLanguage)}>{agreement.title}</dd>
        <dt>{t("list.status")}</dt>
        <dd>{t(`status.${exchange.status}`)}</dd>
        <dt>{t("list.dates")}</dt>
        <dd>{exchange.dates}</dd>
        <dt>{t("list.host")}</dt>
        <dd>{exchange.weHost ? t("list.hostUs", { organisation: exchange.host }) : exchange.host}</dd>
        <dt>{t("detail.sending")}</dt>
        <dd>{exchange.sending}</dd>
        {exchange.cancelReason ? (
          <>
            <dt>{t("detail.cancelReason")}</dt>
            <dd className="pre-line">{exchange.cancelReason}</dd>
          </>
        ) : null}
      </dl>

      <h2>{t("list.participants")}</h2>
      <ul>
        {exchange.participants.map((person) => (
          <li key={person.id}>
            {person.name}
            {certificates ? (
              <>
                {" "}
                <a href={`${path}/certificate/${person.id}`} download>
                  {t("detail.certificate", { name: person.name })}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>

      <h2>{t("new.objectives")}</h2>
      <p className="pre-line" lang={otherLanguage(exchange.objectivesLanguage)}>
        {exchange.objectives}
      </p>

      {moves.confirm || moves.complete ? (
        <Form method="post" className="actions">
          {moves.confirm ? (
            <button type="submit" name="intent" value="confirm">
              {t("detail.confirm")}
            </button>
          ) : null}{" "}
          {moves.complete ? (
            <button type="submit" name="intent" value="complete">
              {t("detail.complete")}
            </button>
          ) : null}
        </Form>
      ) : null}
      {moves.cancel ? <CancelForm actionData={actionData} /> : null}

      {canReport ? <ReportForm actionData={actionData} language={language} options={languageOptions} /> : null}

      {reports.length ? (
        <section aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t("detail.reports")}</h2>
          {reports.map((report) => (
            <section key={report.organisationId} aria-labelledby={`report-${report.organisationId}`} lang={otherLanguage(report.language)}>
              <h3 id={`report-${report.organisationId}`}>{t("detail.reportOf", { organisation: report.organisation, date: report.submittedAt })}</h3>
              <h4>{t("report.learned")}</h4>
              <p className="pre-line">{report.learned}</p>
              <h4>{t("report.willChange")}</h4>
              <p className="pre-line">{report.willChange}</p>
              <h4>{t("report.willShare")}</h4>
              <p className="pre-line">{report.willShare}</p>
            </section>
          ))}
        </section>
      ) : null}

      <h2>{t("detail.history")}</h2>
      <ol>
        {exchange.history.map((row) => (
          <li key={row.id}>
            {t("detail.historyRow", { date: row.at, status: t(`status.${row.to}`) })}
          </li>
        ))}
      </ol>
    </article>
  );
}

/** Cancelling, with the reason both sides and the participants are mailed. */
function CancelForm({ actionData }: { actionData: unknown }) {
  const { t } = useTranslation("exchanges");
  const [form, fields] = useForm({
    id: cancelFormId,
    lastResult: replyFor(actionData, cancelFormId)?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cancelExchangeSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <section aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t("detail.cancelHeading")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors form={form} labels={{ reason: t("detail.reason") }} />
        <input type="hidden" name="intent" value="cancel" />
        <TextAreaField field={fields.reason} label={t("detail.reason")} hint={t("detail.reasonHint")} rows={3} />
        <button type="submit" className="button--danger">
          {t("detail.cancel")}
        </button>
      </Form>
    </section>
  );
}

/** The side's report after the visit, from the template. */
function ReportForm({ actionData, language, options }: { actionData: unknown; language: string; options: { value: string; label: string; lang: string }[] }) {
  const { t } = useTranslation("exchanges");
  const [form, fields] = useForm({
    id: reportFormId,
    lastResult: replyFor(actionData, reportFormId)?.result,
    defaultValue: { language },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: reportSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const labels = { learned: t("report.learned"), willChange: t("report.willChange"), willShare: t("report.willShare"), language: t("new.language") };
  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t("report.heading")}</h2>
      <p>{t("report.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors form={form} labels={labels} />
        <input type="hidden" name="intent" value="report" />
        <TextAreaField field={fields.learned} label={labels.learned} rows={5} />
        <TextAreaField field={fields.willChange} label={labels.willChange} rows={5} />
        <TextAreaField field={fields.willShare} label={labels.willShare} rows={5} />
        <SelectField field={fields.language} label={labels.language} options={options} />
        <button type="submit">{t("report.submit")}</button>
      </Form>
    </section>
  );
}
