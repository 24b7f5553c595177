import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/forms";
import { confirmEmail, findEmailToken } from "~/modules/accounts/accounts.server";
import { safeRedirect } from "~/modules/auth/permissions.server";
import { isWellFormedToken } from "~/modules/auth/tokens.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms"] };

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("account:confirmEmail.title") }));

// The link only shows a button: mail scanners that open links must not use it up.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const token = new URL(request.url).searchParams.get("token");
  const found = isWellFormedToken(token) ? await findEmailToken(db(), token) : null;
  // Where the person was going when they signed up (the application form), for after sign-in.
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"), "");
  return { language, token: found ? token : null, purpose: found?.purpose ?? null, newEmail: found?.email ?? null, redirectTo };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const formData = await readForm(request);
  const token = formData.get("token");
  const redirectTo = safeRedirect(formData.get("redirectTo"), "");
  if (!isWellFormedToken(token)) return refuseWith(pageForm, "invalidLink");
  const result = await confirmEmail(db(), token, requestOrigin(context));
  if (!result.ok) return refuseWith(pageForm, result.error);
  return redirect(
    result.purpose === "confirm_email"
      ? `/${language}/sign-in?${new URLSearchParams({ notice: "confirmed", ...(redirectTo ? { redirectTo } : {}) })}`
      : `/${language}/account/security?notice=emailChanged`,
  );
}

export default function ConfirmEmail() {
  const { language, token, purpose, newEmail, redirectTo } = useLoaderData<typeof loader>();
  const refusal = replyFor(useActionData<typeof action>(), pageForm)?.error;
  const { t } = useTranslation("account");
  if (!token || refusal) {
    return (
      <article className="narrow">
        <h1>{t("confirmEmail.title")}</h1>
        <FormErrors id="confirm-errors" errors={[refusal ?? "invalidLink"]} />
        <p>
          <Link to={`/${language}/sign-in`}>{t("signIn.title")}</Link>
        </p>
      </article>
    );
  }
  return (
    <article className="narrow">
      <h1>{t("confirmEmail.title")}</h1>
      <p>{purpose === "change_email" ? t("confirmEmail.changeIntro", { email: newEmail }) : t("confirmEmail.intro")}</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
        <button type="submit">{t("confirmEmail.submit")}</button>
      </Form>
    </article>
  );
}
