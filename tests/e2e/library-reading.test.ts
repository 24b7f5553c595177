// Reading a library entry in Italian (its original is English), its history, and
// translating it side by side, on the demo entry (prisma/seed-data/library-reading.ts).
import { readingDemoEntryId } from "../../prisma/seed-data/library-reading";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t } from "./utils";

const entryPath = `/it/library/${readingDemoEntryId}`;
const it = (key: string) => t("it", "library-reading", key);
const fill = (text: string, values: Record<string, string>) => text.replace(/{{(\w+)}}/g, (_, name: string) => values[name] ?? "");
const names = { wanted: "italiano", shown: "inglese" };

test.describe("a visitor", () => {
  test("reads an English entry in Italian: what is translated, the notices, the original and back", async ({ page }) => {
    await page.goto(entryPath);
    // The title has an Italian machine translation, the body has none.
    await expect(page.locator("h1")).toHaveAttribute("lang", "it");
    await expect(page.getByText(fill(it("notices.partlyInReaderLanguage"), names))).toBeVisible();
    await expect(page.getByText(it("notices.machine"))).toBeVisible();
    await expect(page.locator('section[aria-labelledby="entry-body"] [lang="en"] h3').first()).toHaveText("Why we started");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: fill(it("switch.toOriginal"), { language: "inglese" }) }).click();
    await expect(page).toHaveURL(/\?text=original$/);
    await expect(page.locator("h1")).toHaveText("Peer workers visiting people at home after a crisis");
    await expect(page.locator("h1")).toHaveAttribute("lang", "en");
    await expect(page.getByText(fill(it("notices.readingOriginal"), names))).toBeVisible();
    await expect(page.getByText(it("notices.machine"))).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: fill(it("switch.toReaderLanguage"), { language: "italiano" }) }).click();
    await expect(page).toHaveURL(new RegExp(`${entryPath}$`));
    await expect(page.locator("h1")).toHaveAttribute("lang", "it");
  });

  test("reads the entry's history and what changed in version 2, in words as well as marks", async ({ page }) => {
    await page.goto(entryPath);
    await page.getByRole("link", { name: it("entry.history") }).click();
    await expect(page.getByRole("heading", { level: 1, name: it("revisions.title") })).toBeVisible();
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(it("revisions.network"));
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: fill(it("revisions.compareWith"), { number: "2" }) }).click();
    await expect(page.getByRole("heading", { level: 1, name: fill(it("comparison.title"), { number: "2" }) })).toBeVisible();
    const body = page.locator('section[aria-labelledby="diff-body"]');
    await expect(body.locator("del").first()).toContainText(`${it("comparison.removedStart")} weekly`);
    await expect(body.locator("ins").first()).toContainText(`${it("comparison.addedStart")} twice`);
    await expect(page.getByText(it("comparison.themesAdded"))).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("an editor of the organisation", () => {
  test.use({ signedInAs: "trieste-editor" });

  test("reviews the Italian machine title side by side and saves it as a person's translation", async ({ page }) => {
    await page.goto(`/it/organisations/trieste-mental-health-department/library/${readingDemoEntryId}/translations`);
    await expect(page.getByRole("heading", { level: 1, name: it("translations.title") })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: `${it("translations.edit")} (italiano)` }).click();

    await expect(page.getByRole("heading", { level: 1, name: fill(it("translations.editor.title"), { language: "italiano" }) })).toBeVisible();
    const title = page.locator("#translation-title");
    await expect(page.locator(".original-text").first()).toHaveText("Peer workers visiting people at home after a crisis");
    await expect(page.locator("#translation-title-status")).toHaveText(it("translations.editor.origin.machine"));
    await expectNoAxeViolations(page);

    await title.fill("Operatori alla pari che fanno visita a casa dopo una crisi");
    await page.getByRole("button", { name: it("translations.editor.save") }).click();
    await expect(page.getByRole("status")).toHaveText(it("translations.notices.saved"));
    await expect(page.locator("#translation-title-status")).toHaveText(it("translations.editor.origin.human"));
    await expect(page.locator("#translation-summary-status")).toHaveText(it("translations.editor.origin.machine"));

    // The translation is in the revision being written: readers keep the published one until it is approved.
    await page.goto(entryPath);
    await expect(page.locator("h1")).toHaveText("Operatori alla pari che visitano le persone a casa dopo una crisi");
  });
});
