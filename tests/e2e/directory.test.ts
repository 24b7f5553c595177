import { expect, test } from "@playwright/test";
import { t } from "./utils";

test("a visitor filters the directory by country and type and opens a member", async ({ page }) => {
  await page.goto("/en/members");
  await page.getByLabel(t("en", "members", "filters.country")).selectOption({ label: "Italy (2)" });
  await page.getByRole("button", { name: t("en", "members", "filters.apply") }).click();
  await expect(page).toHaveURL(/country=IT/);
  const results = page.locator(".directory > li");
  await expect(results).toHaveCount(2);
  await expect(page.getByRole("heading", { name: "2 organisations" })).toBeVisible();

  await page.getByLabel(t("en", "members", "filters.type")).selectOption("public_health_service");
  await page.getByRole("button", { name: t("en", "members", "filters.apply") }).click();
  await expect(results).toHaveCount(1);
  await results.getByRole("link").click();
  await expect(page.locator("h1")).toHaveText("Dipartimento di Salute Mentale di Trieste");
  await expect(page.getByText(t("en", "members", "founderPartner"))).toBeVisible();
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
  const response = await page.goto("/en/members?country=%3Cscript%3E&type=hospital&page=zzz");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(t("en", "members", "filters.ignored"))).toBeVisible();
  await expect(page.getByRole("heading", { name: "34 organisations" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the directory filter and the language switcher still work", async ({ page }) => {
    await page.goto("/sv/members");
    await page.getByLabel(t("sv", "members", "filters.country")).selectOption("SE");
    await page.getByRole("button", { name: t("sv", "members", "filters.apply") }).click();
    await expect(page).toHaveURL(/country=SE/);
    await expect(page.locator(".directory > li").first()).toBeVisible();
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page).toHaveURL(/\/fr\/members\?country=SE/);
    await expect(page.locator("h1")).toHaveText(t("fr", "members", "title"));
  });
});
