import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { readerLanguage } from "~/utils/i18n.server";

/** `/` sends visitors to their language: remembered choice, then browser, then English. */
export async function loader({ request }: LoaderFunctionArgs) {
  const language = await readerLanguage(request);
  return redirect(`/${language}`, { headers: { Vary: "Cookie, Accept-Language" } });
}
