import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FieldErrors, FormErrors, TextField } from "~/components/forms";
import { eraseSchema } from "~/modules/accounts/accounts.schemas";
import { eraseAccount } from "~/modules/accounts/personal-data.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { sessionCookie } from "~/modules/auth/session.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseForm } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("account:data.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "account:manage-own");
  return { language };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const submission = parseWithZod(await readForm(request), { schema: eraseSchema });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  const prisma = db();
  const result = await eraseAccount(prisma, { userId: user.id, password: submission.value.password });
  if (!result.ok) {
    if (result.error === "wrongPassword") return refuseForm(pageForm, submission, { field: "password", fieldError: result.error });
    const organisation = "organisation" in result ? result.organisation : null;
    return refuseForm(pageForm, submission, { formError: result.error, values: organisation ? { organisation } : undefined });
  }
  const clearCookie = await (await sessionCookie(prisma)).serialize("", { maxAge: 0 });
  return redirect(`/${language}/sign-in?notice=erased`, { headers: { "Set-Cookie": clearCookie } });
}

export default function PersonalData() {
  const { language } = useLoaderData<typeof loader>();
  const reply = replyFor(useActionData<typeof action>(), pageForm);
  const lastResult = reply?.result;
  const { t } = useTranslation("account");
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: eraseSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  // Refused for an organisation that still needs this person as its admin (see people/last-admin.server.ts).
  const organisation = reply?.values?.organisation ?? null;
  const onlyPerson = Boolean(lastResult?.error?.[""]?.includes("onlyPersonOf"));
  const { key: confirmationKey, ...confirmationProps } = getInputProps(fields.confirmation, { type: "checkbox" });
  return (
    <article>
      <h1>{t("data.title")}</h1>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t("data.exportHeading")}</h2>
        <p>{t("data.exportIntro")}</p>
        <p>
          <a className="button" href={`/${language}/account/export`} download>
            {t("data.exportButton")}
          </a>
        </p>
      </section>
      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">{t("data.eraseHeading")}</h2>
        <p>{t("data.eraseIntro")}</p>
        <h3>{t("data.removedHeading")}</h3>
        <ul>
          {(t("data.removed", { returnObjects: true }) as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h3>{t("data.keptHeading")}</h3>
        <ul>
          {(t("data.kept", { returnObjects: true }) as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <Form method="post" {...getFormProps(form)}>
          {organisation ? (
            <p role="alert" className="form-errors">
              {t(onlyPerson ? "data.onlyPersonOf" : "data.lastAdminOf", { organisation })}
            </p>
          ) : (
            <FormErrors form={form} />
          )}
          <TextField field={fields.password} label={t("fields.password")} type="password" autoComplete="current-password" />
          <div className="field">
            <label className="checkbox">
              <input key={confirmationKey} {...confirmationProps} /> {t("data.confirm")}
            </label>
            <FieldErrors id={fields.confirmation.errorId} errors={fields.confirmation.errors} />
          </div>
          <button type="submit" className="button--danger">
            {t("data.eraseButton")}
          </button>
        </Form>
      </section>
    </article>
  );
}
