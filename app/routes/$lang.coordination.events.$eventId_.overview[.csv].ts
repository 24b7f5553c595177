// The coordinators' overview of one event as a CSV file: the same figures as the page
// (event-overview.server.ts), one block per table, in the coordinator's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResponse } from "~/mechanisms/downloads/content-disposition";
import { csvContentType } from "~/mechanisms/downloads/csv";
import { requirePermission } from "~/modules/auth/permissions.server";
import { overviewCsv } from "~/modules/events/event-overview.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const file = await overviewCsv(db(), eventId, language);
  if (!file) notFound();
  return downloadResponse(file.text, { fileName: file.fileName, fallback: file.fallback, contentType: csvContentType });
}
