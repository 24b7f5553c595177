import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { languages, type Language } from "~/utils/languages";

export { languages, type Language };

/** A string from locales/<language>/<namespace>.json, e.g. t("fr", "common", "nav.members"). */
export function t(language: Language, namespace: string, key: string): string {
  const file = path.join("locales", language, `${namespace}.json`);
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], JSON.parse(fs.readFileSync(file, "utf8")));
  if (typeof value !== "string") throw new Error(`No string ${namespace}:${key} in ${language}`);
  return value;
}

/** The same string with its {{placeholders}} filled in as the page fills them (a missing value is left empty). */
export function say(language: Language, namespace: string, key: string, values: Record<string, string> = {}): string {
  return t(language, namespace, key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

/** axe-core on the whole page, WCAG 2.1 A and AA and best practices: no violation allowed. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
