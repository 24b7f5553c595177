// Signing up and in through the pages, as a person would, for end-to-end tests.
import { expect, type Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mail";
import { t, type Language } from "./utils";

/** A string with its {{placeholders}} filled in. */
export function fill(text: string, values: Record<string, string>) {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

/** Fills in and sends the sign-in form; the page shows the result (an error, or the account). */
export async function trySignIn(page: Page, language: Language, email: string, password: string) {
  await page.goto(`/${language}/sign-in`);
  await page.getByLabel(t(language, "account", "fields.email")).fill(email);
  await page.getByLabel(t(language, "account", "fields.password")).fill(password);
  await page.getByRole("button", { name: t(language, "account", "signIn.submit") }).click();
}

/** Signs in and waits for the account page. */
export async function signIn(page: Page, language: Language, email: string, password: string) {
  await trySignIn(page, language, email, password);
  await expect(page.getByRole("heading", { level: 1, name: t(language, "account", "profile.title") })).toBeVisible();
}

/** Creates an account through the sign-up page and the link in the confirmation mail, then signs in. */
export async function signUpAndSignIn(page: Page, language: Language, person: { name: string; email: string; password: string }) {
  await page.goto(`/${language}/sign-up`);
  await page.getByLabel(t(language, "account", "fields.name")).fill(person.name);
  await page.getByLabel(t(language, "account", "fields.email")).fill(person.email);
  await page.getByLabel(t(language, "account", "fields.newPassword")).fill(person.password);
  await page.getByRole("button", { name: t(language, "account", "signUp.submit") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t(language, "account", "signUp.sentTitle") })).toBeVisible();
  // The confirmation may queue behind the demo data's mail when a run has just started.
  await page.goto(linkIn(await waitForMail(person.email, 1, 90_000)));
  await page.getByRole("button", { name: t(language, "account", "confirmEmail.submit") }).click();
  await expect(page.getByText(t(language, "account", "notices.confirmed"))).toBeVisible();
  await signIn(page, language, person.email, person.password);
}

/** A translation as a pattern, each {{placeholder}} matching any text (when the value is not known ahead). */
export function textPattern(text: string) {
  return new RegExp(
    text
      .split(/\{\{\w+\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".+"),
  );
}
