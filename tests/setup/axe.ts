// axe-core on a page as the server renders it (no browser: axe runs in happy-dom, with the
// portal's stylesheet inlined; colour contrast needs a real layout and is left to the
// end-to-end tests).
import fs from "node:fs";
import { Window } from "happy-dom";

const stylesheet = fs.readFileSync("app/styles/app.css", "utf8");
const axeSource = fs.readFileSync("node_modules/axe-core/axe.min.js", "utf8");

type AxeResults = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };

/** axe's WCAG 2.1 A and AA and best-practice violations on a page's HTML, as "rule: help (where)". */
export async function axeViolations(html: string, url: string) {
  const window = new Window({ url });
  window.document.write(html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<link rel="stylesheet" href="[^"]*"\/>/, `<style>${stylesheet}</style>`));
  const scope = window as unknown as { eval: (code: string) => unknown; axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } };
  scope.eval(axeSource);
  const results = await scope.axe.run(window.document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    rules: { "color-contrast": { enabled: false } },
  });
  await window.happyDOM.close();
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}
