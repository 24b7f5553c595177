// The signed-in registrant's own certificate of attendance, in their language, once they
// attended an event that is over. Anyone else's registration (one they made for a
// delegate included: the delegate downloads it from their own link) is a 404.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { ownAttendanceCertificate } from "~/modules/events/certificates.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireLanguage(params, request);
  const user = await requirePermission(request, "account:manage-own");
  const registrationId = requireRecordId(params.registrationId);
  const certificate = await ownAttendanceCertificate(db(), { registrationId, personId: user.id });
  if (!certificate) notFound();
  return pdfResponse(certificate.bytes, certificate.fileName);
}
