// Joining the network, in a browser, in two languages: apply (signing the Charter), a
// coordinator approves, a network admin publishes a new Charter version, the member signs
// it again, and the dashboard, directory and Charter pages show it all from the data.
import { applyAsNewcomer } from "./applying";
import { fill } from "./people";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t } from "./utils";

// Each run publishes a Charter version: one language after the other.
test.describe.configure({ mode: "serial" });

for (const language of ["it", "en"] as const) {
  test(`apply, be approved, sign a new Charter version, and see it on the dashboard (${language})`, async ({ page, signedInPage }) => {
    test.setTimeout(180_000);
    const say = (namespace: string, key: string, values: Record<string, string> = {}) => fill(t(language, namespace, key), values);
    const organisation = `Rete Ascolto ${language.toUpperCase()} ${Date.now()}`;
    const dashboard = await applyAsNewcomer(page, language, organisation);
    await expect(page.getByText(say("membership", "status.applicant"), { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    // A coordinator approves it.
    const coordinator = await signedInPage("coordinator");
    await coordinator.goto(`/${language}/coordination/applications`);
    await expectNoAxeViolations(coordinator);
    await coordinator.getByRole("link", { name: organisation }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name: organisation })).toBeVisible();
    await expectNoAxeViolations(coordinator);
    await coordinator.getByRole("button", { name: say("membership", "review.approve") }).click();
    await coordinator.getByRole("button", { name: say("membership", "review.confirmApproveButton") }).click();
    await expect(coordinator.getByText(say("membership", "review.notices.approved", { organisation }))).toBeVisible();
    await coordinator.goto(`/${language}/coordination/applications?status=approved`);
    await expect(coordinator.getByRole("link", { name: organisation })).toBeVisible();

    // It is a member, in the directory, with the Charter signed.
    await page.goto(dashboard);
    await expect(page.getByText(say("membership", "status.active"), { exact: true })).toBeVisible();
    const charterItem = page.getByRole("listitem").filter({ hasText: say("membership", "commitments.signCharter") });
    await expect(charterItem).toContainText(say("membership", "commitmentState.done"));
    await page.goto(`/${language}/members?country=IT&type=peer_led`);
    await expect(page.getByRole("link", { name: organisation })).toBeVisible();

    // A network admin publishes a new version of the Charter.
    const admin = await signedInPage("network-admin");
    await admin.goto(`/${language}/admin/charter`);
    await expectNoAxeViolations(admin);
    await admin.getByLabel(t(language, "admin", "charter.effectiveFrom")).fill("2026-01-01");
    const languageGroup = admin.getByRole("group", { name: new Intl.DisplayNames([language], { type: "language" }).of(language)! });
    await languageGroup.getByLabel(t(language, "admin", "charter.textTitle")).fill(`Charter ${language} ${Date.now()}`);
    await languageGroup.getByLabel(t(language, "admin", "charter.textBody")).fill("We work **in the community**, with the people we serve.");
    await admin.getByRole("button", { name: t(language, "admin", "charter.createDraft") }).click();
    await expect(admin.getByText(t(language, "admin", "charter.notices.created"))).toBeVisible();
    await admin.getByLabel(t(language, "admin", "charter.publishConfirm")).check();
    await admin.getByRole("button", { name: t(language, "admin", "charter.publish") }).click();
    await expect(admin.getByText(t(language, "admin", "charter.notices.published"))).toBeVisible();
    await expectNoAxeViolations(admin);

    // The member is asked to sign again, and signs.
    await page.goto(dashboard);
    await expect(charterItem).toContainText(say("membership", "commitmentState.todo"));
    await page.getByRole("link", { name: say("membership", "dashboard.signNow") }).click();
    await expectNoAxeViolations(page);
    await page.getByLabel(say("membership", "fields.signatoryTitle")).fill("Presidente");
    await page.getByRole("checkbox").check();
    await page.getByRole("button", { name: say("membership", "sign.submit") }).click();
    await expect(page.getByText(say("membership", "dashboard.notices.signed"))).toBeVisible();
    await expect(charterItem).toContainText(say("membership", "commitmentState.done"));

    // The public Charter page lists it, and the signature checks out.
    await page.goto(`/${language}/charter`);
    const entry = page.getByRole("listitem").filter({ hasText: organisation });
    await expect(entry).toBeVisible();
    await entry.getByRole("link", { name: t(language, "charter", "signatories.verify") }).click();
    await expect(page.getByText(say("membership", "verify.matches"))).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("an application signed before a new Charter version is approved only after a warning, and the member is asked to sign it (fr)", async ({ page, signedInPage }) => {
  test.setTimeout(180_000);
  const say = (namespace: string, key: string, values: Record<string, string> = {}) => fill(t("fr", namespace, key), values);
  const organisation = `Écoute Partagée ${Date.now()}`;
  const dashboard = await applyAsNewcomer(page, "fr", organisation);

  // While the application waits, a network admin publishes a new version of the Charter.
  const admin = await signedInPage("network-admin");
  await admin.goto("/fr/admin/charter");
  await admin.getByLabel(t("fr", "admin", "charter.effectiveFrom")).fill("2026-01-01");
  const french = admin.getByRole("group", { name: new Intl.DisplayNames(["fr"], { type: "language" }).of("fr")! });
  await french.getByLabel(t("fr", "admin", "charter.textTitle")).fill(`Charte ${Date.now()}`);
  await french.getByLabel(t("fr", "admin", "charter.textBody")).fill("Nous travaillons **dans la cité**, avec les personnes que nous accompagnons.");
  await admin.getByRole("button", { name: t("fr", "admin", "charter.createDraft") }).click();
  await expect(admin.getByText(t("fr", "admin", "charter.notices.created"))).toBeVisible();
  const number = /(\d+)$/.exec(new URL(admin.url()).pathname)?.[1] ?? "";
  await admin.getByLabel(t("fr", "admin", "charter.publishConfirm")).check();
  await admin.getByRole("button", { name: t("fr", "admin", "charter.publish") }).click();
  await expect(admin.getByText(t("fr", "admin", "charter.notices.published"))).toBeVisible();

  // The coordinator sees that the signature is of an older version, and is warned before confirming.
  const coordinator = await signedInPage("coordinator");
  await coordinator.goto("/fr/coordination/applications");
  await coordinator.getByRole("link", { name: organisation }).click();
  await expect(coordinator.getByText(say("membership", "review.standingToSign", { number }))).toBeVisible();
  await coordinator.getByRole("button", { name: say("membership", "review.approve") }).click();
  await expect(coordinator.getByRole("heading", { name: say("membership", "review.confirmApproveHeading") })).toBeFocused();
  await expect(coordinator.getByText(say("membership", "review.charterWarning", { number }))).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await coordinator.getByRole("button", { name: say("membership", "review.confirmApproveButton") }).click();
  await expect(coordinator.getByText(say("membership", "review.notices.approvedToSign", { organisation, number }))).toBeVisible();
  await expectNoAxeViolations(coordinator);

  // A member now, with the new version still to sign.
  await page.goto(dashboard);
  await expect(page.getByText(say("membership", "status.active"), { exact: true })).toBeVisible();
  await expect(page.getByText(say("membership", "dashboard.charterNotSigned", { number }))).toBeVisible();
});
