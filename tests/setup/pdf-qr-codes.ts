// The QR codes a PDF draws, read back as a reader would: pdf.js gives each page's drawing
// operations, the filled paths made of rectangles are rebuilt into module matrices, and
// jsQR decodes a bitmap drawn from each. Badges are drawn this way (app/mechanisms/pdf/qr-code.server.ts).
import jsQR from "jsqr";
import { OPS, getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A bitmap of the code (4 pixels a module, a quiet zone of 4) decoded by jsQR. */
export function decodeQr(modules: boolean[][]) {
  const scale = 4;
  const quiet = 4;
  const side = (modules.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }),
  );
  return jsQR(pixels, side, side)?.data ?? null;
}

type Rectangle = { x: number; y: number; width: number; height: number };

/** The QR codes of each page as drawn: every filled path made of rectangles (the cut lines are stroked, text is not a path). */
export async function drawnQrCodes(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: boolean[][][][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
    const codes: boolean[][][] = [];
    let path: Rectangle[] = [];
    fnArray.forEach((fn, index) => {
      if (fn === OPS.constructPath) {
        const [ops, coordinates] = argsArray[index] as [number[], number[]];
        let at = 0;
        for (const op of ops) {
          if (op === OPS.rectangle) {
            const [x, y, width, height] = coordinates.slice(at, at + 4) as [number, number, number, number];
            path.push({ x, y, width, height });
            at += 4;
          } else {
            at += op === OPS.curveTo ? 6 : op === OPS.curveTo2 || op === OPS.curveTo3 ? 4 : op === OPS.closePath ? 0 : 2;
          }
        }
      } else if (fn === OPS.fill || fn === OPS.eoFill) {
        if (path.length > 20) codes.push(modulesOf(path));
        path = [];
      } else if (fn === OPS.stroke || fn === OPS.closeStroke || fn === OPS.endPath) {
        path = [];
      }
    });
    pages.push(codes);
  }
  await pdf.destroy();
  return pages;
}

/** Rectangles (runs of dark modules, one module high) back into the module matrix. */
function modulesOf(rectangles: Rectangle[]) {
  const cell = Math.min(...rectangles.map((rectangle) => Math.abs(rectangle.height)));
  const left = Math.min(...rectangles.map((rectangle) => rectangle.x));
  const top = Math.min(...rectangles.map((rectangle) => Math.min(rectangle.y, rectangle.y + rectangle.height)));
  const size = Math.round((Math.max(...rectangles.map((rectangle) => rectangle.x + rectangle.width)) - left) / cell);
  const modules = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const rectangle of rectangles) {
    const row = Math.round((Math.min(rectangle.y, rectangle.y + rectangle.height) - top) / cell);
    const start = Math.round((rectangle.x - left) / cell);
    for (let column = start; column < start + Math.round(rectangle.width / cell); column++) modules[row]![column] = true;
  }
  return modules;
}
