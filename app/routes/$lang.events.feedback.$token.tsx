// The feedback form an attendee was mailed after the event, with no need to sign in: the
// token in the address is the only key (looked up by its hash). The answer is stored in
// the page's language; anonymous if they tick it. Each attendee answers once: a second
// submission, even at the same moment from another window, is refused and says why. An
// unknown token says so plainly (404). The page never sends its address on, nor is cached.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FeedbackPage, feedbackFormId } from "~/components/events/feedback-form";
import { feedbackSchema } from "~/modules/events/feedback.schemas";
import { feedbackInvitation, submitFeedback } from "~/modules/events/feedback.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["attendance", "forms"] };

const tokenPageHeaders = { "Referrer-Policy": "no-referrer", "Cache-Control": "private, no-store" };
export const headers: HeadersFunction = () => tokenPageHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data: page }) => [
  ...translatedMeta(matches, (t) => ({ title: page?.invitation ? `${t("attendance:feedback.title")} · ${page.invitation.event.title}` : t("attendance:feedback.unknownTitle") })),
  { name: "referrer", content: "no-referrer" },
];

const notices = ["thanks"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const invitation = await feedbackInvitation(db(), { token: params.token ?? "" }, language);
  const url = new URL(request.url);
  const notice = notices.find((name) => name === url.searchParams.get("notice")) ?? null;
  return data({ language, invitation, notice }, { status: invitation ? 200 : 404, headers: tokenPageHeaders });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const token = params.token ?? "";
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: feedbackSchema });
  if (submission.status !== "success") return refuseForm(feedbackFormId, submission);
  const result = await submitFeedback(db(), { respondent: { token }, form: submission.value, language });
  if (!result.ok) return refuseWith(feedbackFormId, result.error, result.error === "unknown" ? 404 : 409);
  return redirect(`/${language}/events/feedback/${token}?notice=thanks`, { headers: tokenPageHeaders });
}

export default function Feedback() {
  const { language, invitation, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("attendance");
  if (!invitation) {
    return (
      <article>
        <h1>{t("feedback.unknownTitle")}</h1>
        <p>{t("feedback.unknown")}</p>
      </article>
    );
  }
  return <FeedbackPage language={language} invitation={invitation} notice={notice} actionData={actionData} />;
}
