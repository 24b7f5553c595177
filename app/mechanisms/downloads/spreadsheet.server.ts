// An .xlsx workbook of one sheet, for those who open lists in Excel (where a CSV needs an
// import step to be read as UTF-8 with commas). Every text is written as a text cell, so
// nothing typed by a registrant ("=1+1") is ever a formula; dates are the wall-clock times
// the caller chose, shown as such.
import writeExcelFile, { type SheetData } from "write-excel-file/node";

export type SheetCell = string | number | Date | null;

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The workbook's bytes: `header` in bold, then `rows`; texts as texts, numbers as numbers, dates as "yyyy-mm-dd hh:mm". */
export async function xlsxBytes({ sheet, header, rows }: { sheet: string; header: readonly string[]; rows: readonly (readonly SheetCell[])[] }): Promise<Uint8Array> {
  const data: SheetData = [
    header.map((value) => ({ value, type: String, fontWeight: "bold" })),
    ...rows.map((row) => row.map((value) => (typeof value === "string" ? { value, type: String } : value))),
  ];
  // A sheet's name: at most 31 characters, none of : \ / ? * [ ].
  const name = sheet.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim() || "Sheet1";
  const buffer = await writeExcelFile(data, { sheet: name, dateFormat: "yyyy-mm-dd hh:mm", stickyRowsCount: 1 }).toBuffer();
  return new Uint8Array(buffer);
}
