// A participant's certificate of an exchange, downloaded by an admin of either organisation
// (from the exchange page), in the participant's own language. Only for a participant of an
// exchange that took place; anything else is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { exchangeCertificate } from "~/modules/twinning/exchange-certificate.server";
import { exchangeOfAgreement } from "~/modules/twinning/exchange-reading.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { agreement } = await requireAgreement(request, params.slug, params.agreementId, "organisation:manage-people");
  const exchange = await exchangeOfAgreement(db(), agreement.id, requireRecordId(params.exchangeId));
  if (!exchange) notFound();
  const certificate = await exchangeCertificate(db(), exchange.id, requireRecordId(params.userId), { participant: language });
  if (!certificate) notFound();
  return pdfResponse(certificate.bytes, certificate.fileName);
}
