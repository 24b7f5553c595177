import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { currentUser, endSession } from "~/modules/auth/session.server";
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
  const prisma = db();
  const user = await currentUser(request);
  if (user) {
    const { clientAddress } = requestOrigin(context);
    await recordAudit(prisma, { action: "auth.signed_out", actorId: user.id, subjectUserId: user.id, ipAddress: clientAddress });
  }
  return redirect(`/${language}/sign-in?notice=signedOut`, { headers: { "Set-Cookie": await endSession(prisma, request) } });
}
