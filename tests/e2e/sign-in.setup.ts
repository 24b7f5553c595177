// The "sign-in" setup project: signs each shared demo account in once, through the real
// sign-in form, and saves its session for the tests (see signed-in.ts).
import { test } from "@playwright/test";
import { demoPassword } from "../../prisma/seed-data/people";
import { signIn } from "./people";
import { sharedAccounts, storageStateFile, type SharedAccount } from "./signed-in";

for (const [account, email] of Object.entries(sharedAccounts)) {
  test(`sign in as ${account}`, async ({ page }) => {
    await signIn(page, "en", email, demoPassword);
    await page.context().storageState({ path: storageStateFile(account as SharedAccount) });
  });
}
