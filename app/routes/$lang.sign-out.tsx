import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/modules/auth/session.server";
import { db } from "~/utils/database/connection.server";
import { requestOrigin } from "~/utils/forms.server";
import { requireLanguage } from "~/utils/params.server";

// Signing out is a form post (a link could be triggered by any page); a GET goes home.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  throw redirect(`/${language}`);
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const clearCookie = await signOut(db(), request, requestOrigin(context));
  return redirect(`/${language}/sign-in?notice=signedOut`, { headers: { "Set-Cookie": clearCookie } });
}
