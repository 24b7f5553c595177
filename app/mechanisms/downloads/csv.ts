// CSV as spreadsheets open it correctly in every alphabet (RFC 4180): UTF-8 with a
// byte-order mark (without it Excel reads UTF-8 as the machine's old code page), a header
// row first, CRLF between records, and a field quoted when it holds a comma, a quote or a
// line break, its quotes doubled. A text that a spreadsheet would run as a formula (one
// starting with =, +, -, @, a tab or a carriage return: OWASP's "CSV injection") is
// prefixed with a single quote, so it is shown as the text it is.

export type CsvCell = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One field as written in the file. Numbers are written as they are (a negative number is a number, not a formula). */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: the byte-order mark, then each row (the header first) ending in CRLF. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("")}`;
}

export const csvContentType = "text/csv; charset=utf-8";
