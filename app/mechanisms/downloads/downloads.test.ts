// Downloads as the programs that open them read them: the CSV through a real CSV parser,
// the workbook through a real .xlsx reader, the header as RFC 6266 says.
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { expect, test } from "vitest";
import { attachmentDisposition, fileNameSlug } from "./content-disposition";
import { csvText } from "./csv";
import { xlsxBytes } from "./spreadsheet.server";

const awkward = ["Zoë Ødegård, née Løvås", 'She said "yes"', "Two lines\nof text", "=1+1", "+33 1 23", "-5", "@SUM(A1)", "\tTabbed", "Ἀθῆναι", "Добрый день", ""];

test("a CSV file opens in every alphabet: a byte-order mark, a header row, CRLF, and each field read back as written", () => {
  const text = csvText([["Name", "Answer"], ...awkward.map((value, index) => [`Person ${index}`, value]), ["Total", 12], ["Nothing", null]]);
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(text.endsWith("\r\n")).toBe(true);
  const rows: string[][] = parse(text, { bom: true, record_delimiter: "\r\n", relax_column_count: false });
  expect(rows[0]).toEqual(["Name", "Answer"]);
  expect(rows.slice(1, awkward.length + 1).map((row) => row[1])).toEqual([
    "Zoë Ødegård, née Løvås",
    'She said "yes"',
    "Two lines\nof text",
    "'=1+1",
    "'+33 1 23",
    "'-5",
    "'@SUM(A1)",
    "'\tTabbed",
    "Ἀθῆναι",
    "Добрый день",
    "",
  ]);
  // A number is a number, even a negative one; an empty cell is empty.
  expect(rows.at(-2)).toEqual(["Total", "12"]);
  expect(csvText([["n"], [-3]])).toBe("\uFEFFn\r\n-3\r\n");
  expect(rows.at(-1)).toEqual(["Nothing", ""]);
});

test("a carriage return at the start of a text is escaped too, and a line break inside one is kept", () => {
  const rows: string[][] = parse(csvText([["a"], ["\rx"], ["a\r\nb"]]), { bom: true });
  expect(rows.map((row) => row[0])).toEqual(["a", "'\rx", "a\r\nb"]);
});

test("a workbook reads back with its texts as texts (a formula typed by someone stays text), numbers and dates", async () => {
  const bytes = await xlsxBytes({
    sheet: "Participants: spring/autumn",
    header: ["Name", "Answer", "Count", "When"],
    rows: [...awkward.map((value) => ["Person", value, 1, new Date("2027-03-01T09:30:00Z")]), ["Nobody", null, 0, null]],
  });
  const [sheet] = await readXlsxFile(Buffer.from(bytes), { trim: false });
  expect(sheet!.sheet).toBe("Participants  spring autumn");
  expect(sheet!.data[0]).toEqual(["Name", "Answer", "Count", "When"]);
  expect(sheet!.data.slice(1, awkward.length + 1).map((row) => row[1])).toEqual(awkward.map((value) => value || null));
  expect(sheet!.data[1]![2]).toBe(1);
  // A date is a day's fraction in the file: read back to the minute it shows.
  const when = sheet!.data[1]![3] as unknown as Date;
  expect(Math.round(when.getTime() / 60_000)).toBe(new Date("2027-03-01T09:30:00Z").getTime() / 60_000);
});

test("a download is named in UTF-8 with an ASCII fallback (RFC 6266)", () => {
  expect(attachmentDisposition("Città – rapport (2026).pdf")).toBe(
    `attachment; filename="Citta  rapport (2026).pdf"; filename*=UTF-8''Citt%C3%A0%20%E2%80%93%20rapport%20%282026%29.pdf`,
  );
  expect(attachmentDisposition('a"b\\c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`);
  expect(attachmentDisposition("летняя-школа.csv", "event.csv")).toBe(`attachment; filename="event.csv"; filename*=UTF-8''${encodeURIComponent("летняя-школа.csv")}`);
});

test("a file name is made of the words of a title, in its own alphabet or in plain Latin letters", () => {
  expect(fileNameSlug("Scuola d'autunno: Trieste 2027")).toBe("scuola-d-autunno-trieste-2027");
  expect(fileNameSlug("Летняя школа")).toBe("летняя-школа");
  expect(fileNameSlug("Ἀθῆναι school", { ascii: true })).toBe("school");
  expect(fileNameSlug("Åre vårskola", { ascii: true })).toBe("are-varskola");
  expect(fileNameSlug("Летняя", { ascii: true })).toBe("");
  expect(fileNameSlug("one two three", { max: 8 })).toBe("one-two");
});
