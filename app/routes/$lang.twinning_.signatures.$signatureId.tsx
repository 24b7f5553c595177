// Checking a signature of an agreement's revision: the hash recorded at signing against
// the hash of the stored revision's text in the language the signatory read, recomputed
// now, as the Charter's check does (app/components/signature-check.tsx, the signatures
// mechanism's verifySignedText).
//
// Who sees what: anyone with the link may open it, as the Charter's verification is
// public, so a party can show a third person that the signature stands. But an
// agreement's text is private to its two parties and the network (even an active one's:
// the public pages show only its partners and title), so the text, the signatory, their
// title and the fingerprints are shown only to people of the two organisations and to
// coordinators; anyone else learns whether it matches, the parties' names, which party
// signed, when, and the revision number.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SignatureFingerprints, SignatureVerdict } from "~/components/signature-check";
import { can } from "~/modules/auth/permissions";
import { currentUser } from "~/modules/auth/session.server";
import { verifyAgreementSignature } from "~/modules/twinning/agreement-record.server";
import { db } from "~/utils/database/connection.server";
import { formatDate, languageName } from "~/utils/format";
import { translatedMeta } from "~/utils/meta";
import { notFound, requireLanguage } from "~/utils/params.server";
import type { TranslatedRoute } from "~/utils/i18n";

export const handle: TranslatedRoute = { i18n: ["agreement-record", "membership"] };

export const meta: MetaFunction = ({ matches }) => translatedMeta(matches, (t) => ({ title: t("agreement-record:verify.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const id = params.signatureId ?? "";
  if (!/^[A-Za-z0-9_-]{10,60}$/.test(id)) notFound();
  const signature = await verifyAgreementSignature(db(), id);
  if (!signature) notFound();
  const user = await currentUser(request);
  const { organisationA, organisationB } = signature.agreement;
  const insider = [organisationA.id, organisationB.id].some((organisationId) => can(user, "agreements:view", { organisationId }));
  const party = (organisation: typeof organisationA) => ({ name: organisation.name, slug: organisation.status === "active" ? organisation.slug : null });
  return {
    language,
    insider,
    signature: {
      party: signature.party,
      kind: signature.kind,
      at: signature.at.toISOString(),
      revisionNumber: signature.revisionNumber,
      matches: signature.matches,
      organisationA: party(organisationA),
      organisationB: party(organisationB),
      // Only for the parties and the network: see above.
      details: insider
        ? {
            signatoryName: signature.signatoryName,
            signatoryTitle: signature.signatoryTitle,
            language: signature.language,
            storedSha256: signature.storedSha256,
            recomputedSha256: signature.recomputedSha256,
            text: signature.parts ? signature.parts.join("\n\n") : null,
          }
        : null,
    },
  };
}

export default function VerifyAgreementSignature() {
  const { language, signature } = useLoaderData<typeof loader>();
  const { t } = useTranslation("agreement-record");
  const organisationLink = (organisation: { name: string; slug: string | null }) =>
    organisation.slug ? <Link to={`/${language}/members/${organisation.slug}`}>{organisation.name}</Link> : organisation.name;
  const signedBy = signature.party === "a" ? signature.organisationA.name : signature.party === "b" ? signature.organisationB.name : t("party.network");
  const { details } = signature;
  return (
    <article>
      <h1>{t("verify.title")}</h1>
      <dl className="facts">
        <dt>{t("verify.parties")}</dt>
        <dd>
          {organisationLink(signature.organisationA)} · {organisationLink(signature.organisationB)}
        </dd>
        <dt>{t("verify.revision")}</dt>
        <dd>{t("history.revisionNumber", { number: signature.revisionNumber })}</dd>
        <dt>{t("verify.signedBy")}</dt>
        <dd>{signedBy}</dd>
        <dt>{t("signature.record")}</dt>
        <dd>{t(`signature.kind.${signature.kind}`)}</dd>
        <dt>{t("signature.at")}</dt>
        <dd>{formatDate(signature.at, language, { dateStyle: "long", timeStyle: "short" })}</dd>
        {details ? (
          <>
            <dt>{t("signature.signatory")}</dt>
            <dd>
              {details.signatoryName || t("signature.erased")}
              {details.signatoryTitle ? <>, {details.signatoryTitle}</> : null}
            </dd>
            <dt>{t("signature.language")}</dt>
            <dd>{languageName(details.language, language)}</dd>
            <SignatureFingerprints check={{ storedSha256: details.storedSha256, recomputedSha256: details.recomputedSha256, matches: signature.matches }} />
          </>
        ) : null}
      </dl>
      <SignatureVerdict matches={signature.matches} />
      {details ? (
        <>
          <p className="muted">{t("verify.how")}</p>
          {details.text ? (
            <details>
              <summary>{t("verify.showText")}</summary>
              <pre lang={details.language} className="signed-text">
                {details.text}
              </pre>
            </details>
          ) : (
            <p>{t("verify.noText")}</p>
          )}
        </>
      ) : (
        <p className="muted">{t("verify.private")}</p>
      )}
    </article>
  );
}
