// The event's badges to print, as a PDF (app/modules/events/badges-pdf.server.ts), for the
// organisers only: every confirmed or attended registrant, or those of one organisation
// (`?organisation=<id>`, offered on the check-in page).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { pdfResponse } from "~/mechanisms/pdf/pdf-document.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { badgesPdf } from "~/modules/events/badges-pdf.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";


export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const organisation = new URL(request.url).searchParams.get("organisation") ?? "";
  // An organisation that is not an id names nobody: no badges, rather than all of them.
  if (organisation !== "") requireRecordId(organisation);
  const pdf = await badgesPdf(db(), eventId, language, { organisationId: organisation || undefined });
  if (!pdf) notFound();
  return pdfResponse(pdf.bytes, pdf.fileName);
}
