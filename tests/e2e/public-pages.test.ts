import { expect, test } from "@playwright/test";
import { charterVersion1 } from "../../prisma/seed-data/charter";
import { expectNoAxeViolations, languages, t } from "./utils";

const pages = [
  { path: "", heading: (l: (typeof languages)[number]) => t(l, "home", "title") },
  { path: "/members", heading: (l: (typeof languages)[number]) => t(l, "members", "title") },
  { path: "/members/trieste-mental-health-department", heading: () => "Dipartimento di Salute Mentale di Trieste" },
  // The Charter's own title, part of the text its signatures bind to: the Swedish version 1
  // keeps "Stadga för…" until a new version takes the glossary's "Stadgan om…".
  { path: "/charter", heading: (l: (typeof languages)[number]) => charterVersion1.texts[l].title },
  { path: "/about", heading: (l: (typeof languages)[number]) => t(l, "about", "title") },
];

for (const language of languages) {
  for (const { path, heading } of pages) {
    test(`/${language}${path} reads in its language, has one h1 and no axe violation`, async ({ page }) => {
      const response = await page.goto(`/${language}${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toHaveText(heading(language));
      await expect(page.getByRole("navigation", { name: t(language, "common", "shell.mainNavigation") })).toContainText(
        t(language, "common", "nav.members"),
      );
      await expect(page.locator("main")).toHaveCount(1);
      await expect(page.locator("header")).toHaveCount(1);
      await expect(page.locator("footer")).toHaveCount(1);
      for (const alternate of languages) {
        await expect(page.locator(`link[rel=alternate][hreflang=${alternate}]`)).toHaveAttribute(
          "href",
          new RegExp(`/${alternate}${path}$`),
        );
      }
      await expectNoAxeViolations(page);
    });
  }
}

test("the Charter shows version 1 with its sections, from the database", async ({ page }) => {
  await page.goto("/fr/charter");
  await expect(page.locator("main h2").first()).toBeVisible();
  expect(await page.locator("main h2").count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByText(/Version 1/)).toBeVisible();
});

test("the home page counts the members from the database", async ({ page }) => {
  await page.goto("/en");
  const figures = page.getByRole("region", { name: t("en", "home", "figures.title") });
  await expect(figures).toContainText("34 member organisations");
  await expect(figures).toContainText("6 founder partners");
});
