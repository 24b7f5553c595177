// Every date a reader sees, on a page, in an email or in a PDF, is written by formatDate
// (app/utils/format.ts), which gives French "1er mai" and Italian "1º maggio" and reads the
// day in the zone asked for. A date written by Intl or toLocale… anywhere else would
// miss both, so only the formatter and zoned-time.ts (which asks Intl for offsets, never
// for text a reader sees) may call them.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

const allowed = new Set(["app/utils/format.ts", "app/utils/zoned-time.ts"]);
const dateWriters = /new Intl\.DateTimeFormat\b|\.toLocaleDateString\(|\.toLocaleTimeString\(|\.toLocaleString\(/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

test("no page, email or PDF writes a date without the shared formatter", () => {
  const writers = sourceFiles("app").filter((file) => !allowed.has(file.split(path.sep).join("/")) && dateWriters.test(fs.readFileSync(file, "utf8")));
  expect(writers).toEqual([]);
});

test("the check finds the ways of writing a date it is there for", () => {
  expect(dateWriters.test("new Intl.DateTimeFormat(language, { dateStyle: 'long' })")).toBe(true);
  expect(dateWriters.test("date.toLocaleDateString('fr')")).toBe(true);
  expect(dateWriters.test("formatDate(date, language)")).toBe(false);
});
