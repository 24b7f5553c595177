import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, Honeypot, TextField } from "~/components/forms";
import { forgotPasswordSchema } from "~/modules/accounts/accounts.schemas";
import { requestPasswordReset } from "~/modules/accounts/accounts.server";
import { db } from "~/utils/database/connection.server";
import { isBot } from "~/utils/fields.schemas";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms"] };

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("account:forgotPassword.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  return { language, sent: new URL(request.url).searchParams.get("sent") === "1" };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: forgotPasswordSchema });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  if (isBot(formData)) return refuseForm(pageForm, submission, { formError: "formRejected" });
  const result = await requestPasswordReset(db(), submission.value.email, requestOrigin(context));
  if (!result.ok) return refuseForm(pageForm, submission, { formError: result.error });
  // The same answer whether or not the address has an account.
  return redirect(`/${language}/forgot-password?sent=1`);
}

export default function ForgotPassword() {
  const { sent } = useLoaderData<typeof loader>();
  const lastResult = replyFor(useActionData<typeof action>(), pageForm)?.result;
  const { t } = useTranslation("account");
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <article className="narrow">
      <h1>{t("forgotPassword.title")}</h1>
      {sent ? (
        <p role="status">{t("forgotPassword.sent")}</p>
      ) : (
        <>
          <p>{t("forgotPassword.intro")}</p>
          <Form method="post" {...getFormProps(form)}>
            <FormErrors form={form} />
            <TextField field={fields.email} label={t("fields.email")} type="email" autoComplete="email" />
            <Honeypot />
            <button type="submit">{t("forgotPassword.submit")}</button>
          </Form>
        </>
      )}
    </article>
  );
}
