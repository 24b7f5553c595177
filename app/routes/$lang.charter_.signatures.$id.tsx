import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SignatureFingerprints, SignatureVerdict } from "~/components/signature-check";
import { can } from "~/modules/auth/permissions";
import { currentUser } from "~/modules/auth/session.server";
import { verifySignature } from "~/modules/charter/signatures.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, languageName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["membership"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("membership:verify.title") }));

// Public: anyone can check that a signature binds to the text it claims.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const id = params.id ?? "";
  if (!/^[a-z0-9]{10,40}$/.test(id)) notFound();
  const signature = await verifySignature(db(), id);
  if (!signature) notFound();
  // Members' signatures are public; an applicant's only to its own people and the network's staff.
  if (signature.organisation.status !== "active") {
    const user = await currentUser(request);
    if (!can(user, "organisation:view-dashboard", { organisationId: signature.organisation.id })) notFound();
  }
  const { organisation, ...rest } = signature;
  return {
    language,
    signature: { ...rest, at: signature.at.toISOString(), organisation: { name: organisation.name, slug: organisation.slug, isMember: organisation.status === "active" } },
  };
}

export default function VerifySignature() {
  const { language, signature } = useLoaderData<typeof loader>();
  const { t } = useTranslation("membership");
  return (
    <article>
      <h1>{t("verify.title")}</h1>
      <dl className="facts">
        <dt>{t("verify.organisation")}</dt>
        <dd>
          {signature.organisation.isMember ? (
            <Link to={`/${language}/members/${signature.organisation.slug}`}>{signature.organisation.name}</Link>
          ) : (
            signature.organisation.name
          )}
        </dd>
        <dt>{t("verify.record")}</dt>
        <dd>{t(`sign.kind.${signature.kind}`, { number: signature.versionNumber })}</dd>
        <dt>{t("verify.when")}</dt>
        <dd>{formatDate(signature.at, language, { dateStyle: "long", timeStyle: "short" })}</dd>
        <dt>{t("verify.language")}</dt>
        <dd>{languageName(signature.language, language)}</dd>
        <SignatureFingerprints check={signature} />
      </dl>
      <SignatureVerdict matches={signature.matches} />
      <p className="muted">{t("verify.how")}</p>
      {signature.text ? (
        <details>
          <summary>{t("verify.showText")}</summary>
          <pre lang={signature.language} className="signed-text">
            {`${signature.text.title}\n\n${signature.text.body}`}
          </pre>
        </details>
      ) : null}
    </article>
  );
}
