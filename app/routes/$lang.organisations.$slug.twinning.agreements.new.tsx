// Drafting a twinning agreement with another active member: the partner, the texts in one
// or more languages, the terms and our side's contact person. The draft is ours to edit
// and propose; the partner sees it once it is proposed.
import { parseWithZod } from "@conform-to/zod";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ActionError } from "~/components/forms";
import { AgreementForm } from "~/components/twinning/agreement-form";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { themeKeys, themeOptions } from "~/modules/taxonomy/themes.server";
import { agreementTermsSchema } from "~/modules/twinning/agreements.schemas";
import { contactOptions, draftAgreement, partnerOptions } from "~/modules/twinning/agreements.server";
import { db } from "~/utils/database/connection.server";
import { pageForm, replyFor } from "~/utils/form-reply";
import { readForm, refuseForm, refuseWith, requestOrigin } from "~/utils/forms.server";
import { translatedMeta } from "~/utils/meta";
import { requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreements", "forms"] };

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  translatedMeta(matches, (t) => ({ title: `${t("agreements:new.title")} · ${data?.organisation.name ?? ""}` }));

const formId = "new-agreement";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation } = await requireOrganisationPermission(request, params.slug, "agreements:write");
  return {
    language,
    organisation: { name: organisation.name, slug: organisation.slug, active: organisation.status === "active" },
    partnerOptions: await partnerOptions(db(), organisation.id),
    contactOptions: await contactOptions(db(), organisation.id),
    themeOptions: await themeOptions(db(), language),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = requireLanguage(params, request);
  const { organisation, user } = await requireOrganisationPermission(request, params.slug, "agreements:write");
  if (organisation.status !== "active") return refuseWith(pageForm, "notActiveForTwinning", 403);
  const formData = await readForm(request);
  const schema = agreementTermsSchema({
    partnerIds: (await partnerOptions(db(), organisation.id)).map((option) => option.value),
    contactIds: (await contactOptions(db(), organisation.id)).map((option) => option.value),
    themeKeys: await themeKeys(db()),
  });
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return refuseForm(formId, submission);
  const drafted = await draftAgreement(db(), { organisationId: organisation.id, actorId: user.id, terms: submission.value }, requestOrigin(context));
  if (!drafted.ok) return refuseForm(formId, submission, { formError: drafted.error });
  return redirect(`/${language}/organisations/${organisation.slug}/twinning/agreements/${drafted.agreementId}?notice=drafted`);
}

export default function NewAgreement() {
  const { language, organisation, partnerOptions, contactOptions, themeOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("agreements");
  const base = `/${language}/organisations/${organisation.slug}/twinning/agreements`;
  const schema = agreementTermsSchema({
    partnerIds: partnerOptions.map((option) => option.value),
    contactIds: contactOptions.map((option) => option.value),
    themeKeys: themeOptions.map((option) => option.value),
  });
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/${language}/organisations/${organisation.slug}`}>{organisation.name}</Link> › <Link to={base}>{t("list.title")}</Link>
      </p>
      <h1>{t("new.title")}</h1>
      <ActionError error={replyFor(actionData, pageForm)?.error} />
      {!organisation.active ? (
        <p>{t("new.notActive")}</p>
      ) : (
        <>
          <p>{t("new.intro")}</p>
          <AgreementForm
            id={formId}
            schema={schema}
            intent="draft"
            defaults={{ originalLanguage: language, exchangesAToB: "1", exchangesBToA: "1", groupSizeCap: "4" }}
            lastResult={replyFor(actionData, formId)?.result}
            submitLabel={t("new.submit")}
            partnerOptions={partnerOptions}
            contactOptions={contactOptions}
            themeOptions={themeOptions}
            sideNames={{ a: organisation.name, b: t("fields.thePartner") }}
          />
        </>
      )}
    </article>
  );
}
