// What a new user trips over in forms (issue 10): choosing languages without a hundred Tab
// presses, a failed submission that says so (error summary, focus, "Error:" title) with and
// without JavaScript, and signing up to apply that comes back to the application.
import type { Locator, Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";
import { fill, signUpAndSignIn, textPattern } from "./people";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t, type Language } from "./utils";
import { seededThemeName } from "../fixtures/seeded-themes";

const password = "willow harbour lantern seven";

// These pages are long (the Charter, every language): axe and a keyboard journey take a while.
test.describe.configure({ timeout: 120_000 });

/** Key presses other than typing text, counted as a keyboard user makes them. */
function keyboard(page: Page) {
  let presses = 0;
  return {
    get presses() {
      return presses;
    },
    async press(key: string) {
      presses += 1;
      await page.keyboard.press(key);
    },
    /** Tab until `target` has the focus (at most `limit` presses). */
    async tabTo(target: Locator, limit = 300) {
      for (let i = 0; i < limit; i += 1) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        presses += 1;
        await page.keyboard.press("Tab");
      }
      throw new Error(`no focus on ${target} after ${limit} Tab presses`);
    },
  };
}

test("the application form is filled in and sent by keyboard in under 60 key presses besides typing", async ({ page }) => {
  const language: Language = "en";
  const say = (namespace: string, key: string) => t(language, namespace, key);
  const organisation = `Keyboard Clubhouse ${Date.now()}`;
  await signUpAndSignIn(page, language, { name: "Kim Keys", email: `keys-${Date.now()}@example.org`, password });
  await page.goto(`/${language}/apply`);
  const keys = keyboard(page);
  const group = (name: string) => page.getByRole("group", { name: say("membership", name) });

  // As a keyboard user does: past the header (navigation, search, account) by the skip link.
  await keys.tabTo(page.getByRole("link", { name: say("common", "shell.skipToContent") }));
  await keys.press("Enter");
  await keys.tabTo(page.getByLabel(say("membership", "fields.name"), { exact: true }));
  await page.keyboard.type(organisation);
  await keys.tabTo(page.getByLabel(say("membership", "fields.type")));
  await page.keyboard.type(t(language, "members", "types.peer_led"));
  await keys.tabTo(page.getByLabel(say("membership", "fields.country")));
  await page.keyboard.type("Italy");
  await keys.tabTo(page.getByLabel(say("membership", "fields.city")));
  await page.keyboard.type("Bologna");
  await keys.tabTo(group("fields.languages").getByLabel("Italian", { exact: true }));
  await keys.press("Space");
  await keys.tabTo(group("fields.themes").getByLabel(seededThemeName(language, "hearing-voices")));
  await keys.press("Space");
  await keys.tabTo(page.getByLabel(say("membership", "fields.description")));
  await page.keyboard.type("Hearing voices groups in Bologna.");
  await keys.tabTo(page.getByLabel(say("membership", "fields.motivation")));
  await page.keyboard.type("We want to learn from the other networks.");
  await keys.tabTo(page.getByLabel(say("membership", "fields.signatoryTitle")));
  await page.keyboard.type("Chair");
  await keys.tabTo(page.getByLabel(textPattern(say("membership", "apply.signCharter"))));
  await keys.press("Space");
  await keys.tabTo(page.getByRole("button", { name: say("membership", "apply.submit") }));
  await keys.press("Enter");

  await expect(page.getByText(say("membership", "dashboard.notices.applied"))).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: organisation })).toBeVisible();
  expect(keys.presses).toBeLessThan(60);
});

test.describe("the languages to choose from", () => {
  test.use({ signedInAs: "person" });

  test("offer the network's five and its members' first, the rest behind a disclosure that filters, and no two alike", async ({ page }) => {
    await page.goto("/en/account");
    const spoken = page.getByRole("group", { name: t("en", "account", "fields.languagesSpoken") });
    for (const name of ["English", "French", "Italian", "Spanish", "Swedish"]) await expect(spoken.getByLabel(name, { exact: true })).toBeVisible();
    await expect(spoken.getByLabel("Basque", { exact: true })).toBeHidden();
    await spoken.getByText(t("en", "forms", "otherLanguages")).click();
    await expect(spoken.getByLabel("Basque", { exact: true })).toBeVisible();
    // Two codes Intl names alike (`ak` and `tw` are both "Akan") say which is which.
    await expect(spoken.getByLabel("Akan (ak)", { exact: true })).toHaveCount(1);
    await expect(spoken.getByLabel("Akan (tw)", { exact: true })).toHaveCount(1);
    await expect(spoken.getByLabel("Akan", { exact: true })).toHaveCount(0);
    await spoken.getByLabel(t("en", "forms", "filter.label")).fill("basq");
    await expect(spoken.getByLabel("Basque", { exact: true })).toBeVisible();
    await expect(spoken.getByLabel("Welsh", { exact: true })).toBeHidden();
    await expect(spoken.getByRole("status")).toHaveText(fill(t("en", "forms", "filter.count_one"), { count: "1" }));
    await expectNoAxeViolations(page);
  });
});

test.describe("an organisation's languages", () => {
  test.use({ signedInAs: "trieste-admin" });

  test("are offered the same way on its profile: the usual ones first, the rest behind the disclosure", async ({ page }) => {
    await page.goto("/en/organisations/trieste-mental-health-department/profile");
    const spoken = page.getByRole("group", { name: t("en", "profile", "details.languages") });
    for (const name of ["English", "Italian", "Swedish"]) await expect(spoken.getByLabel(name, { exact: true })).toBeVisible();
    await expect(spoken.getByLabel("Basque", { exact: true })).toBeHidden();
    await spoken.getByText(t("en", "forms", "otherLanguages")).click();
    await expect(spoken.getByLabel("Basque", { exact: true })).toBeVisible();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a failed application, ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ signedInAs: "person", javaScriptEnabled });

    for (const language of ["en", "fr"] as const) {
      test(`says so at the top, takes the focus and the title says "Error:" (${language})`, async ({ page }) => {
        const say = (namespace: string, key: string) => t(language, namespace, key);
        // A problem as the summary lists it: "Field: message", with the language's own punctuation.
        const problem = (field: string, message: string) => fill(say("forms", "summary.item"), { label: say("membership", field), message });
        await page.goto(`/${language}/apply`);
        const title = await page.title();
        const spoken = page.getByRole("group", { name: say("membership", "fields.languages") });
        await page.getByLabel(say("membership", "fields.city")).fill("Lyon");
        await page.getByRole("button", { name: say("membership", "apply.submit") }).click();

        const summary = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: say("forms", "summary.heading") }) });
        await expect(summary).toBeVisible();
        await expect(summary).toBeFocused();
        await expect(page).toHaveTitle(fill(say("common", "errorTitle"), { title }));
        // The empty group asks for a tick, not to "fill in this field"; both empty selects say the same.
        const chooseAtLeastOne = say("forms", "errors.chooseAtLeastOne");
        const chooseOne = say("forms", "errors.chooseOne");
        await expect(summary.getByRole("link", { name: problem("fields.type", chooseOne) })).toBeVisible();
        await expect(summary.getByRole("link", { name: problem("fields.country", chooseOne) })).toBeVisible();
        await expect(page.getByLabel(say("membership", "fields.city"))).toHaveValue("Lyon");
        // axe is a script: it runs on the page with JavaScript, which is the same summary.
        if (javaScriptEnabled) await expectNoAxeViolations(page);

        // Each problem links to its field: the name field, then the first box of a group.
        await summary.getByRole("link", { name: problem("fields.name", say("forms", "errors.required")) }).click();
        await expect(page.getByRole("textbox", { name: say("membership", "fields.name"), exact: true })).toBeFocused();
        await expect(spoken).toContainText(chooseAtLeastOne);
        await summary.getByRole("link", { name: problem("fields.languages", chooseAtLeastOne) }).click();
        await expect(spoken.getByRole("checkbox").first()).toBeFocused();
      });
    }

    test("a language ticked behind the disclosure is still ticked, and in sight, after a failed submission", async ({ page }) => {
      await page.goto("/en/apply");
      const spoken = page.getByRole("group", { name: t("en", "membership", "fields.languages") });
      await spoken.getByText(t("en", "forms", "otherLanguages")).click();
      await spoken.getByLabel("Basque", { exact: true }).check();
      await page.getByRole("button", { name: t("en", "membership", "apply.submit") }).click();
      await expect(page.getByRole("heading", { name: t("en", "forms", "summary.heading") })).toBeVisible();
      await expect(spoken.getByLabel("Basque", { exact: true })).toBeVisible();
      await expect(spoken.getByLabel("Basque", { exact: true })).toBeChecked();
    });
  });
}

test("signing up to apply comes back to the application after confirming and signing in", async ({ page }) => {
  const say = (namespace: string, key: string) => t("en", namespace, key);
  const email = `returning-${Date.now()}@example.org`;
  await page.goto("/en/apply");
  await page.getByRole("main").getByRole("link", { name: say("membership", "apply.signUp") }).click();
  await page.getByLabel(say("account", "fields.name")).fill("Rita Return");
  await page.getByLabel(say("account", "fields.email")).fill(email);
  await page.getByLabel(say("account", "fields.newPassword")).fill(password);
  await page.getByRole("button", { name: say("account", "signUp.submit") }).click();
  await expect(page.getByRole("heading", { level: 1, name: say("account", "signUp.sentTitle") })).toBeVisible();

  await page.goto(linkIn(await waitForMail(email)));
  await page.getByRole("button", { name: say("account", "confirmEmail.submit") }).click();
  await expect(page.getByText(say("account", "notices.confirmed"))).toBeVisible();
  await page.getByLabel(say("account", "fields.email")).fill(email);
  await page.getByLabel(say("account", "fields.password")).fill(password);
  await page.getByRole("button", { name: say("account", "signIn.submit") }).click();

  await expect(page).toHaveURL(/\/en\/apply$/);
  await expect(page.getByRole("button", { name: say("membership", "apply.submit") })).toBeVisible();
});

test("a return address to another site is never followed after sign-in", async ({ page }) => {
  const email = `elsewhere-${Date.now()}@example.org`;
  await page.goto(`/en/sign-up?${new URLSearchParams({ redirectTo: "//evil.example/apply" })}`);
  await page.getByLabel(t("en", "account", "fields.name")).fill("Eve Elsewhere");
  await page.getByLabel(t("en", "account", "fields.email")).fill(email);
  await page.getByLabel(t("en", "account", "fields.newPassword")).fill(password);
  await page.getByRole("button", { name: t("en", "account", "signUp.submit") }).click();
  const link = linkIn(await waitForMail(email));
  expect(link).not.toContain("evil");
  await page.goto(`${link}&${new URLSearchParams({ redirectTo: "https://evil.example/" })}`);
  await page.getByRole("button", { name: t("en", "account", "confirmEmail.submit") }).click();
  await expect(page.getByText(t("en", "account", "notices.confirmed"))).toBeVisible();
  expect(page.url()).not.toContain("evil");
  await page.getByLabel(t("en", "account", "fields.email")).fill(email);
  await page.getByLabel(t("en", "account", "fields.password")).fill(password);
  await page.getByRole("button", { name: t("en", "account", "signIn.submit") }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
});
