// The "sign-in" setup project: signs each shared demo account in once, by posting the real
// sign-in form (the same action a browser's submit reaches, without drawing the page), and
// saves its session for the tests (see signed-in.ts). Signing in through the page itself is
// what accounts.test.ts tests.
import { expect, test } from "@playwright/test";
import { demoPassword } from "../../prisma/seed-data/people";
import { sharedAccounts, storageStateFile, type SharedAccount } from "./signed-in";

for (const [account, email] of Object.entries(sharedAccounts)) {
  test(`sign in as ${account}`, async ({ playwright, baseURL }) => {
    // A context of its own per account, so each cookie jar holds one session. The Origin
    // header is what a browser sends with a form post (server/cross-site.ts checks it).
    const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
    const response = await request.post("/en/sign-in", { form: { email, password: demoPassword }, maxRedirects: 0 });
    expect(response.status(), `signing in as ${email}`).toBe(302);
    expect(response.headers().location).toBe("/en/account");
    await request.storageState({ path: storageStateFile(account as SharedAccount) });
    await request.dispose();
  });
}
