// What a file is, from its bytes: real small files of each accepted format, and files
// that lie about what they are.
import { describe, expect, test } from "vitest";
import {
  sampleCompoundFile,
  sampleDocx,
  sampleJpegWithLocation,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleXlsx,
  zipArchive,
} from "../../../tests/fixtures/library-files";
import { cleanFileName, sniffFileType } from "./file-types";

const text = (value: string) => new TextEncoder().encode(value);

describe("sniffFileType", () => {
  test.each([
    ["a PDF", samplePdf, "pdf"],
    ["a Word document", sampleDocx, "docx"],
    ["an Excel workbook", sampleXlsx, "xlsx"],
    ["an OpenDocument text", sampleOdt, "odt"],
    ["a legacy Word file", () => sampleCompoundFile("WordDocument"), "doc"],
    ["a legacy Excel file", () => sampleCompoundFile("Workbook"), "xls"],
    ["a legacy PowerPoint file", () => sampleCompoundFile("PowerPoint Document"), "ppt"],
  ] as const)("%s is recognised", (_, make, type) => {
    expect(sniffFileType(make())).toEqual({ ok: true, type });
  });

  test("images are recognised by their signature", async () => {
    expect(sniffFileType(await samplePng())).toEqual({ ok: true, type: "png" });
    expect(sniffFileType(await sampleJpegWithLocation())).toEqual({ ok: true, type: "jpeg" });
    expect(sniffFileType(text("GIF89a\x01\x00\x01\x00"))).toEqual({ ok: true, type: "gif" });
  });

  test("UTF-8 text is plain text, or CSV when it is named so", () => {
    expect(sniffFileType(text("Città, numero\nTrieste, 1\n"), "tabella.csv")).toEqual({ ok: true, type: "csv" });
    expect(sniffFileType(text("Città, numero\nTrieste, 1\n"), "notes")).toEqual({ ok: true, type: "txt" });
  });

  test.each([
    ["a web page named .pdf", text("<!DOCTYPE html><html><script>alert(1)</script></html>"), "webPage"],
    ["an SVG with a script", text("<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"), "svg"],
    ["a Windows program", new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), "program"],
    ["a shell script", text("#!/bin/sh\nrm -rf /\n"), "program"],
    ["a gzip archive", new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), "archive"],
    ["a ZIP of other files", zipArchive([{ name: "virus.exe", content: "MZ" }]), "archive"],
    ["a ZIP that claims OOXML without any document part", zipArchive([{ name: "[Content_Types].xml", content: "<Types/>" }]), "otherDocument"],
    ["a TIFF", new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), "otherImage"],
    ["binary noise", new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 0]), "unknown"],
    ["text with a NUL", text("hello\u0000world"), "unknown"],
    ["Latin-1 bytes that are not UTF-8", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), "unknown"],
  ])("%s is refused, naming what it looks like", (_, bytes, found) => {
    expect(sniffFileType(bytes, "report.pdf")).toEqual({ ok: false, found });
  });

  test("a ZIP whose first entry is mimetype, but compressed, is not OpenDocument", () => {
    const zip = zipArchive([{ name: "mimetype", content: "application/vnd.oasis.opendocument.text" }]);
    expect(sniffFileType(zip).ok).toBe(false);
  });

  test("a PDF signature later in the file does not make it a PDF", () => {
    expect(sniffFileType(text("<html>%PDF-1.4</html>"))).toEqual({ ok: false, found: "webPage" });
  });
});

describe("cleanFileName", () => {
  test.each([
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["C:\\Users\\ana\\Rapport annuel.docx", "pdf", "Rapport annuel.pdf"],
    ["report\u202Efdp.exe", "pdf", "reportfdp.pdf"],
    ["line\nbreak\ttab.txt", "txt", "line break tab.txt"],
    ["...hidden", "png", "hidden.png"],
    ["", "pdf", "attachment.pdf"],
    ['what "is" <this>?.pdf', "pdf", "what _is_ _this__.pdf"],
    ["Ångström – résumé.odt", "odt", "Ångström – résumé.odt"],
  ] as const)("%j as %s is %j", (name, type, expected) => {
    expect(cleanFileName(name, type)).toBe(expected);
  });

  test("a long name is cut, keeping its extension", () => {
    const cleaned = cleanFileName(`${"é".repeat(300)}.pdf`, "pdf");
    expect([...cleaned]).toHaveLength(120);
    expect(cleaned.endsWith("é.pdf")).toBe(true);
  });
});

test("a cut-off or corrupted ZIP or compound file is refused, never an error", () => {
  const docx = sampleDocx();
  for (let length = 0; length < docx.byteLength; length += 7) {
    const result = sniffFileType(docx.subarray(0, length));
    expect(result.ok && length < docx.byteLength - 22).toBe(false);
  }
  for (let round = 0; round < 200; round++) {
    const damaged = new Uint8Array(docx);
    for (let i = 0; i < 8; i++) damaged[4 + Math.floor(Math.random() * (damaged.byteLength - 4))] = Math.floor(Math.random() * 256);
    expect(() => sniffFileType(damaged)).not.toThrow();
  }
  expect(sniffFileType(sampleCompoundFile("").subarray(0, 12))).toEqual({ ok: false, found: "otherDocument" });
});
