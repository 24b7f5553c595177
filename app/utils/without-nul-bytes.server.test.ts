import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import { renderToPipeableStream } from "react-dom/server";
import { createElement } from "react";
import { expect, test } from "vitest";
import { dropNulBytes, withoutNulBytes } from "./without-nul-bytes.server";

test("NUL bytes are dropped and every other byte is kept, in order", () => {
  const bytes = Buffer.from("refus\0é\0\0 · ok", "utf8");
  expect(dropNulBytes(bytes).toString("utf8")).toBe("refusé · ok");
  const clean = Buffer.from("Formulaire refusé", "utf8");
  expect(dropNulBytes(clean)).toBe(clean);
});

/**
 * A page of short French texts of varying length (React copies short strings into its
 * buffer, long ones it sends apart): over 60 KB, some 2,048-byte boundary falls inside an "é".
 */
async function render(through: (body: PassThrough) => NodeJS.ReadableStream) {
  const line = "éFormulaire refusé, répété";
  const paragraphs = Array.from({ length: 1_500 }, (_, index) => createElement("p", { key: index }, line, index));
  const body = new PassThrough();
  const html = text(through(body));
  renderToPipeableStream(createElement("main", null, paragraphs)).pipe(body);
  return { html: await html, line };
}

test("a page React 18 would send with NULs comes through whole", async () => {
  const { html, line } = await render((body) => body.pipe(withoutNulBytes()));
  expect(html).not.toContain("\0");
  expect(html).toContain(`<p>${line}<!-- -->1499</p>`);
  expect(html.split(line)).toHaveLength(1_501);
});
