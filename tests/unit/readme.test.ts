// README is a newcomer's first page: every file or folder of this repository it names
// exists, and it sends nobody to documents outside the repository.
import fs from "node:fs";
import { expect, test } from "vitest";

const readme = fs.readFileSync("README.md", "utf8");
const topLevel = ["app", "bench", "docs", "locales", "prisma", "public", "server", "tests", ".ci"];

test("every path README names exists in the repository", () => {
  const named = [...readme.matchAll(/`([^`\s]+)`/g)]
    .map((match) => match[1]!.replace(/[),.:;]+$/, ""))
    .filter((path) => topLevel.some((folder) => path.startsWith(`${folder}/`)))
    .map((path) => path.replace(/\/\*.*$/, "").replace(/<[^>]+>.*$/, ""));
  expect(named.length).toBeGreaterThan(10);
  expect(named.filter((path) => !fs.existsSync(path))).toEqual([]);
});

test("README points to nothing outside the repository", () => {
  expect(readme).not.toMatch(/\.\.\/shared|outside this repository|DOMAIN\.md/);
});
