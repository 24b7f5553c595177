import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, t } from "./utils";

test.describe("a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("is sent from / to the French pages", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });

  test("gets a French 404 for an unknown language prefix", async ({ page }) => {
    const response = await page.goto("/de/members");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText(t("fr", "common", "errors.notFound.title"));
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expectNoAxeViolations(page);
  });
});

test("a visitor who prefers German, then Spanish, is sent to Spanish, the first we ship", async ({ request }) => {
  const response = await request.get("/", {
    headers: { "Accept-Language": "de-DE,de;q=0.9,es;q=0.8,en;q=0.5" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers()["location"]).toBe("/es");
});

test.describe("a browser in a language we do not ship", () => {
  test.use({ locale: "de-DE" });

  test("is sent to English", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });

  test("comes back to the language it last read in", async ({ page }) => {
    await page.goto("/sv/about");
    await page.goto("/");
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator("h1")).toHaveText(t("sv", "home", "title"));
  });
});

test("the language switcher keeps the visitor on the same page, filters included", async ({ page }) => {
  await page.goto("/en/members?country=IT");
  const switcher = page.getByRole("navigation", { name: t("en", "common", "shell.languageSwitcher") });
  await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  await switcher.getByRole("link", { name: "Italiano" }).click();
  await expect(page).toHaveURL(/\/it\/members\?country=IT$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.locator("h1")).toHaveText(t("it", "members", "title"));
  await expect(page.getByRole("combobox", { name: t("it", "members", "filters.country"), exact: true })).toHaveValue("IT");
  await page
    .getByRole("navigation", { name: t("it", "common", "shell.languageSwitcher") })
    .getByRole("link", { name: "Español" })
    .click();
  await expect(page).toHaveURL(/\/es\/members\?country=IT$/);
  await expect(page.locator("h1")).toHaveText(t("es", "members", "title"));
  await expect(page.getByRole("navigation", { name: t("es", "common", "shell.mainNavigation") })).toContainText(
    t("es", "common", "nav.charter"),
  );
});

test("an unknown page or organisation in a language gets that language's 404", async ({ page }) => {
  let response = await page.goto("/es/members/no-such-organisation");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText(t("es", "common", "errors.notFound.title"));
  await expect(page.getByRole("link", { name: t("es", "common", "errors.backHome") })).toHaveAttribute("href", "/es");

  response = await page.goto("/it/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText(t("it", "common", "errors.notFound.title"));
  await expectNoAxeViolations(page);
});

test("applicant, suspended and resigned organisations have no public page", async ({ page }) => {
  for (const slug of ["conseils-locaux-sante-mentale-val-de-loire", "cascade-family-alliance-mental-health", "rostbararna-i-norrland"]) {
    const response = await page.goto(`/en/members/${slug}`);
    expect(response?.status(), slug).toBe(404);
  }
});

test("malformed addresses get a 4xx and never a stack trace", async ({ request }) => {
  for (const path of ["/en/members/%00", "/en/members/%C0%80", "/%", "/en/members/" + "x".repeat(300)]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
    const body = await response.text();
    // A stack frame reads "at fn (file:line:col)"; prose such as "at once (in spring)" is not one.
    expect(body, path).not.toMatch(/at \S+ \([^)]*:\d+:\d+\)|node_modules|URIError/);
  }
});

test("a text missing in the reader's language is shown in another with a visible note", async ({ page }) => {
  await page.goto("/fr/members/stockholm-mental-health-services");
  const note = page.getByRole("note");
  await expect(note).toBeVisible();
  await expect(note).toContainText("suédois");
  await expect(page.locator("main div[lang=sv]")).toContainText(/\w+/);
});

test("a language typed in capitals is sent to the lower-case address", async ({ page }) => {
  await page.goto("/FR/members?country=IT");
  await expect(page).toHaveURL(/\/fr\/members\?country=IT$/);
  await expect(page.locator("h1")).toHaveText(t("fr", "members", "title"));
});
