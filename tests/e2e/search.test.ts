// The library's search as a French visitor uses it, on the demo library (prisma/seed-data/
// library.ts and library-reading.ts): from the header box, with other forms of the words,
// through a machine translation, in an entry's original language, with a facet; by keyboard.
import { expect, test } from "@playwright/test";
import { seededThemeName } from "../fixtures/seeded-themes";
import { expectNoAxeViolations, t } from "./utils";

const fr = (key: string, values: Record<string, string> = {}) =>
  Object.entries(values).reduce((text, [name, value]) => text.replace(`{{${name}}}`, value), t("fr", "search", key));

test("a French visitor searches the library from the header with another form of the words, by keyboard", async ({ page }) => {
  await page.goto("/fr");
  const box = page.getByRole("searchbox", { name: fr("box.label") });
  await box.focus();
  // Singular and without accents, "défenseur indépendant" is written "défenseurs indépendants" too.
  await page.keyboard.type("defenseur independant");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/search\?q=defenseur\+independant/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr("title"));
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveText("La défense indépendante des droits en santé mentale\u202f: une série de ressources");
  // The words found are marked in the snippet, as written in the text.
  await expect(results.locator("mark").first()).toHaveText(/^(défenseur|indépendant)/i);
  await expect(page.getByRole("searchbox", { name: fr("query") })).toHaveValue("defenseur independant");
  await expectNoAxeViolations(page);

  // A Swedish entry is found through its French machine translation, and says so.
  const query = page.getByRole("searchbox", { name: fr("query") });
  await query.fill("");
  await query.focus();
  await page.keyboard.type("atelier contre la stigmatisation");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=atelier\+contre\+la\+stigmatisation/);
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveText("Des ateliers contre la stigmatisation dans les services de santé mentale");
  await expect(results.getByText(fr("machine"))).toBeVisible();

  // An entry with no French text is found in its original English, labelled and marked up as English.
  await query.fill("peer workers");
  await query.press("Enter");
  await expect(page).toHaveURL(/q=peer\+workers/);
  await expect(results).toHaveCount(1);
  const link = results.getByRole("link");
  await expect(link).toHaveText("Peer workers visiting people at home after a crisis");
  await expect(link).toHaveAttribute("lang", "en");
  await expect(results.getByText(fr("originalLanguage", { language: "Anglais" }))).toBeVisible();
});

test("a French visitor narrows the library with a facet, and the address keeps it", async ({ page }) => {
  await page.goto("/fr/search");
  await expect(page.getByText(fr("newestFirst"))).toBeVisible();
  // Members-only entries are not for a visitor: EPSM Lille's guidelines are not listed.
  await expect(page.getByRole("link", { name: /groupes de pairs en sécurité/ })).toHaveCount(0);

  // Themes are named from the stored taxonomy, in the reader's language.
  const themes = page.getByRole("group", { name: fr("facets.theme") });
  await expect(themes.getByRole("checkbox", { name: `${seededThemeName("fr", "anti-stigma")} (1)` })).toBeVisible();

  const kinds = page.getByRole("group", { name: fr("facets.kind") });
  const report = kinds.getByRole("checkbox", { name: `${t("fr", "library", "kinds.report")} (1)` });
  await report.focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: fr("filters.apply") }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kind=report/);
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveText("Les droits humains dans les unités d’hospitalisation pour enfants et adolescents");
  await expect(page.getByRole("checkbox", { name: `${t("fr", "library", "kinds.report")} (1)` })).toBeChecked();
  await expectNoAxeViolations(page);

  // The address says it all: opened again, it shows the same.
  await page.goto(page.url());
  await expect(results).toHaveCount(1);
});

test("hostile searches show a page, never an error or markup from the query", async ({ page }) => {
  for (const q of ['"', "-", "a\u0000b", "x".repeat(5000), "<script>alert(1)</script>"]) {
    const response = await page.goto(`/fr/search?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
  }
  await expect(page.locator("script", { hasText: "alert(1)" })).toHaveCount(0);
});
