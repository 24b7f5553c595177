import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrors } from "~/components/forms";
import { requirePermission } from "~/modules/auth/permissions.server";
import { currentUser } from "~/modules/auth/session.server";
import { isWellFormedToken } from "~/modules/auth/tokens.server";
import { acceptInvitation, findPendingInvitation } from "~/modules/people/people.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["account", "forms", "organisations"] };

export const meta: MetaFunction = ({ matches }) =>
  translatedMeta(matches, (t) => ({ title: t("organisations:invitation.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const url = new URL(request.url);
  const token = url.searchParams.get("token");
  const invitation = isWellFormedToken(token) ? await findPendingInvitation(db(), token) : null;
  const user = await currentUser(request);
  return {
    language,
    token: invitation ? token : null,
    here: url.pathname + url.search,
    signedIn: Boolean(user),
    invitation: invitation
      ? { organisation: invitation.organisation.name, role: invitation.role, signatory: invitation.signatory }
      : null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const token = (await readForm(request)).get("token");
  if (!isWellFormedToken(token)) return refuseWith(pageForm, "invalidLink");
  const result = await acceptInvitation(db(), { token, userId: user.id, userEmail: user.email }, requestOrigin(context));
  if (!result.ok) return refuseWith(pageForm, result.error);
  return redirect(`/${language}/organisations/${result.organisation.slug}/people?notice=joined`);
}

export default function Invitation() {
  const { language, token, here, signedIn, invitation } = useLoaderData<typeof loader>();
  const refusal = replyFor(useActionData<typeof action>(), pageForm)?.error;
  const { t } = useTranslation("organisations");
  const { t: tAccount } = useTranslation("account");
  if (!invitation || !token || refusal) {
    return (
      <article className="narrow">
        <h1>{t("invitation.title")}</h1>
        <FormErrors id="invitation-errors" errors={[refusal ?? "invalidLink"]} />
      </article>
    );
  }
  const back = new URLSearchParams({ redirectTo: here }).toString();
  return (
    <article className="narrow">
      <h1>{t("invitation.title")}</h1>
      <p>
        {t("invitation.body", { organisation: invitation.organisation, role: t(`roles.${invitation.role}`) })}
        {invitation.signatory ? ` ${t("invitation.asSignatory")}` : ""}
      </p>
      {signedIn ? (
        <Form method="post">
          <input type="hidden" name="token" value={token} />
          <button type="submit">{t("invitation.accept")}</button>
        </Form>
      ) : (
        <>
          <p>{t("invitation.signInFirst")}</p>
          <p>
            <Link className="button" to={`/${language}/sign-in?${back}`}>
              {tAccount("signIn.title")}
            </Link>{" "}
            <Link to={`/${language}/sign-up`}>{tAccount("signUp.title")}</Link>
          </p>
        </>
      )}
    </article>
  );
}
