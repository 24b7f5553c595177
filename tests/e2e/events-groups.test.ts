// Groups end to end, in Italian: Trieste's admin finds the conference, opens the group page
// from it, adds a row (the form comes back with what was typed), registers two delegates
// and is told what happened to them; the first delegate follows the link mailed to them,
// with no account, and completes their answers and the code of conduct. axe on both pages.
import { expect, test } from "./signed-in";
import { waitForMail } from "./mail";
import { expectNoAxeViolations, say as sayIn } from "./utils";

const say = (namespace: string, key: string, values: Record<string, string> = {}) => sayIn("it", namespace, key, values);

test.describe("in Italian, a group of delegates", () => {
  test.use({ signedInAs: "trieste-admin" });

  test("an admin registers two delegates, and a delegate follows the mailed link and completes the answers", async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const delegates = [
      { name: "Lucía Pérez", email: `lucia-${stamp}@example.org` },
      { name: "Marco Rossi", email: `marco-${stamp}@example.org` },
    ];
    await page.goto("/it/events");
    await page.getByRole("listitem").filter({ hasText: say("events", "types.conference") }).getByRole("link").first().click();
    await page.getByRole("link", { name: say("registration", "group.linkFor") }).first().click();

    await expect(page.getByRole("heading", { level: 1, name: say("registration", "group.title") })).toBeVisible();
    await expect(page.getByRole("heading", { name: say("registration", "group.policyHeading") })).toBeVisible();
    await expectNoAxeViolations(page);
    const nameOf = (number: number) => page.getByLabel(say("registration", "group.nameOf", { number: String(number) }), { exact: true });
    const emailOf = (number: number) => page.getByLabel(say("registration", "group.emailOf", { number: String(number) }), { exact: true });
    await nameOf(1).fill(delegates[0]!.name);
    await emailOf(1).fill(delegates[0]!.email);
    // One row more: the form comes back with four rows and what was typed.
    await page.getByRole("button", { name: say("registration", "group.addRow") }).click();
    await expect(nameOf(4)).toBeVisible();
    await expect(nameOf(1)).toHaveValue(delegates[0]!.name);
    await nameOf(4).fill(delegates[1]!.name);
    await emailOf(4).fill(delegates[1]!.email);
    await page.getByRole("button", { name: say("registration", "group.submit") }).click();

    const notice = page.getByRole("status");
    await expect(notice).toContainText(say("registration", "group.sent.mailed"));
    await expect(page.getByRole("listitem").filter({ hasText: delegates[1]!.name })).toBeVisible();
    await expectNoAxeViolations(page);

    // The delegate, in a browser of their own with no account, follows the mailed link.
    const mail = await waitForMail(delegates[0]!.email);
    const link = /https?:\/\/[^\s]+\/it\/events\/registration\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeDefined();
    const context = await browser.newContext({ baseURL });
    const delegatePage = await context.newPage();
    const response = await delegatePage.goto(new URL(link!).pathname);
    expect(response?.headers()["referrer-policy"]).toMatch(/no-referrer$/);
    await expect(delegatePage.getByRole("heading", { level: 1, name: say("registration", "delegate.title") })).toBeVisible();
    await expect(delegatePage.locator("dd").getByText(delegates[0]!.name)).toBeVisible();
    await expect(delegatePage.getByText(delegates[1]!.name)).toHaveCount(0);
    await expectNoAxeViolations(delegatePage);
    await delegatePage.getByLabel(say("registration", "form.dietaryNeeds")).fill("Senza glutine");
    for (const select of await delegatePage.locator("select[name^='question-']").all()) await select.selectOption({ index: 1 });
    await delegatePage.getByLabel(say("registration", "form.acceptConduct")).check();
    await delegatePage.getByRole("button", { name: say("registration", "one.save") }).click();
    await expect(delegatePage.getByRole("status")).toContainText(say("registration", "delegate.notices.saved"));
    await expect(delegatePage.getByLabel(say("registration", "form.dietaryNeeds"))).toHaveValue("Senza glutine");
    await expect(delegatePage.getByText(say("registration", "delegate.completed"))).toBeVisible();
    await expectNoAxeViolations(delegatePage);
    await context.close();
  });
});
