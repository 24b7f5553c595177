// Signed-in pages without the sign-in form in every test. The "sign-in" setup project
// (sign-in.setup.ts) signs each shared demo account in once per run, through the real
// form, and saves its cookies here; a test then asks for a page with that session:
//
//   test.use({ signedInAs: "coordinator" });            // `page` is signed in
//   const admin = await signedInPage("network-admin");  // another browser, signed in
//
// Sessions are shared by every test of the run, so a test that signs out, ends other
// sessions, changes a password or tests signing in itself signs in through the form
// (people.ts), as lille-admin or an account of its own, and never ends these.
import path from "node:path";
import { test as base, type BrowserContext, type Page } from "@playwright/test";

export const sharedAccounts = {
  "network-admin": "network-admin@example.org",
  coordinator: "coordinator@example.org",
  "trieste-admin": "trieste-admin@example.org",
  "trieste-editor": "trieste-editor@example.org",
  "trieste-member": "trieste-member@example.org",
  person: "person@example.org",
  // lille-admin@example.org is left out on purpose: the tests that need it (twinning, the shell's focus) sign in through the form.
} as const;

export type SharedAccount = keyof typeof sharedAccounts;

/** Where the setup project keeps an account's cookies (data/ is ignored by git). */
export function storageStateFile(account: SharedAccount) {
  return path.join("data", "e2e-auth", `${account}.json`);
}

type SignedInFixtures = {
  /** The demo account the test's `page` is signed in as; none by default. */
  signedInAs: SharedAccount | undefined;
  /** A page in a browser context of its own, signed in as `account`; closed after the test. */
  signedInPage: (account: SharedAccount) => Promise<Page>;
};

export const test = base.extend<SignedInFixtures>({
  signedInAs: [undefined, { option: true }],
  // The fixture callback is named `provide`, not Playwright's usual `use`, which eslint takes for a React hook.
  storageState: async ({ signedInAs, storageState }, provide) => {
    await provide(signedInAs ? storageStateFile(signedInAs) : storageState);
  },
  signedInPage: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (account) => {
      const context = await browser.newContext({ storageState: storageStateFile(account) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect } from "@playwright/test";
