// Events end to end. In French: a visitor finds the conference in the list and reads it
// (dates labelled with the venue's zone, places from the ledger), takes its calendar file,
// then a person registers: a form without the code of conduct is refused and says why, then
// the conference being full, they are put on the waiting list and see their position. In
// Italian: a member applies to the school, finds the application in their registrations,
// and withdraws it after a confirmation step. axe on every page; the forms by keyboard.
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, say, t } from "./utils";

test.describe("in French, the conference", () => {
  // Trieste's admin, who is not yet registered for it (the demo's person@example.org already waits).
  test.use({ signedInAs: "trieste-admin" });

  test("is found in the list, read, added to a calendar, and a full conference puts a registrant on the waiting list with their position", async ({ page, playwright, baseURL }) => {
    test.setTimeout(90_000);
    await page.goto("/fr/events");
    await expect(page.getByRole("heading", { level: 1, name: say("fr", "events", "public.title") })).toBeVisible();
    await expectNoAxeViolations(page);
    const conference = page.getByRole("listitem").filter({ hasText: say("fr", "events", "types.conference") });
    await expect(conference).toContainText(say("fr", "registration", "places.waitingList_zero").split("\u202f")[0]!);
    await conference.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/\(Europe\/Madrid\)/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The calendar file, as a calendar program would fetch it.
    const calendarHref = (await page.getByRole("link", { name: say("fr", "events", "public.calendar") }).getAttribute("href"))!;
    const visitor = await playwright.request.newContext({ baseURL });
    const calendar = await visitor.get(calendarHref);
    expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(await calendar.text()).toContain("DTSTART;TZID=Europe/Madrid:");
    await visitor.dispose();

    // Registering: the code of conduct must be accepted, and the form says so.
    await page.getByRole("link", { name: say("fr", "registration", "register.submit") }).click();
    await expect(page.getByRole("heading", { level: 1, name: say("fr", "registration", "register.title") })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(say("fr", "registration", "form.dietaryNeeds")).fill("Végétarienne, sans arachides");
    await page.getByRole("button", { name: say("fr", "registration", "register.submit") }).press("Enter");
    const summary = page.getByRole("alert").filter({ hasText: t("fr", "forms", "summary.heading") });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(t("fr", "forms", "errors.acceptConduct"));
    await expect(page).toHaveTitle(/^Erreur/);
    await expect(page.getByLabel(say("fr", "registration", "form.dietaryNeeds"))).toHaveValue("Végétarienne, sans arachides");
    await expectNoAxeViolations(page);
    // Required own questions are chosen, then the box is ticked with the keyboard.
    for (const select of await page.locator("select[name^='question-']").all()) await select.selectOption({ index: 1 });
    await page.getByLabel(say("fr", "registration", "form.acceptConduct")).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: say("fr", "registration", "register.submit") }).press("Enter");

    // Full: on the waiting list, with a position that the registrations page shows too.
    const notice = page.getByRole("status");
    await expect(notice).toContainText(say("fr", "registration", "one.notices.waitlisted").split("{{")[0]!.trim().slice(0, 20));
    await expect(page.locator("dd").getByText(say("fr", "registration", "statuses.waitlisted"))).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("article").getByRole("link", { name: say("fr", "account", "nav.registrations") }).click();
    // Their own place (the organisation's delegates they name elsewhere are listed too).
    const row = page.getByRole("row").filter({ hasText: say("fr", "registration", "statuses.waitlisted") }).filter({ hasText: say("fr", "registration", "mine.myself") });
    await expect(row).toContainText(/position \d+/);
    await expectNoAxeViolations(page);
  });
});

test.describe("in Italian, the school", () => {
  test.use({ signedInAs: "trieste-member" });

  test("takes an application with its motivation, which the member can withdraw after confirming", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/it/events");
    await page.getByRole("listitem").filter({ hasText: say("it", "events", "types.international_school") }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: say("it", "events", "public.howHeading") })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: say("it", "registration", "register.apply") }).click();
    await page.getByLabel(say("it", "registration", "form.motivation")).fill("Coordino un gruppo di pari e vorrei portare a casa il modello delle microaree.");
    for (const select of await page.locator("select[name^='question-']").all()) await select.selectOption({ index: 1 });
    await page.getByLabel(say("it", "registration", "form.acceptConduct")).check();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: say("it", "registration", "register.apply") }).click();
    await expect(page.getByRole("status")).toHaveText(say("it", "registration", "one.notices.applied"));
    await expect(page.locator("dd").getByText(say("it", "registration", "statuses.applied"))).toBeVisible();
    await expectNoAxeViolations(page);

    // Withdrawing asks first, on a step of its own.
    await page.getByRole("button", { name: say("it", "registration", "one.cancel") }).click();
    await expect(page.getByRole("heading", { name: say("it", "registration", "one.cancelHeading") })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: say("it", "registration", "one.cancelConfirm") }).click();
    await expect(page.getByRole("status")).toHaveText(say("it", "registration", "one.notices.cancelled"));
    await expect(page.locator("dd").getByText(say("it", "registration", "statuses.cancelled"))).toBeVisible();
  });
});

test.describe("in French, the organisers", () => {
  test.use({ signedInAs: "coordinator" });

  test("see every event with its places, and a registration's answers, and put someone on the waiting list", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto("/fr/coordination/events");
    await expect(page.getByRole("heading", { level: 1, name: say("fr", "registration", "organisers.eventsTitle") })).toBeVisible();
    await expectNoAxeViolations(page);
    // The demo's school (20 places; other tests add schools of their own), by its title's link (the row also links to its edit page).
    const school = page.getByRole("row").filter({ hasText: say("fr", "events", "types.international_school") }).filter({ hasText: new RegExp(say("fr", "registration", "organisers.heldOf", { held: "\\d+", capacity: "20" })) });
    await school.getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: say("fr", "registration", "organisers.title") })).toBeVisible();
    await expectNoAxeViolations(page);
    const applied = page.getByRole("row").filter({ hasText: say("fr", "registration", "statuses.applied") }).first();
    await applied.getByRole("button", { name: new RegExp(`^${say("fr", "registration", "organisers.moves.waitlist")}`) }).click();
    await expect(page.getByRole("status")).toHaveText(say("fr", "registration", "organisers.notices.decided"));
    await expectNoAxeViolations(page);
  });
});
