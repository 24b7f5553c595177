// Reads a PDF's text back, page by page, with Mozilla's pdf.js, so a test checks what a
// reader would see in the file (not the bytes we meant to write).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPages(bytes: Uint8Array | ArrayBuffer) {
  const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(bytes);
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " ").trim());
  }
  const metadata = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, text: pages.join("\n"), title: (metadata.info as { Title?: string }).Title };
}
