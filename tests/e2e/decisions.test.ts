// A coordinator's decisions ask for confirmation, then say what happened: not approving
// an application (English, with JavaScript), approving one and then suspending the new
// member (French, without JavaScript: the confirmation is a page of its own).
import { applyAsNewcomer } from "./applying";
import { fill, textPattern } from "./people";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t } from "./utils";

// The applicant's own browser: not the coordinator's session that test.use gives contexts.
const signedOut = { storageState: { cookies: [], origins: [] }, javaScriptEnabled: true };

test.describe("with JavaScript", () => {
  test.use({ signedInAs: "coordinator" });

  test("not approving an application asks for a reason, then for confirmation, and says the applicant was emailed (en)", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const say = (key: string, values: Record<string, string> = {}) => fill(t("en", "membership", key), values);
    const applicant = await (await browser.newContext(signedOut)).newPage();
    const organisation = `Voices Bologna ${Date.now()}`;
    await applyAsNewcomer(applicant, "en", organisation);

    await page.goto("/en/coordination/applications");
    await page.getByRole("link", { name: organisation }).click();
    await page.getByRole("button", { name: say("review.reject") }).click();
    // Said at the top (a link to the field) and beside the field.
    await expect(page.getByRole("link", { name: t("en", "forms", "errors.reasonRequired") })).toBeVisible();
    await expect(page.getByLabel(say("review.reason"))).toHaveAccessibleDescription(textPattern(t("en", "forms", "errors.reasonRequired")));
    await page.getByLabel(say("review.reason")).fill("We only take organisations based in Europe for now.");
    await page.getByRole("button", { name: say("review.reject") }).click();

    // Nothing is decided yet: the page asks, naming the organisation and the reason.
    await expect(page.getByRole("heading", { name: say("review.confirmRejectHeading") })).toBeFocused();
    await expect(page.getByText(say("review.confirmReject", { organisation }))).toBeVisible();
    await expect(page.getByText("We only take organisations based in Europe for now.")).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: say("review.cancel") }).click();
    await expect(page.getByRole("button", { name: say("review.reject") })).toBeVisible();
    await page.getByLabel(say("review.reason")).fill("We only take organisations based in Europe for now.");
    await page.getByRole("button", { name: say("review.reject") }).click();
    await page.getByRole("button", { name: say("review.confirmRejectButton") }).press("Enter");

    await expect(page.getByText(say("review.notices.rejected", { organisation }))).toBeVisible();
    await expect(page.getByText(say("queue.view.rejected"), { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  // axe needs JavaScript in the page: the same steps are checked with it above and in membership.test.ts.
  test.use({ signedInAs: "coordinator", javaScriptEnabled: false });

  test("approving, then suspending, each confirmed on a page of its own, each saying what happened (fr)", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const say = (key: string, values: Record<string, string> = {}) => fill(t("fr", "membership", key), values);
    const applicant = await (await browser.newContext(signedOut)).newPage();
    const organisation = `Écoute Bologne ${Date.now()}`;
    const dashboard = await applyAsNewcomer(applicant, "fr", organisation);

    await page.goto("/fr/coordination/applications");
    await page.getByRole("link", { name: organisation }).click();
    await page.getByRole("button", { name: say("review.approve") }).click();
    await expect(page.getByRole("heading", { name: say("review.confirmApproveHeading") })).toBeVisible();
    await expect(page.getByText(say("review.confirmApprove", { organisation }))).toBeVisible();
    // Still an applicant until confirmed.
    await applicant.goto(dashboard);
    await expect(applicant.getByText(say("status.applicant"), { exact: true })).toBeVisible();

    await page.getByRole("button", { name: say("review.confirmApproveButton") }).click();
    await expect(page.getByText(say("review.notices.approved", { organisation }))).toBeVisible();
    await applicant.reload();
    await expect(applicant.getByText(say("status.active"), { exact: true })).toBeVisible();

    // The membership status, on the organisation's dashboard.
    await page.goto(new URL(dashboard).pathname);
    await page.getByLabel(say("dashboard.newStatus")).selectOption("suspended");
    await page.getByLabel(say("dashboard.reason")).fill("Cotisation impayée depuis deux ans.");
    await page.getByRole("button", { name: say("dashboard.changeStatus") }).click();
    await expect(page.getByRole("heading", { name: say("dashboard.confirmStatusHeading") })).toBeVisible();
    const from = say("status.active");
    const to = say("status.suspended");
    await expect(page.getByText(say("dashboard.confirmStatus", { organisation, from, to }))).toBeVisible();
    await page.getByRole("button", { name: say("dashboard.confirmStatusButton") }).click();
    await expect(page.getByText(say("dashboard.notices.statusChanged", { organisation, status: to }))).toBeVisible();
    await expect(page.getByText(to, { exact: true })).toBeVisible();
  });
});
