// Changing an agreement's terms: for its drafting side, the draft itself, in place; once
// proposed, a new revision by either side, prefilled with the latest one. The revision the
// form was filled from travels with it, so a revision the other side wrote meanwhile is
// never overwritten unseen. Signatures of the revision it replaces no longer count.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ActionError } from "~/components/forms";
import { AgreementForm } from "~/components/twinning/agreement-form";
import { themeKeys, themeOptions } from "~/modules/taxonomy/themes.server";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { agreementTermsSchema } from "~/modules/twinning/agreements.schemas";
import { contactOptions, editDraft, reviseAgreement, termsForRevising } from "~/modules/twinning/agreements.server";
import { db } from "~/utils/database/connection.server";
import { recordId } from "~/utils/fields.schemas";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t(data?.isDraft ? "agreements:revise.draftTitle" : "agreements:revise.title")} · ${data?.organisation.name ?? ""}` }));

const formId = "revise-agreement";
const revisable = ["draft", "proposed", "revised", "agreed", "active"];

async function revisingContext(request: Request, params: { slug?: string; agreementId?: string }) {
  const guarded = await requireAgreement(request, params.slug, params.agreementId, "agreements:write");
  const terms = await termsForRevising(db(), guarded.agreement.id, guarded.side);
  if (!terms || !revisable.includes(terms.status) || (terms.status === "draft" && guarded.side !== "a")) notFound();
  return { ...guarded, terms };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, terms } = await revisingContext(request, params);
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug },
    agreementId: params.agreementId!,
    isDraft: terms.status === "draft",
    number: terms.number,
    sideNames: terms.sideNames,
    revisionId: terms.revisionId,
    defaults: terms.defaults,
    contactOptions: await contactOptions(db(), organisation.id),
    themeOptions: await themeOptions(db(), language),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user, terms } = await revisingContext(request, params);
  const formData = await readForm(request);
  const schema = agreementTermsSchema({ contactIds: (await contactOptions(db(), organisation.id)).map((option) => option.value), themeKeys: await themeKeys(db()) });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return refuseForm(formId, submission);
  const basedOn = z.object({ basedOnRevisionId: recordId }).safeParse(Object.fromEntries(formData));
  if (!basedOn.success) return refuseWith(pageForm, "invalid");
  const input = { agreementId: params.agreementId!, organisationId: organisation.id, actorId: user.id, terms: submission.value };
  const result =
    terms.status === "draft"
      ? await editDraft(db(), input, requestOrigin(context))
      : await reviseAgreement(db(), { ...input, basedOnRevisionId: basedOn.data.basedOnRevisionId }, requestOrigin(context));
  if (!result.ok) return refuseForm(formId, submission, { formError: result.error });
  return redirect(`/${language}/organisations/${organisation.slug}/twinning/agreements/${params.agreementId}?notice=${terms.status === "draft" ? "saved" : "revised"}`);
}

export default function ReviseAgreement() {
  const { language, organisation, agreementId, isDraft, number, sideNames, revisionId, defaults, contactOptions, themeOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("agreements");
  const page = `/${language}/organisations/${organisation.slug}/twinning/agreements/${agreementId}`;
  const schema = agreementTermsSchema({ contactIds: contactOptions.map((option) => option.value), themeKeys: themeOptions.map((option) => option.value) });
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> › <Link to={page}>{t("page.back")}</Link>
      </p>
      <h1>{isDraft ? t("revise.draftTitle") : t("revise.title")}</h1>
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      <p>{isDraft ? t("revise.draftIntro") : t("revise.intro", { number, next: number + 1 })}</p>
      <AgreementForm
        id={formId}
        schema={schema}
        intent="revise"
        defaults={defaults}
        hidden={{ basedOnRevisionId: revisionId }}
        lastResult={replyFor(actionData, formId)?.result}
        submitLabel={isDraft ? t("revise.saveDraft") : t("revise.submit")}
        contactOptions={contactOptions}
        themeOptions={themeOptions}
        sideNames={sideNames}
      />
    </article>
  );
}
