// The organisers' list of an event's registrations as an Excel workbook, filtered as the
// page was (status, organisation), headed in the organiser's language (participant-export.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { downloadResponse } from "~/mechanisms/downloads/content-disposition";
import { xlsxContentType } from "~/mechanisms/downloads/spreadsheet.server";
import { requirePermission } from "~/modules/auth/permissions.server";
import { participantTable, tableXlsx } from "~/modules/events/participant-export.server";
import { parseRegistrationFilters } from "~/modules/events/participant-list.schemas";
import { db } from "~/utils/database/connection.server";
import { notFound, requireLanguage, requireRecordId } from "~/utils/params.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = requireLanguage(params, request);
  await requirePermission(request, "events:manage");
  const eventId = requireRecordId(params.eventId);
  const table = await participantTable(db(), eventId, parseRegistrationFilters(new URL(request.url).searchParams), language);
  if (!table) notFound();
  return downloadResponse(await tableXlsx(table), { ...table.fileName("xlsx"), contentType: xlsxContentType });
}
