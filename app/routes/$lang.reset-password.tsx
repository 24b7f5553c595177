import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, TextField } from "~/components/forms";
import { resetPasswordSchema } from "~/modules/accounts/accounts.schemas";
import { isResetTokenUsable, resetPassword } from "~/modules/accounts/accounts.server";
import { minPasswordLength } from "~/modules/auth/password-rules";
import { isWellFormedToken } from "~/modules/auth/tokens.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms"] };

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("account:resetPassword.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const token = new URL(request.url).searchParams.get("token");
  const usable = isWellFormedToken(token) && (await isResetTokenUsable(db(), token));
  return { language, token: usable ? token : null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const submission = parseWithZod(await readForm(request), { schema: resetPasswordSchema });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  const { token, password } = submission.value;
  if (!isWellFormedToken(token)) return refuseForm(pageForm, submission, { formError: "invalidLink" });
  const result = await resetPassword(db(), token, password, requestOrigin(context));
  if (!result.ok && result.error === "weakPassword") return refuseForm(pageForm, submission, { field: "password", fieldError: result.problem });
  if (!result.ok) return refuseForm(pageForm, submission, { formError: result.error });
  return redirect(`/${language}/sign-in?notice=passwordReset`);
}

export default function ResetPassword() {
  const { language, token } = useLoaderData<typeof loader>();
  const lastResult = replyFor(useActionData<typeof action>(), pageForm)?.result;
  const { t } = useTranslation("account");
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { token: token ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (!token) {
    return (
      <article className="narrow">
        <h1>{t("resetPassword.title")}</h1>
        <FormErrors id="reset-errors" errors={["invalidLink"]} />
        <p>
          <Link to={`/${language}/forgot-password`}>{t("resetPassword.askAgain")}</Link>
        </p>
      </article>
    );
  }
  return (
    <article className="narrow">
      <h1>{t("resetPassword.title")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors form={form} />
        <input {...getInputProps(fields.token, { type: "hidden" })} key={fields.token.key} />
        <TextField
          field={fields.password}
          label={t("fields.newPassword")}
          type="password"
          autoComplete="new-password"
          hint={t("passwordHint", { min: minPasswordLength })}
        />
        <button type="submit">{t("resetPassword.submit")}</button>
      </Form>
    </article>
  );
}
