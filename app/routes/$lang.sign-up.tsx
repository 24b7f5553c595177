import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors, Honeypot, TextField } from "~/components/forms";
import { signUpSchema } from "~/modules/accounts/accounts.schemas";
import { signUp } from "~/modules/accounts/accounts.server";
import { minPasswordLength } from "~/modules/auth/password-rules";
import { safeRedirect } from "~/modules/auth/permissions.server";
import { currentUser } from "~/modules/auth/session.server";
import { db } from "~/utils/database/connection.server";
import { isBot } from "~/utils/fields.schemas";
import { readForm, refuseForm, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("account:signUp.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  // Open to everyone; someone already signed in has nothing to do here.
  const url = new URL(request.url);
  // Where the person was going (the application form), kept through confirmation and sign-in.
  const redirectTo = safeRedirect(url.searchParams.get("redirectTo"), "");
  if (await currentUser(request)) throw redirect(redirectTo || `/${language}/account`);
  const sent = url.searchParams.get("sent") === "1";
  return { language, sent, redirectTo };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: signUpSchema });
  if (submission.status !== "success") return refuseForm(pageForm, submission);
  if (isBot(formData)) return refuseForm(pageForm, submission, { formError: "formRejected" });
  const returnTo = safeRedirect(submission.value.redirectTo, "");
  const result = await signUp(db(), { ...submission.value, language, returnTo: returnTo || undefined }, requestOrigin(context));
  if (!result.ok && result.error === "weakPassword") return refuseForm(pageForm, submission, { field: "password", fieldError: result.problem });
  if (!result.ok) return refuseForm(pageForm, submission, { formError: result.error });
  return redirect(`/${language}/sign-up?${new URLSearchParams({ sent: "1", ...(returnTo ? { redirectTo: returnTo } : {}) })}`);
}

export default function SignUp() {
  const { language, sent, redirectTo } = useLoaderData<typeof loader>();
  const signInPath = `/${language}/sign-in${redirectTo ? `?${new URLSearchParams({ redirectTo })}` : ""}`;
  const lastResult = replyFor(useActionData<typeof action>(), pageForm)?.result;
  const { t } = useTranslation("account");
  const navigation = useNavigation();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { redirectTo },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signUpSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (sent) {
    return (
      <article className="narrow">
        <h1>{t("signUp.sentTitle")}</h1>
        <p role="status">{t("signUp.sentBody")}</p>
        <p>
          <Link to={signInPath}>{t("signIn.title")}</Link>
        </p>
      </article>
    );
  }
  return (
    <article className="narrow">
      <h1>{t("signUp.title")}</h1>
      <p>{t("signUp.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <FormErrors form={form} labels={{ name: t("fields.name"), email: t("fields.email"), password: t("fields.newPassword") }} />
        <TextField field={fields.name} label={t("fields.name")} autoComplete="name" />
        <TextField field={fields.email} label={t("fields.email")} type="email" autoComplete="email" />
        <TextField
          field={fields.password}
          label={t("fields.newPassword")}
          type="password"
          autoComplete="new-password"
          hint={t("passwordHint", { min: minPasswordLength })}
        />
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} key={fields.redirectTo.key} />
        <Honeypot />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("signUp.submit")}
        </button>
      </Form>
      <p>
        {t("signUp.haveAccount")} <Link to={signInPath}>{t("signIn.title")}</Link>
      </p>
    </article>
  );
}
