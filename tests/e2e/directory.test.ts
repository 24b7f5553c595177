import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, t } from "./utils";

test("a visitor filters the directory by country and type and opens a member", async ({ page }) => {
  await page.goto("/en/members");
  await page.getByRole("combobox", { name: t("en", "members", "filters.country"), exact: true }).selectOption({ label: "Italy (2)" });
  await page.getByRole("button", { name: t("en", "members", "filters.apply") }).click();
  await expect(page).toHaveURL(/country=IT/);
  const results = page.locator(".directory > li");
  await expect(results).toHaveCount(2);
  await expect(page.getByRole("heading", { name: "2 organisations" })).toBeVisible();

  await page.getByRole("combobox", { name: t("en", "members", "filters.type"), exact: true }).selectOption("public_health_service");
  await page.getByRole("button", { name: t("en", "members", "filters.apply") }).click();
  await expect(results).toHaveCount(1);
  await results.getByRole("link").click();
  await expect(page.locator("h1")).toHaveText("Dipartimento di Salute Mentale di Trieste");
  await expect(page.getByText(t("en", "members", "founderPartner"))).toBeVisible();
});

test("a visitor narrows the directory by language and theme, and the chart by country follows", async ({ page }) => {
  const apply = page.getByRole("button", { name: t("en", "members", "filters.apply") });
  const results = page.locator(".directory > li");
  const chart = page.getByRole("table", { name: t("en", "members", "chart.title") });
  await page.goto("/en/members");
  // Unfiltered, the chart has a row, and a link, for every country with members.
  await expect(chart.getByRole("link", { name: "Italy" })).toBeVisible();

  // Seven active members speak French; the option says so.
  await page.getByRole("combobox", { name: t("en", "members", "filters.language"), exact: true }).selectOption({ label: "French (7)" });
  await apply.click();
  await expect(page).toHaveURL(/language=fr/);
  await expect(page.getByRole("heading", { name: "7 organisations" })).toBeVisible();
  await expect(results).toHaveCount(7);

  // Among them, three work on peer support: in Canada, France and Switzerland.
  await page.getByRole("combobox", { name: t("en", "members", "filters.theme"), exact: true }).selectOption({ label: `${t("en", "themes", "peer-support")} (3)` });
  await apply.click();
  await expect(page).toHaveURL(/theme=peer-support/);
  await expect(results).toHaveCount(3);
  await expect(chart.locator("tbody tr")).toHaveCount(3);
  await expect(chart.getByRole("row", { name: /Switzerland/ })).toContainText("1");
  await expect(chart.getByRole("link", { name: "Italy" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A country in the chart filters the directory by it, keeping the other filters.
  await chart.getByRole("link", { name: "Switzerland" }).click();
  await expect(page).toHaveURL(/country=CH/);
  await expect(page).toHaveURL(/language=fr/);
  await expect(page).toHaveURL(/theme=peer-support/);
  await expect(results).toHaveCount(1);
  await expect(results.getByRole("link")).toHaveText("Associazione Ticinese Voci e Percorsi");
  // The chart still shows every country for the other filters, the chosen one marked.
  await expect(chart.locator("tbody tr")).toHaveCount(3);
  await expect(chart.getByRole("link", { name: "Switzerland" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("combobox", { name: t("en", "members", "filters.language"), exact: true })).toHaveValue("fr");
  await expect(page.getByRole("combobox", { name: t("en", "members", "filters.theme"), exact: true })).toHaveValue("peer-support");
});

test("the directory pages through every active member", async ({ page }) => {
  await page.goto("/en/members");
  await expect(page.getByRole("heading", { name: "34 organisations" })).toBeVisible();
  const seen = new Set<string>();
  for (let pageNumber = 1; pageNumber <= 3; pageNumber++) {
    await expect(page.getByText(`Page ${pageNumber} of 3`)).toBeVisible();
    for (const name of await page.locator(".directory h3").allTextContents()) seen.add(name);
    if (pageNumber < 3) await page.getByRole("link", { name: t("en", "common", "pagination.next") }).click();
  }
  expect(seen.size).toBe(34);
});

test("invalid filters in the address are ignored with a note, not an error", async ({ page }) => {
  const response = await page.goto("/en/members?country=%3Cscript%3E&type=hospital&language=klingon&theme=astrology&page=zzz");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(t("en", "members", "filters.ignored"))).toBeVisible();
  await expect(page.getByRole("heading", { name: "34 organisations" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the directory filter and the language switcher still work", async ({ page }) => {
    await page.goto("/sv/members");
    await page.getByRole("combobox", { name: t("sv", "members", "filters.country"), exact: true }).selectOption("SE");
    await page.getByRole("button", { name: t("sv", "members", "filters.apply") }).click();
    await expect(page).toHaveURL(/country=SE/);
    await expect(page.locator(".directory > li").first()).toBeVisible();
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/members\?country=SE/);
    await expect(page.locator("h1")).toHaveText(t("fr", "members", "title"));
  });
});
