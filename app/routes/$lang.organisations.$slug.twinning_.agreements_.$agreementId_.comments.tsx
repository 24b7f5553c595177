// An agreement's comment thread, for its two parties and the coordinators (agreements:view
// within either party); its writers (agreements:write) and the coordinators add to it, and
// the other side's writers are emailed. The thread itself is a component
// (app/components/twinning/agreement-comments.tsx) that the agreement's page can show too.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Notice } from "~/components/forms";
import { AgreementComments, addCommentForm } from "~/components/twinning/agreement-comments";
import { AgreementRecordNav } from "~/components/twinning/agreement-record-nav";
import { can, type Actor, type Scope } from "~/modules/auth/permissions";
import { forbidden } from "~/modules/auth/permissions.server";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { addCommentSchema } from "~/modules/twinning/agreement-comments.schemas";
import { addComment, listComments } from "~/modules/twinning/agreement-comments.server";
import { agreementForPrint } from "~/modules/twinning/agreement-record.server";
import { db } from "~/utils/database/connection.server";
import { replyFor } from "~/utils/form-reply";
import { readForm, refuseForm } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreement-record", "agreements", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("agreement-record:comments.title")} · ${data?.title ?? ""}` }));

const notices = ["commentAdded"] as const;

/** A party's writers, and the coordinators for the network. */
const mayComment = (user: Actor, scope: Scope) => can(user, "agreements:write", scope) || can(user, "agreements:sign-for-network");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope, agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  const prisma = db();
  const shown = await agreementForPrint(prisma, agreement.id, language);
  const notice = notices.find((name) => name === new URL(request.url).searchParams.get("notice")) ?? null;
  return {
    language,
    base: `/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}`,
    title: shown?.revision.text?.title ?? "",
    titleLanguage: shown?.revision.text?.language ?? language,
    comments: await listComments(prisma, agreement.id),
    canComment: mayComment(user, scope),
    notice,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, scope, agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  if (!mayComment(user, scope)) throw forbidden();
  const submission = parseWithZod(await readForm(request), { schema: addCommentSchema });
  if (submission.status !== "success") return refuseForm(addCommentForm, submission);
  // A party's writer writes for the side in the address; a coordinator for the network.
  const organisationId = can(user, "agreements:write", scope) ? organisation.id : null;
  const comment = await addComment(db(), { agreementId: agreement.id, authorId: user.id, organisationId, body: submission.value.body });
  return redirect(`/${language}/organisations/${organisation.slug}/twinning/agreements/${agreement.id}/comments?notice=commentAdded#comment-${comment.id}`);
}

export default function AgreementCommentsPage() {
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("agreement-record");
  return (
    <article className="agreement-record">
      <AgreementRecordNav base={data.base} />
      <h1>
        {t("comments.title")}{" "}
        <span className="subtitle" lang={data.titleLanguage === data.language ? undefined : data.titleLanguage}>
          {data.title}
        </span>
      </h1>
      {data.notice ? <Notice>{t(`comments.notices.${data.notice}`)}</Notice> : null}
      <AgreementComments
        comments={data.comments}
        language={data.language}
        action={`${data.base}/comments`}
        canComment={data.canComment}
        lastResult={replyFor(actionData, addCommentForm)?.result}
      />
    </article>
  );
}
