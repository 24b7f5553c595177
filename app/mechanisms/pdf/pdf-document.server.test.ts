import { expect, test } from "vitest";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { pdfResponse, renderPdf } from "./pdf-document.server";

test("a PDF prints every alphabet's letters as typed, and carries its title", async () => {
  const names = "Émilie Dupré · Øystein Ås · Begoña Muñoz · Łukasz Wałęsa · Жанна Иванова · Δήμητρα Λαμπράκη";
  const bytes = await renderPdf({ title: "Certificat de participation", language: "fr" }, (doc) => {
    doc.font("bold").fontSize(18).text("Certificat de participation");
    doc.font("regular").fontSize(11).text(names);
    doc.addPage().text("Deuxième page");
  });
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const { pages, title } = await pdfPages(bytes);
  expect(title).toBe("Certificat de participation");
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain(names);
  expect(pages[1]).toBe("Deuxième page");
});

test("the download's file name keeps to plain letters, whatever the title", async () => {
  const response = pdfResponse(Buffer.from("%PDF-"), 'Accord "Lille–Trieste"/2027.pdf');
  expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="Accord-Lille-Trieste-2027.pdf"');
  expect(response.headers.get("Content-Type")).toBe("application/pdf");
});
