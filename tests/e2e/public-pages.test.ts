import { expect, test } from "@playwright/test";
import { charterVersion2 } from "../../prisma/seed-data/charter";
import { fill, textPattern } from "./people";
import { expectNoAxeViolations, languages, t } from "./utils";

const pages = [
  { path: "", heading: (l: (typeof languages)[number]) => t(l, "home", "title") },
  { path: "/members", heading: (l: (typeof languages)[number]) => t(l, "members", "title") },
  { path: "/members/trieste-mental-health-department", heading: () => "Dipartimento di Salute Mentale di Trieste" },
  // The Charter's own title, part of the text its signatures bind to: the heading is the title of the version in force (the demo's version 2).
  { path: "/charter", heading: (l: (typeof languages)[number]) => charterVersion2.texts[l].title },
  { path: "/about", heading: (l: (typeof languages)[number]) => t(l, "about", "title") },
  { path: "/glossary", heading: (l: (typeof languages)[number]) => t(l, "glossary", "public.title") },
];

for (const language of languages) {
  for (const { path, heading } of pages) {
    test(`/${language}${path} reads in its language, has one h1 and no axe violation`, async ({ page }) => {
      const response = await page.goto(`/${language}${path}`);
      expect(response?.status()).toBe(200);
      // Every byte as sent: React 18's streaming renderer can slip NULs in (app/utils/without-nul-bytes.server.ts).
      expect((await response!.body()).includes(0), "a NUL byte in the page").toBe(false);
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

test("the Charter shows version 2 with its sections, from the database", async ({ page }) => {
  await page.goto("/fr/charter");
  await expect(page.locator("main h2").first()).toBeVisible();
  expect(await page.locator("main h2").count()).toBeGreaterThanOrEqual(4);
  await expect(page.getByText(/Version 2/)).toBeVisible();
});

test("the demo network agrees with the directory's intro: founders and members have signed the Charter in force, a few are still to sign it", async ({ page }) => {
  await page.goto("/en/members");
  await expect(page.getByText(t("en", "members", "intro"))).toBeVisible();

  await page.goto("/en/charter");
  const signatories = page.getByRole("listitem");
  for (const founder of ["Dipartimento di Salute Mentale di Trieste", "EPSM Lille Métropole"]) {
    await expect(signatories.filter({ hasText: founder })).toHaveCount(1);
  }
  await expect(signatories.filter({ hasText: "Κύκλος" })).toHaveCount(0);
  await expect(page.getByText(textPattern(t("en", "charter", "signatories.count_other")))).toBeVisible();

  // A founder partner's public page: signed, with its logo and its descriptions' origin.
  await page.goto("/en/members/epsm-lille-metropole");
  await expect(page.getByText(textPattern(t("en", "members", "charterSignature.signed")))).toBeVisible();
  await expect(page.getByText(textPattern(t("en", "members", "charterSignature.notSigned")))).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("img")).toBeVisible();
  await expectNoAxeViolations(page);

  // One still to sign version 2 says so, on its own page.
  await page.goto("/en/members/kyklos-society-community-mental-health");
  await expect(page.getByText(fill(t("en", "members", "charterSignature.notSigned"), { number: "2" }))).toBeVisible();
});

test("the home page counts the members from the database", async ({ page }) => {
  await page.goto("/en");
  const figures = page.getByRole("region", { name: t("en", "home", "figures.title") });
  await expect(figures).toContainText("34 member organisations");
  await expect(figures).toContainText("6 founder partners");
});
