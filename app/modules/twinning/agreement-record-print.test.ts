// A printed agreement page is the text and its tables: the stylesheet hides the site's
// navigation, the page's own links between its pages, forms and buttons when printing.
import fs from "node:fs";
import { expect, test } from "vitest";

test("printing hides the navigation, the agreement's page links, forms and buttons", () => {
  const css = fs.readFileSync("app/styles/app.css", "utf8");
  const print = css.slice(css.indexOf("@media print"));
  const hidden = print.slice(0, print.indexOf("display: none"));
  for (const selector of [".site-header", ".site-footer", ".sub-nav", ".agreement-record-nav", "nav", "form", "button"]) {
    expect(hidden).toMatch(new RegExp(`(^|\\s|,)${selector.replace(".", "\\.")}\\s*[,{]`));
  }
});
