import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CharterText } from "~/components/charter-to-sign";
import { ActionError, FieldErrors, FormErrors, TextField } from "~/components/forms";
import { can } from "~/modules/auth/permissions";
import { listSignatureRecords } from "~/modules/charter/signature-records.server";
import { charterForSigning, hasSigned, signCharter, withdrawSignature } from "~/modules/charter/signatures.server";
import { signCharterSchema, withdrawSignatureSchema } from "~/modules/membership/application.schemas";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, languageName } from "~/utils/format";
import { pageForm, replyFor } from "~/utils/form-reply";
import { handleIntent, readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["forms", "membership"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("membership:sign.title")} · ${data?.organisation.name ?? ""}` }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope } = await requireOrganisationPermission(request, params.slug, "organisation:view-dashboard");
  const prisma = db();
  const charter = await charterForSigning(prisma, language);
  const signed = charter ? await hasSigned(prisma, organisation.id, charter.versionId) : false;
  const records = await listSignatureRecords(prisma, organisation.id);
  return {
    language,
    organisation,
    charter,
    signed,
    canSign: can(user, "charter:sign", scope),
    records: records.map((record) => ({ ...record, at: record.at.toISOString() })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireOrganisationPermission(request, params.slug, "charter:sign");
  const formData = await readForm(request);
  const prisma = db();
  const origin = requestOrigin(context);
  const done = (notice: string) => redirect(`/${language}/organisations/${organisation.slug}?notice=${notice}`);
  return handleIntent(formData, {
    withdraw: async () => {
      const submission = parseWithZod(formData, { schema: withdrawSignatureSchema });
      if (submission.status !== "success") return refuseWith("withdraw", "confirmWithdrawal");
      const charter = await charterForSigning(prisma, language);
      if (!charter) return refuseWith("withdraw", "versionNotCurrent", 409);
      const result = await withdrawSignature(
        prisma,
        { organisationId: organisation.id, versionId: charter.versionId, signatory: user, signatoryTitle: submission.value.signatoryTitle },
        origin,
      );
      return result.ok ? done("withdrawn") : refuseWith("withdraw", result.error, 409);
    },
    sign: async () => {
      const submission = parseWithZod(formData, { schema: signCharterSchema });
      if (submission.status !== "success") return refuseForm("sign", submission);
      const value = submission.value;
      const result = await signCharter(
        prisma,
        {
          organisationId: organisation.id,
          versionId: value.charterVersionId,
          language: value.charterLanguage,
          shownSha256: value.charterSha256,
          signatory: user,
          signatoryTitle: value.signatoryTitle,
        },
        origin,
      );
      // Already signed (a double click, or a colleague just now): what was asked for is done.
      if (!result.ok && result.error !== "alreadySigned") return refuseForm("sign", submission, { formError: result.error }, 409);
      return done("signed");
    },
  });
}

export default function OrganisationCharter() {
  const { language, organisation, charter, signed, canSign, records } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("membership");
  const [form, fields] = useForm({
    lastResult: replyFor(actionData, "sign")?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signCharterSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const { key: signKey, ...signProps } = getInputProps(fields.signCharter, { type: "checkbox" });
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link>
      </p>
      <h1>{t("sign.title")}</h1>
      <ActionError error={replyFor(actionData, "withdraw")?.error} />
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      {!charter ? (
        <p>{t("dashboard.noCharter")}</p>
      ) : signed ? (
        <>
          <p>{t("dashboard.charterSigned", { number: charter.number })}</p>
          {canSign ? (
            <Form method="post" aria-labelledby="withdraw-heading">
              <h2 id="withdraw-heading">{t("sign.withdrawHeading")}</h2>
              <input type="hidden" name="intent" value="withdraw" />
              <div className="field">
                <label htmlFor="withdraw-title">{t("fields.signatoryTitle")}</label>
                <input id="withdraw-title" name="signatoryTitle" required maxLength={120} autoComplete="organization-title" />
              </div>
              <div className="field">
                <label className="checkbox">
                  <input type="checkbox" name="confirm" required /> {t("sign.withdrawConfirm", { number: charter.number })}
                </label>
              </div>
              <button type="submit" className="button--danger">
                {t("sign.withdraw")}
              </button>
            </Form>
          ) : null}
        </>
      ) : canSign ? (
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="sign" />
          <FormErrors form={form} />
          <p>{t("sign.intro", { number: charter.number, organisation: organisation.name })}</p>
          <CharterText charter={charter} reader={language} />
          <TextField field={fields.signatoryTitle} label={t("fields.signatoryTitle")} autoComplete="organization-title" />
          <div className="field">
            <label className="checkbox">
              <input key={signKey} {...signProps} /> {t("sign.confirm", { number: charter.number, organisation: organisation.name })}
            </label>
            <FieldErrors id={fields.signCharter.errorId} errors={fields.signCharter.errors} />
          </div>
          <button type="submit">{t("sign.submit")}</button>
        </Form>
      ) : (
        <p>
          {t("dashboard.charterNotSigned", { number: charter.number })} {t("sign.onlySignatories")}
        </p>
      )}
      {records.length > 0 ? (
        <section aria-labelledby="records-heading">
          <h2 id="records-heading">{t("sign.recordsHeading")}</h2>
          <ul>
            {records.map((record) => (
              <li key={record.id}>
                {formatDate(record.at, language, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                {t(`sign.kind.${record.kind}`, { number: record.version })} · {record.signatory || t("sign.erasedPerson")}
                {record.title ? `, ${record.title}` : ""} · {languageName(record.language, language)} ·{" "}
                <Link to={`/${language}/charter/signatures/${record.id}`}>{t("sign.verify")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
