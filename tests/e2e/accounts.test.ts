// A person's whole journey with an account, in a browser, in two languages; and the
// security properties a user (or an attacker) would check.
import fs from "node:fs";
import { demoPassword } from "../../prisma/seed-data/people";
import { linkIn, waitForMail } from "./mail";
import { fill, signIn, signUpAndSignIn, trySignIn } from "./people";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t, type Language } from "./utils";

const organisationSlug = "trieste-mental-health-department";

/** An audit action's label (its key has dots, which t() reads as nesting). */
function actionLabel(language: Language, action: string) {
  return (JSON.parse(fs.readFileSync(`locales/${language}/admin.json`, "utf8")) as { actions: Record<string, string> }).actions[action]!;
}

const invitationSentence = {
  en: "You are invited to join Dipartimento di Salute Mentale di Trieste as editor.",
  fr: "Vous avez reçu une invitation à rejoindre Dipartimento di Salute Mentale di Trieste avec le rôle «\u202frédacteur / rédactrice\u202f».",
};

for (const language of ["fr", "en"] as const) {
  test(`sign up, confirm, sign in, accept an invitation, change role, export and erase (${language})`, async ({ page, signedInPage }) => {
    test.setTimeout(120_000);
    const say = (namespace: string, key: string) => t(language, namespace, key);
    const email = `eva-${language}-${Date.now()}@example.org`;
    const name = `Eva ${language.toUpperCase()} Example`;
    const password = "lantern orchard pebble river";

    // Sign up.
    await page.goto(`/${language}/sign-up`);
    await expectNoAxeViolations(page);
    await page.getByLabel(say("account", "fields.name")).fill(name);
    await page.getByLabel(say("account", "fields.email")).fill(email);
    await page.getByLabel(say("account", "fields.newPassword")).fill(password);
    await page.getByRole("button", { name: say("account", "signUp.submit") }).click();
    await expect(page.getByRole("heading", { level: 1, name: say("account", "signUp.sentTitle") })).toBeVisible();

    // Confirm through the link in the mail, which is in the language signed up in.
    const confirmation = await waitForMail(email);
    expect(confirmation.language).toBe(language);
    expect(confirmation.subject).toBe(t(language, "email", "confirmEmail.subject"));
    await page.goto(linkIn(confirmation));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: say("account", "confirmEmail.submit") }).click();
    await expect(page.getByText(say("account", "notices.confirmed"))).toBeVisible();
    await expectNoAxeViolations(page);

    // Sign in.
    await signIn(page, language, email, password);
    await expect(page.getByRole("heading", { level: 1, name: say("account", "profile.title") })).toBeVisible();
    await expect(page.getByText(fill(say("account", "profile.signedInAs"), { email }))).toBeVisible();
    await expectNoAxeViolations(page);

    // An organisation admin invites them.
    const admin = await signedInPage("trieste-admin");
    await admin.goto(`/${language}/organisations/${organisationSlug}/people`);
    await expectNoAxeViolations(admin);
    await admin.getByLabel(say("organisations", "people.email")).fill(email);
    await admin.getByLabel(say("organisations", "people.role"), { exact: true }).selectOption("editor");
    await admin.getByRole("button", { name: say("organisations", "people.invite") }).click();
    await expect(admin.getByText(say("organisations", "people.notices.invited"))).toBeVisible();

    // They accept it.
    const invitation = await waitForMail(email, 2);
    expect(invitation.language).toBe(language);
    await page.goto(linkIn(invitation));
    await expectNoAxeViolations(page);
    // The role is named as a label, so no article or elision hangs on it ("en tant que rédacteur").
    await expect(page.getByText(invitationSentence[language])).toBeVisible();
    await page.getByRole("button", { name: say("organisations", "invitation.accept") }).click();
    await expect(page.getByText(say("organisations", "people.notices.joined"))).toBeVisible();
    const ownRow = page.getByRole("row", { name: new RegExp(name) });
    await expect(ownRow).toContainText(say("organisations", "roles.editor"));
    await expectNoAxeViolations(page);

    // The admin makes them a member and a signatory.
    await admin.reload();
    await admin.getByLabel(fill(say("organisations", "people.roleOf"), { name })).selectOption("member");
    await admin.getByLabel(fill(say("organisations", "people.signatoryOf"), { name })).check();
    await admin.getByRole("button", { name: new RegExp(`${say("organisations", "people.save")}\\s+${name}`) }).click();
    await expect(admin.getByText(say("organisations", "people.notices.changed"))).toBeVisible();
    await page.reload();
    await expect(ownRow).toContainText(say("organisations", "roles.member"));
    await expect(ownRow).toContainText(say("organisations", "people.yes"));

    // They download their data.
    await page.goto(`/${language}/account/data`);
    await expectNoAxeViolations(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: say("account", "data.exportButton") }).click();
    const exported = JSON.parse(fs.readFileSync((await (await download).path())!, "utf8"));
    expect(exported.profile).toMatchObject({ email, name, preferredLanguage: language });
    expect(exported.organisations).toEqual([expect.objectContaining({ role: "member", signatory: true })]);
    expect(JSON.stringify(exported)).not.toContain("argon2");

    // And erase their account.
    await page.getByLabel(say("account", "fields.password")).fill(password);
    await page.getByLabel(say("account", "data.confirm")).check();
    await page.getByRole("button", { name: say("account", "data.eraseButton") }).click();
    await expect(page.getByText(say("account", "notices.erased"))).toBeVisible();
    await trySignIn(page, language, email, password);
    await expect(page.getByText(t(language, "forms", "errors.wrongCredentials"))).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole("row", { name: new RegExp(name) })).toHaveCount(0);
  });
}

test("the session cookie is HttpOnly, SameSite=Lax and Secure, and signing in again starts a new session", async ({ page, context }) => {
  await signIn(page, "en", "coordinator@example.org", demoPassword);
  const first = (await context.cookies()).find((cookie) => cookie.name === "session");
  expect(first).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
  // Signing in again from the same browser (the page would redirect, so post the form directly).
  const again = await page.request.post("/en/sign-in", {
    form: { email: "coordinator@example.org", password: demoPassword },
    maxRedirects: 0,
  });
  expect(again.status()).toBe(302);
  const second = (await context.cookies()).find((cookie) => cookie.name === "session");
  expect(second?.value).not.toBe(first?.value);
  // The old session is over: its cookie no longer signs anyone in.
  const withOldCookie = await page.request.get("/en/account", {
    headers: { Cookie: `session=${first!.value}` },
    maxRedirects: 0,
  });
  expect(withOldCookie.status()).toBe(302);
});

test("a form whose X-Forwarded-Host differs from its Origin is answered, not a 500", async ({ request, baseURL }) => {
  // No proxy is trusted here, so the header is anyone's and is set aside: the form is read as usual.
  const response = await request.post("/en/sign-in", {
    headers: { Origin: baseURL!, "X-Forwarded-Host": "evil.example" },
    form: { email: "nobody@example.org", password: "not the password" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain(t("en", "account", "signIn.title"));

  // Sent from another site as well, it is refused with the portal's own page, in the language of its address.
  const crossSite = await request.post("/fr/sign-in", {
    headers: { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" },
    form: { email: "nobody@example.org", password: "not the password" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()["content-type"]).toContain("text/html");
  const page = await crossSite.text();
  expect(page).toContain('<html lang="fr"');
  expect(page).toContain(`<h1>${t("fr", "common", "errors.crossSiteForm.title")}</h1>`);
});

test("a form sent from another site shows the portal's error page in French, with no accessibility violation", async ({ page, baseURL }) => {
  // A page of no site at all (its Origin is "null") with a form aimed at the portal.
  await page.setContent(`<form method="post" action="${baseURL}/fr/sign-up"><input name="name" value="Mallory"><button>Send</button></form>`);
  const [response] = await Promise.all([page.waitForEvent("response", (answer) => answer.url().endsWith("/fr/sign-up")), page.getByRole("button").click()]);
  expect(response.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("fr", "common", "errors.crossSiteForm.title"));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: t("fr", "common", "errors.backHome") })).toHaveAttribute("href", "/fr");
  await expectNoAxeViolations(page);
  // Its language links give the same message in another language, not a 404.
  await page.getByRole("link", { name: "Italiano" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("it", "common", "errors.crossSiteForm.title"));
});

test("a form posted from another site is refused and changes nothing", async ({ request }) => {
  const response = await request.post("/en/sign-up", {
    headers: { Origin: "https://evil.example" },
    form: { name: "Mallory", email: "mallory@example.org", password: "a long passphrase" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  const signIn = await request.post("/en/sign-in", {
    headers: { Origin: "https://evil.example" },
    form: { email: "network-admin@example.org", password: demoPassword },
    maxRedirects: 0,
  });
  expect(signIn.status()).toBe(403);
  expect(signIn.headers()["set-cookie"]).toBeUndefined();
});

test("errors appear as you leave a field, tied to it, with no accessibility violation", async ({ page }) => {
  await page.goto("/it/sign-up");
  const emailField = page.getByLabel(t("it", "account", "fields.email"));
  await emailField.fill("not-an-address");
  await emailField.blur();
  const message = page.getByText(t("it", "forms", "errors.invalidEmail"));
  await expect(message).toBeVisible();
  await expect(emailField).toHaveAttribute("aria-invalid", "true");
  await expect(emailField).toHaveAttribute("aria-describedby", (await message.locator("xpath=..").getAttribute("id"))!);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a form with mistakes says so in the reader's language and keeps what was typed", async ({ page }) => {
    await page.goto("/fr/sign-up");
    await page.getByLabel(t("fr", "account", "fields.name")).fill("Zoé <b>Durand</b>");
    await page.getByLabel(t("fr", "account", "fields.email")).fill("zoe-at-example.org");
    await page.getByLabel(t("fr", "account", "fields.newPassword")).fill("court");
    await page.getByRole("button", { name: t("fr", "account", "signUp.submit") }).click();
    // The message shows beside the field (exactly) and in the error summary (after the field's name).
    await expect(page.getByText(t("fr", "forms", "errors.invalidEmail"), { exact: true })).toBeVisible();
    await expect(page.getByText(fill(t("fr", "forms", "errors.passwordTooShort"), { value: "10" }), { exact: true })).toBeVisible();
    await expect(page.getByLabel(t("fr", "account", "fields.name"))).toHaveValue("Zoé <b>Durand</b>");
    await expect(page.getByLabel(t("fr", "account", "fields.email"))).toHaveValue("zoe-at-example.org");
    await expect(page.getByLabel(t("fr", "account", "fields.newPassword"))).toHaveValue("");
    await expect(page.getByLabel(t("fr", "account", "fields.email"))).toHaveAttribute("aria-invalid", "true");
  });

  test("signing in and out works with the keyboard alone", async ({ page }) => {
    await page.goto("/sv/sign-in");
    await page.getByLabel(t("sv", "account", "fields.email")).focus();
    await page.keyboard.type("person@example.org");
    await page.keyboard.press("Tab");
    await page.keyboard.type(demoPassword);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: t("sv", "account", "profile.title") })).toBeVisible();
    await page.getByRole("button", { name: t("sv", "common", "account.signOut") }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(t("sv", "account", "notices.signedOut"))).toBeVisible();
  });
});

test("signing out of all other devices ends the other sessions", async ({ browser }) => {
  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  // An account of its own: lille-admin's other sessions (the twinning test's, the shell test's) are not this test's to count or end.
  const person = { name: "Paola Dispositivi", email: `devices-${Date.now()}@example.org`, password: "due-dispositivi-2026" };
  test.setTimeout(150_000);
  await signUpAndSignIn(laptop, "it", person);
  await signIn(phone, "it", person.email, person.password);
  await laptop.goto("/it/account/security");
  await expect(laptop.getByRole("row")).toHaveCount(3); // header + two devices
  await expectNoAxeViolations(laptop);
  await laptop.getByRole("button", { name: t("it", "account", "security.signOutOthers") }).click();
  await expect(laptop.getByText(t("it", "account", "notices.signedOutElsewhere"))).toBeVisible();
  await phone.goto("/it/account");
  await expect(phone).toHaveURL(/\/it\/sign-in\?redirectTo=/);
  await laptop.goto("/it/account");
  await expect(laptop.getByRole("heading", { level: 1, name: t("it", "account", "profile.title") })).toBeVisible();
});

test("a network admin grants the coordinator role and finds it in the audit log", async ({ signedInPage }) => {
  const page = await signedInPage("network-admin");
  await page.goto("/es/account");
  await page.getByRole("link", { name: t("es", "common", "account.administration") }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("es", "admin", "people.title") })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(t("es", "admin", "people.search")).fill("person@example.org");
  await page.getByRole("main").getByRole("button", { name: t("es", "admin", "people.searchButton") }).click();
  await expect(page).toHaveURL(/q=person%40example\.org/);
  // The address changes a moment before the found person is drawn: the count says it is.
  await expect(page.getByText(fill(t("es", "admin", "people.count_one"), { count: "1" }), { exact: true })).toBeVisible();
  await page.getByLabel(fill(t("es", "admin", "people.roleOf"), { name: "Per Persson" })).selectOption("coordinator");
  await page.getByRole("button", { name: new RegExp(`${t("es", "admin", "people.save")}\\s+Per Persson`) }).click();
  await expect(page.getByText(t("es", "admin", "people.saved"))).toBeVisible();

  await page.goto("/es/admin/audit");
  await page.getByLabel(t("es", "admin", "audit.action")).selectOption("network.role_granted");
  await page.getByRole("button", { name: t("es", "admin", "audit.filter") }).click();
  await expect(page).toHaveURL(/kind=network\.role_granted/);
  const row = page.getByRole("row", { name: /Per Persson/ });
  await expect(row).toContainText(actionLabel("es", "network.role_granted"));
  await expect(row).toContainText("Nadia Admin");
  await expectNoAxeViolations(page);
});

test.describe("signed in as Per Persson, who reads Swedish", () => {
  test.use({ signedInAs: "person" });

  test("coming to / is sent to their preferred language", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sv$/);
  });
});

test("people without the right role are turned away by the server", async ({ request, signedInPage }) => {
  const visitor = await request.get("/en/admin/audit", { maxRedirects: 0 });
  expect(visitor.status()).toBe(302);
  expect(visitor.headers()["location"]).toBe("/en/sign-in?redirectTo=%2Fen%2Fadmin%2Faudit");
  const page = await signedInPage("trieste-editor");
  const response = await page.goto("/en/admin/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: t("en", "common", "errors.forbidden.title") })).toBeVisible();
  const orgPeople = await page.goto("/en/organisations/epsm-lille-metropole/people");
  expect(orgPeople?.status()).toBe(403);
});
