// A delegate's certificate of attendance, from the link they were mailed (no account), in
// the language their mails are written in. An unknown token, or a registration that did
// not attend an event that is over, is a 404. The token is in the address: never cached.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { delegateAttendanceCertificate } from "~/modules/events/certificates.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireLanguage(params, request);
  const certificate = await delegateAttendanceCertificate(db(), params.token ?? "");
  if (!certificate) notFound();
  const response = pdfResponse(certificate.bytes, certificate.fileName);
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
