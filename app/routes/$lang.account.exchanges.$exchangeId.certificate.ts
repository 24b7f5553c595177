// The signed-in person's own certificate of an exchange they took part in, in the page's
// language. Someone else's, or one of an exchange that has not taken place, is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { exchangeCertificate } from "~/modules/twinning/exchange-certificate.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const exchangeId = requireRecordId(params.exchangeId);
  const certificate = await exchangeCertificate(db(), exchangeId, user.id, language);
  if (!certificate) notFound();
  return pdfResponse(certificate.bytes, certificate.fileName);
}
