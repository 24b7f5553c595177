// The agreement as a PDF in the reader's language (app/modules/twinning/agreement-pdf.server.ts),
// for its two parties and the coordinators only, as every page about one agreement.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { requireAgreement } from "~/modules/twinning/agreement-guard.server";
import { agreementPdf } from "~/modules/twinning/agreement-pdf.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  const { agreement } = await requireAgreement(request, params.slug, params.agreementId, "agreements:view");
  const pdf = await agreementPdf(db(), agreement.id, language);
  if (!pdf) notFound();
  return pdfResponse(pdf.bytes, pdf.fileName);
}
