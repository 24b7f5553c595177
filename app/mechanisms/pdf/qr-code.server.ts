// A QR code drawn into a PDF as vector squares (sharp at any print size, no image to
// embed), from the module matrix of the well-kept `qrcode` package.
import QRCode from "qrcode";
import type { PdfDocument } from "./pdf-document.server";

/**
 * The code's modules, row by row, true for a dark one. Error correction level M (15 %
 * of the code may be lost: a badge bent in its holder or scratched still reads).
 */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, column) => Boolean(modules.get(row, column))));
}

/**
 * Draws the code for `text` in a square of `size` points at (x, y), its quiet zone (the
 * light margin a reader needs, `quietZone` modules wide) included. Each row's runs of dark
 * modules are one rectangle, all filled as one path, so no seam shows between them.
 */
export function drawQrCode(doc: PdfDocument, text: string, { x, y, size, quietZone = 4 }: { x: number; y: number; size: number; quietZone?: number }) {
  const modules = qrModules(text);
  const cell = size / (modules.length + 2 * quietZone);
  doc.save();
  modules.forEach((row, rowIndex) => {
    let start = -1;
    row.forEach((dark, column) => {
      if (dark && start < 0) start = column;
      if (start >= 0 && (!dark || column === row.length - 1)) {
        const end = dark ? column + 1 : column;
        doc.rect(x + (quietZone + start) * cell, y + (quietZone + rowIndex) * cell, (end - start) * cell, cell);
        start = -1;
      }
    });
  });
  doc.fill("#000000");
  doc.restore();
}
