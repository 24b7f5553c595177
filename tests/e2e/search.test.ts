import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, t } from "./utils";

const fr = (key: string) => t("fr", "search", key);

test("a French visitor searches the library from the header with another form of the words, by keyboard", async ({ page }) => {
  await page.goto("/fr");
  const box = page.getByRole("searchbox", { name: fr("box.label") });
  await box.focus();
  // "équipe soignante", singular and without its accent, finds "équipes soignantes".
  await page.keyboard.type("equipe soignante");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fr\/search\?q=equipe\+soignante/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fr("title"));
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveText("Réduire la stigmatisation dans les services de santé mentale");
  // The words found are marked in the snippet, as written in the text.
  await expect(results.locator("mark").first()).toHaveText(/^équipes?$/i);
  await expect(page.getByRole("searchbox", { name: fr("query") })).toHaveValue("equipe soignante");
  await expectNoAxeViolations(page);

  // An Italian entry is found through its machine translation, and says so.
  const query = page.getByRole("searchbox", { name: fr("query") });
  await query.fill("");
  await query.focus();
  await page.keyboard.type("groupe de pairs");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=groupe\+de\+pairs/);
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveText("Groupes de pairs pour les personnes qui entendent des voix");
  await expect(results.getByText(fr("machine"))).toBeVisible();
});

test("a French visitor browses the library with a facet and finds an entry in its original language", async ({ page }) => {
  await page.goto("/fr/search");
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(4);
  await expect(page.getByText(fr("newestFirst"))).toBeVisible();

  const kinds = page.getByRole("group", { name: fr("facets.kind") });
  const report = kinds.getByRole("checkbox", { name: `${fr("kinds.report")} (1)` });
  await report.focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: fr("filters.apply") }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kind=report/);
  await expect(results).toHaveCount(1);
  // Swedish only: shown in Swedish, labelled with its language, and marked up as Swedish.
  const link = results.getByRole("link");
  await expect(link).toHaveText("Barns rättigheter på psykiatriska avdelningar");
  await expect(link).toHaveAttribute("lang", "sv");
  await expect(results.getByText(/Suédois/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `${fr("kinds.report")} (1)` })).toBeChecked();
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
