// Applying for membership through the pages, as a newcomer would: sign up, then the
// application form, signing the Charter as signatory. Shared by the membership tests.
import type { Page } from "@playwright/test";
import { fill, signUpAndSignIn, textPattern } from "./people";
import { expect } from "./signed-in";
import { expectNoAxeViolations, t, type Language } from "./utils";
import { seededThemeName } from "../fixtures/seeded-themes";

/** Signs up a new person who applies for `organisation` (in Bologna); returns the address of its dashboard. */
export async function applyAsNewcomer(page: Page, language: Language, organisation: string) {
  const say = (namespace: string, key: string) => fill(t(language, namespace, key), {});
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  await signUpAndSignIn(page, language, {
    name: `Applicant ${language}`,
    email: `applicant-${language}-${stamp}@example.org`,
    password: "willow harbour lantern seven",
  });
  await page.goto(`/${language}/apply`);
  await expectNoAxeViolations(page);
  await page.getByLabel(say("membership", "fields.name"), { exact: true }).fill(organisation);
  await page.getByLabel(say("membership", "fields.type")).selectOption("peer_led");
  await page.getByLabel(say("membership", "fields.country")).selectOption("IT");
  await page.getByLabel(say("membership", "fields.city")).fill("Bologna");
  const spoken = page.getByRole("group", { name: say("membership", "fields.languages") });
  await spoken.getByLabel(new Intl.DisplayNames([language], { type: "language" }).of("it")!, { exact: true }).check();
  await page.getByRole("group", { name: say("membership", "fields.themes") }).getByLabel(seededThemeName(language, "hearing-voices")).check();
  await page.getByLabel(say("membership", "fields.descriptionLanguage")).selectOption("it");
  await page.getByLabel(say("membership", "fields.description")).fill("Gruppi di ascolto di voci a Bologna.");
  await page.getByLabel(say("membership", "fields.motivation")).fill("Vogliamo imparare dalle altre reti.");
  await page.getByLabel(say("membership", "fields.signatoryTitle")).fill("Presidente");
  await page.getByLabel(textPattern(t(language, "membership", "apply.signCharter"))).check();
  await page.getByRole("button", { name: say("membership", "apply.submit") }).click();
  await expect(page.getByText(say("membership", "dashboard.notices.applied"))).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: organisation })).toBeVisible();
  return page.url();
}
