import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, Notice, TextField } from "~/components/forms";
import { signInSchema } from "~/modules/accounts/accounts.schemas";
import { signIn } from "~/modules/accounts/accounts.server";
import { safeRedirect } from "~/modules/auth/permissions.server";
import { currentUser, startSession } from "~/modules/auth/session.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("account:signIn.title") }));

const notices = ["confirmed", "passwordReset", "signedOut", "erased"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"), "");
  if (await currentUser(request)) throw redirect(redirectTo || `/${language}/account`);
  const notice = notices.find((name) => name === url.searchParams.get("notice")) ?? null;
  return { language, redirectTo, notice };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const submission = parseWithZod(await readForm(request), { schema: signInSchema });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  const prisma = db();
  const origin = requestOrigin(context);
  const returnTo = safeRedirect(submission.value.redirectTo, "");
  const result = await signIn(prisma, { ...submission.value, language, returnTo: returnTo || undefined }, origin);
  if (!result.ok) return refuseForm(pageForm, submission, { formError: result.error });
  const setCookie = await startSession(prisma, result.userId, { request, ...origin });
  return redirect(returnTo || `/${language}/account`, {
    headers: { "Set-Cookie": setCookie },
  });
}

export default function SignIn() {
  const { language, redirectTo, notice } = useLoaderData<typeof loader>();
  const lastResult = replyFor(useActionData<typeof action>(), pageForm)?.result;
  const { t } = useTranslation("account");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { redirectTo },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <article className="narrow">
      <h1>{t("signIn.title")}</h1>
      {notice ? <Notice>{t(`notices.${notice}`)}</Notice> : null}
      <Form method="post" {...getFormProps(form)}>
        <FormErrors form={form} labels={{ email: t("fields.email"), password: t("fields.password") }} />
        <TextField field={fields.email} label={t("fields.email")} type="email" autoComplete="username" />
        <TextField field={fields.password} label={t("fields.password")} type="password" autoComplete="current-password" />
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} key={fields.redirectTo.key} />
        <button type="submit">{t("signIn.submit")}</button>
      </Form>
      <p>
        <Link to={`/${language}/forgot-password`}>{t("signIn.forgot")}</Link>
      </p>
      <p>
        {t("signIn.noAccount")} <Link to={`/${language}/sign-up${redirectTo ? `?${new URLSearchParams({ redirectTo })}` : ""}`}>{t("signUp.title")}</Link>
      </p>
    </article>
  );
}
