// The feedback form from a signed-in attendee's own registration: the same form, the same
// rule (once, anonymous if they tick it) as the link mailed after the event. Anyone else's
// registration, one they made for a delegate included, is a 404.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FeedbackPage, feedbackFormId } from "~/components/events/feedback-form";
import { requirePermission } from "~/modules/auth/permissions.server";
import { feedbackSchema } from "~/modules/events/feedback.schemas";
import { feedbackInvitation, submitFeedback } from "~/modules/events/feedback.server";
import { db } from "~/utils/database/connection.server";
import { readForm, refuseForm, refuseWith } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["attendance", "forms", "registration"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("attendance:feedback.title")} · ${data?.invitation.event.title ?? ""}` }));

const notices = ["thanks"] as const;

async function respondent(request: Request, params: LoaderFunctionArgs["params"]) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const registrationId = requireRecordId(params.registrationId);
  return { language, respondent: { registrationId, personId: user.id } };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { language, respondent: who } = await respondent(request, params);
  const invitation = await feedbackInvitation(db(), who, language);
  if (!invitation) notFound();
  const url = new URL(request.url);
  return { language, registrationId: who.registrationId, invitation, notice: notices.find((name) => name === url.searchParams.get("notice")) ?? null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { language, respondent: who } = await respondent(request, params);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema: feedbackSchema });
  if (submission.status !== "success") return refuseForm(feedbackFormId, submission);
  const result = await submitFeedback(db(), { respondent: who, form: submission.value, language });
  if (!result.ok && result.error === "unknown") notFound();
  if (!result.ok) return refuseWith(feedbackFormId, result.error, 409);
  return redirect(`/${language}/account/registrations/${who.registrationId}/feedback?notice=thanks`);
}

export default function OwnFeedback() {
  const { language, registrationId, invitation, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("registration");
  const breadcrumb = (
    <>
      <Link to={`/${language}/account/registrations`}>{t("mine.title")}</Link> ›{" "}
      <Link to={`/${language}/account/registrations/${registrationId}`}>
        <span lang={invitation.event.titleLanguage !== language ? invitation.event.titleLanguage : undefined}>{invitation.event.title}</span>
      </Link>
    </>
  );
  return <FeedbackPage language={language} invitation={invitation} notice={notice} actionData={actionData} breadcrumb={breadcrumb} />;
}
