import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { currentUser } from "~/modules/auth/session.server";
import { readerLanguage } from "~/utils/i18n.server";
import { isLanguage } from "~/utils/languages";

/**
 * `/` sends people to their language: a signed-in person's preferred language, else the
 * remembered choice, then the browser's, then English.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const preferred = (await currentUser(request))?.preferredLanguage;
  const language = isLanguage(preferred) ? preferred : await readerLanguage(request);
  return redirect(`/${language}`, { headers: { Vary: "Cookie, Accept-Language" } });
}
