import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmStep } from "~/components/confirm-step";
import { FormErrors, Notice, SelectField, TextAreaField } from "~/components/forms";
import { can } from "~/modules/auth/permissions";
import { statusChangeSchema } from "~/modules/membership/application.schemas";
import { findMembershipDashboard } from "~/modules/membership/dashboard.server";
import { changeMembershipStatus } from "~/modules/membership/membership.server";
import { manualStatusChanges } from "~/modules/membership/transitions";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { topSuggestions } from "~/modules/twinning/suggestions.server";
import { TopSuggestions } from "~/components/twinning/top-suggestions";
import { db } from "~/utils/database/connection.server";
import { formatDate } from "~/utils/format";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "membership", "twinning"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("membership:dashboard.title")} · ${data?.organisation.name ?? ""}` }));

const notices = ["applied", "signed", "withdrawn", "statusChanged"] as const;
const statusForm = "change-status";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-dashboard");
  const { commitments, charter, application, history } = await findMembershipDashboard(db(), organisation);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    notice,
    organisation: { ...organisation, memberSince: organisation.memberSince?.toISOString() ?? null },
    commitments,
    charter,
    application,
    can: {
      sign: can(user, "charter:sign", scope),
      managePeople: can(user, "organisation:manage-people", scope),
      review: can(user, "membership:review"),
    },
    statusChanges: manualStatusChanges(organisation.status),
    history: history.map((event) => ({ ...event, at: event.at.toISOString() })),
    // Twinning's top three, for those who keep the twinning profile.
    twinning: can(user, "twinning:edit-profile", scope) ? await topSuggestions(db(), organisation, language) : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireOrganisationPermission(request, params.slug, "membership:review");
  const submission = parseWithZod(await readForm(request), { schema: statusChangeSchema });
  if (submission.status !== "success") return refuseForm(statusForm, submission);
  const { status, reason, confirmed, from } = submission.value;
  if (!manualStatusChanges(organisation.status).includes(status)) {
    return refuseForm(statusForm, submission, { formError: "statusChangeNotAllowed" }, 409);
  }
  // The first post only asks: the page shows the change, to be confirmed.
  if (!confirmed) return data({ form: statusForm, confirm: { from: organisation.status, status, reason } });
  const result = await changeMembershipStatus(
    db(),
    { organisationId: organisation.id, from: from ?? organisation.status, to: status, reason, actorId: user.id },
    requestOrigin(context),
  );
  if (!result.ok) return refuseForm(statusForm, submission, { formError: result.error }, 409);
  return redirect(`/${language}/organisations/${organisation.slug}?notice=statusChanged`);
}

export default function OrganisationDashboard() {
  const { language, notice, organisation, commitments, charter, application, can, statusChanges, history, twinning } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("membership");
  const base = `/${language}/organisations/${organisation.slug}`;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/account`}>{t("dashboard.myAccount")}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <p>
        <span className="badge">{t(`status.${organisation.status}`)}</span>
        {organisation.memberSince ? ` ${t("dashboard.memberSince", { date: formatDate(organisation.memberSince, language) })}` : null}
      </p>
      {notice ? (
        <Notice>{t(`dashboard.notices.${notice}`, { organisation: organisation.name, status: t(`status.${organisation.status}`) })}</Notice>
      ) : null}
      {application && organisation.status === "applicant" ? (
        <p className="notice">
          {application.status === "rejected"
            ? t("dashboard.applicationRejected", { reason: application.reason ?? "" })
            : t("dashboard.applicationWaiting")}
        </p>
      ) : null}

      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">{t("dashboard.commitmentsHeading")}</h2>
        <p>{t("dashboard.commitmentsIntro")}</p>
        <ul className="checklist">
          {commitments.map((commitment) => (
            <li key={commitment.key} className={`checklist__item checklist__item--${commitment.state}`}>
              <span className="checklist__mark" aria-hidden="true">
                {commitment.state === "done" ? "✓" : commitment.state === "todo" ? "○" : "–"}
              </span>
              <span>
                <strong>{t(`commitments.${commitment.key}`)}</strong>
                <span className="checklist__state">{t(`commitmentState.${commitment.state}`)}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="charter-heading">
        <h2 id="charter-heading">{t("dashboard.charterHeading")}</h2>
        {charter ? (
          <p>
            {charter.signed
              ? t("dashboard.charterSigned", { number: charter.number })
              : t("dashboard.charterNotSigned", { number: charter.number })}{" "}
            {!charter.signed && can.sign ? <Link to={`${base}/charter`}>{t("dashboard.signNow")}</Link> : null}
          </p>
        ) : (
          <p>{t("dashboard.noCharter")}</p>
        )}
      </section>

      {twinning ? <TopSuggestions data={twinning} twinningPage={`${base}/twinning`} /> : null}

      {can.review ? <StatusChange organisation={organisation} statusChanges={statusChanges} /> : null}

      {history.length > 0 ? (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t("dashboard.historyHeading")}</h2>
          <ul>
            {history.map((event) => (
              <li key={event.id}>
                {formatDate(event.at, language)}: {event.fromStatus ? `${t(`status.${event.fromStatus}`)} → ` : ""}
                {t(`status.${event.toStatus}`)}
                {event.reason ? ` (${event.reason})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function StatusChange({ organisation, statusChanges }: { organisation: { name: string; slug: string }; statusChanges: string[] }) {
  const { language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const { t } = useTranslation("membership");
  const [form, fields] = useForm({
    lastResult: confirm ? undefined : replyFor(actionData, statusForm)?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: statusChangeSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (statusChanges.length === 0) return null;
  if (confirm) {
    return (
      <ConfirmStep
        heading={t("dashboard.confirmStatusHeading")}
        values={{ intent: statusForm, status: confirm.status, reason: confirm.reason, from: confirm.from }}
        confirmLabel={t("dashboard.confirmStatusButton")}
        cancelLabel={t("dashboard.cancel")}
        cancelTo={`/${language}/organisations/${organisation.slug}`}
        danger={confirm.status !== "active"}
      >
        <p>
          {t("dashboard.confirmStatus", {
            organisation: organisation.name,
            from: t(`status.${confirm.from}`),
            to: t(`status.${confirm.status}`),
          })}
        </p>
        <p>{t("dashboard.confirmStatusReason")}</p>
        <blockquote className="pre-line">{confirm.reason}</blockquote>
      </ConfirmStep>
    );
  }
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t("dashboard.statusHeading")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="intent" value={statusForm} />
        <FormErrors form={form} />
        <SelectField
          field={fields.status}
          label={t("dashboard.newStatus")}
          options={statusChanges.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        <TextAreaField field={fields.reason} label={t("dashboard.reason")} rows={3} />
        <button type="submit">{t("dashboard.changeStatus")}</button>
      </Form>
    </section>
  );
}
