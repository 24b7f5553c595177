// Events' filters and allotments end to end. In Italian, a visitor narrows the public list
// to schools in Italy with the keyboard alone (the form is a GET form: the address keeps
// the choice), then to schools in Spain, which the network has none of: the page says so
// and offers to clear the filters. In Spanish, a coordinator finds the school's
// allotments on its registrations page, asks for more places than are free (refused,
// what was typed kept), then saves them unchanged. axe on every page.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, say, t } from "./utils";

/** Chooses `value` in a closed select with the arrow keys, as a keyboard user does. */
async function chooseByKeyboard(select: Locator, value: string) {
  await select.focus();
  await select.press("Home");
  for (let step = 0; step < 30 && (await select.inputValue()) !== value; step++) await select.press("ArrowDown");
  await expect(select).toHaveValue(value);
}

/** Tabs from where the focus is to `target`, then presses Enter on it. */
async function tabToAndPress(page: Page, target: Locator) {
  for (let step = 0; step < 10; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
}

test.describe("in Italian, the public list of events", () => {
  test("is filtered by keyboard to schools in Italy, and says when nothing matches, with a way to clear the filters", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/it/events");
    await expect(page.getByRole("heading", { level: 1, name: say("it", "events", "public.title") })).toBeVisible();
    const type = page.getByLabel(say("it", "events", "filters.type"));
    const country = page.getByLabel(say("it", "events", "filters.country"));
    const show = page.getByRole("button", { name: say("it", "events", "filters.apply") });

    await chooseByKeyboard(type, "international_school");
    await chooseByKeyboard(country, "IT");
    await tabToAndPress(page, show);
    await expect(page).toHaveURL(/[?&]type=international_school/);
    await expect(page).toHaveURL(/[?&]country=IT/);
    const events = page.getByRole("list").filter({ has: page.getByRole("heading", { level: 3 }) }).getByRole("listitem");
    await expect(events.first()).toContainText(say("it", "events", "types.international_school"));
    for (const event of await events.all()) {
      await expect(event).toContainText(say("it", "events", "types.international_school"));
      await expect(event).toContainText("Italia");
    }
    // How many match, said in a heading announced as it changes.
    await expect(page.locator(".results-count")).toHaveText(new RegExp(`^${await events.count()} `));
    // The chosen values stay in the form.
    await expect(type).toHaveValue("international_school");
    await expect(country).toHaveValue("IT");
    await expectNoAxeViolations(page);

    // No school in Spain: the page says so and offers to clear the filters.
    await chooseByKeyboard(country, "ES");
    await tabToAndPress(page, show);
    await expect(page.getByText(say("it", "events", "filters.noMatch"))).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("article").getByRole("link", { name: say("it", "events", "filters.clear") }).last().click();
    await expect(page).toHaveURL(/\/it\/events$/);
    await expect(type).toHaveValue("");
    await expect(page.getByRole("listitem").filter({ hasText: say("it", "events", "types.conference") }).first()).toBeVisible();
  });
});

test.describe("in Spanish, the organisers' allotments", () => {
  test.use({ signedInAs: "coordinator" });

  test("are listed on the school's registrations page; too many places are refused, keeping what was typed, and the form saves", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/es/coordination/events");
    // The demo's school (20 places; other tests add schools of their own), by its title's link (the row also links to its edit page).
    const school = page.getByRole("row").filter({ hasText: say("es", "events", "types.international_school") }).filter({ hasText: new RegExp(say("es", "registration", "organisers.heldOf", { held: "\\d+", capacity: "20" })) });
    await school.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 2, name: say("es", "registration", "allotments.title") })).toBeVisible();
    const table = page.getByRole("table").filter({ hasText: say("es", "registration", "allotments.used") });
    await expect(table).toContainText("(Europe/Rome)");
    await expectNoAxeViolations(page);

    const form = page.locator("form#allotments");
    const places = form.getByLabel(say("es", "registration", "allotments.fields.places")).first();
    await places.fill("999");
    await form.getByRole("button", { name: say("es", "registration", "allotments.save") }).press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: t("es", "forms", "summary.heading") });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(say("es", "forms", "errors.event_allotmentsTooLarge").split(":")[0]!);
    await expect(form.getByLabel(say("es", "registration", "allotments.fields.places")).first()).toHaveValue("999");
    await expectNoAxeViolations(page);

    // The page as it was: saved unchanged, the allotments are kept and the page says so.
    await page.goto(page.url().split("?")[0]!);
    await page.locator("form#allotments").getByRole("button", { name: say("es", "registration", "allotments.save") }).click();
    await expect(page.getByRole("status")).toHaveText(say("es", "registration", "organisers.notices.allotments"));
    await expectNoAxeViolations(page);
  });
});
