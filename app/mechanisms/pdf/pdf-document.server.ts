// Printable documents (an agreement, a certificate, badges, a letter) as PDF, drawn with
// pdfkit. Every document embeds DejaVu Sans (subset to the letters it uses), which covers
// the Latin, Greek and Cyrillic alphabets: é, ø, å, ñ, ł, Ж and λ print as typed, where
// PDF's built-in fonts know only Western European letters.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);
const fonts = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;

export type PdfDocument = PDFKit.PDFDocument;

export type PdfOptions = {
  /** The document's title, in its metadata (what a PDF reader shows in its title bar). */
  title: string;
  /** The BCP 47 language of its text, for screen readers and hyphenation. */
  language: string;
  /** A4 by default; `landscape` for certificates. */
  layout?: "portrait" | "landscape";
  margin?: number;
};

/**
 * Draws a document and returns its bytes. `draw` writes on the first page with the
 * regular font selected; `doc.font("bold")` and back with `doc.font("regular")`.
 */
export async function renderPdf(options: PdfOptions, draw: (doc: PdfDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: options.layout ?? "portrait",
    margin: options.margin ?? 56,
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Creator: "Community mental health network portal" },
    // Tagged PDF: readers and screen readers get the text in reading order.
    tagged: true,
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.font("regular");
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  draw(doc);
  doc.end();
  return done;
}

/** A response that downloads (or shows) the PDF under a file name of plain letters. */
export function pdfResponse(bytes: Buffer, fileName: string, options: { inline?: boolean } = {}) {
  const safeName = fileName.normalize("NFKD").replace(/[^\w.-]+/g, "-").replace(/-+/g, "-");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${options.inline ? "inline" : "attachment"}; filename="${safeName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
