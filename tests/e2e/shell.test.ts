import type { Page } from "@playwright/test";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, languages, t, type Language } from "./utils";

test("the skip link is the first thing the keyboard reaches and moves focus to the content", async ({ page }) => {
  await page.goto("/en/members");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: t("en", "common", "shell.skipToContent") });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  // The next tab stop is inside the content, not back in the header.
  expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
});

test("focus is visible on links, fields and buttons reached by keyboard", async ({ page }) => {
  await page.goto("/en/members");
  const focusedOutline = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { tag: document.activeElement?.tagName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
  await page.keyboard.press("Tab"); // skip link
  await page.keyboard.press("Tab"); // brand link
  expect(await focusedOutline()).toEqual({ tag: "A", outline: "solid 3px" });
  // The last filter: the next tab stop is the button that applies them.
  await page.getByRole("combobox", { name: t("en", "members", "filters.theme"), exact: true }).focus();
  await page.keyboard.press("Tab");
  expect(await focusedOutline()).toEqual({ tag: "BUTTON", outline: "solid 3px" });
});

test.describe("on a 320 px phone", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of ["/fr", "/fr/members", "/fr/members/epsm-lille-metropole", "/fr/charter", "/fr/about"]) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test("every page is served with a strict CSP whose nonce is on every inline script", async ({ request }) => {
  for (const language of languages) {
    const response = await request.get(`/${language}/members`);
    const csp = response.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    const html = await response.text();
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((match) => match[1] ?? "");
    expect(inlineScripts.length).toBeGreaterThan(0);
    for (const attributes of inlineScripts) expect(attributes).toContain(`nonce="${nonce}"`);
  }
});

test("hashed assets are cached for a year and pages are compressed", async ({ request, page }) => {
  await page.goto("/en");
  const stylesheet = await page.locator("link[rel=stylesheet]").getAttribute("href");
  const asset = await request.get(stylesheet!);
  expect(asset.headers()["cache-control"]).toContain("max-age=31536000");
  expect(asset.headers()["cache-control"]).toContain("immutable");
  const html = await request.get("/en/members", { headers: { "Accept-Encoding": "gzip" } });
  expect(html.headers()["content-encoding"]).toBe("gzip");
});

test("/healthz answers OK when the database does", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("OK");
});

test("pages hydrate without console errors or CSP violations, then navigate client-side", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto("/fr/members");
  await page.waitForLoadState("networkidle");

  const documentRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document") documentRequests.push(request.url());
  });
  await page.getByRole("link", { name: t("fr", "common", "pagination.next") }).click();
  await expect(page).toHaveURL(/page=2/);
  await page.getByRole("navigation", { name: t("fr", "common", "shell.languageSwitcher") }).getByRole("link", { name: "Svenska" }).click();
  await expect(page.locator("h1")).toHaveText(t("sv", "members", "title"));
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("navigation", { name: t("sv", "common", "shell.mainNavigation") })).toContainText(
    t("sv", "common", "nav.about"),
  );
  expect(documentRequests, "links should be followed by the client-side router").toEqual([]);
  expect(problems).toEqual([]);
});

test("the development outbox page does not exist in production", async ({ request }) => {
  expect((await request.get("/dev/mail")).status()).toBe(404);
});

test.describe("moving to another page", () => {
  const announcement = (page: Page) => page.locator("#navigation-announcement");

  test("a link pressed with the keyboard moves focus to the new page's heading and announces its title", async ({ page }) => {
    await page.goto("/en");
    await page.waitForLoadState("networkidle");
    const mainNavigation = page.getByRole("navigation", { name: t("en", "common", "shell.mainNavigation") });
    await mainNavigation.getByRole("link", { name: t("en", "common", "nav.members") }).press("Enter");
    const heading = page.getByRole("heading", { level: 1, name: t("en", "members", "title") });
    await expect(heading).toBeFocused();
    await expect(announcement(page)).toHaveText(await page.title());
    await expect(announcement(page)).toHaveAttribute("aria-live", "polite");

    // And again from a link inside the page, which stays on screen in the header this time.
    await mainNavigation.getByRole("link", { name: t("en", "common", "nav.charter") }).click();
    await expect(page.locator("main h1")).toBeFocused();
    await expect(announcement(page)).toHaveText(await page.title());
    // A heading that takes focus this way shows no outline: it is not something to press.
    expect(await page.locator("main h1").evaluate((heading) => getComputedStyle(heading).outlineStyle)).toBe("none");
  });

  test("a form that worked and moved on puts focus on the next page's heading", async ({ page }) => {
    await page.goto("/fr/sign-in");
    await page.waitForLoadState("networkidle");
    await page.getByLabel(t("fr", "account", "fields.email")).fill("lille-admin@example.org");
    await page.getByLabel(t("fr", "account", "fields.password")).fill("community-demo-2026");
    await page.getByRole("button", { name: t("fr", "account", "signIn.submit") }).click();
    const heading = page.getByRole("heading", { level: 1, name: t("fr", "account", "profile.title") });
    await expect(heading).toBeFocused();
    await expect(announcement(page)).toHaveText(await page.title());
  });

  test("a form refused on its own page is left to that page (its error summary takes focus)", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.waitForLoadState("networkidle");
    await page.getByLabel(t("en", "account", "fields.email")).fill("nobody-shell-test@example.org");
    await page.getByLabel(t("en", "account", "fields.password")).fill("not the password at all");
    await page.getByRole("button", { name: t("en", "account", "signIn.submit") }).click();
    await expect(page.getByText(t("en", "forms", "errors.wrongCredentials"))).toBeVisible();
    await expect(page.locator("main h1")).not.toBeFocused();
    await expect(announcement(page)).toHaveText("");
  });

  test("filters that only change the query leave focus where the reader is", async ({ page }) => {
    await page.goto("/en/members");
    await page.waitForLoadState("networkidle");
    const apply = page.getByRole("button", { name: t("en", "members", "filters.apply") });
    await apply.click();
    await expect(page).toHaveURL(/\?/);
    await expect(apply).toBeFocused();
    await expect(announcement(page)).toHaveText("");
  });
});

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  const menuButton = (page: Page, language: Language) =>
    page.locator("header summary", { hasText: t(language, "common", "shell.menu") });
  const languageButton = (page: Page, language: Language) =>
    page.getByRole("navigation", { name: t(language, "common", "shell.languageSwitcher") }).locator("summary");
  const menuLink = (page: Page, language: Language, key: string) =>
    page.getByRole("navigation", { name: t(language, "common", "shell.mainNavigation") }).getByRole("link", { name: t(language, "common", key) });

  for (const language of languages) {
    test(`the header takes at most a fifth of the first screen in ${language}`, async ({ page }) => {
      await page.goto(`/${language}/members`);
      const header = await page.locator("header").boundingBox();
      expect(header!.height).toBeLessThanOrEqual(844 / 5);
      await expect(menuButton(page, language)).toBeVisible();
      await expect(languageButton(page, language)).toHaveText(new RegExp(`^${language.toUpperCase()}`));
    });
  }

  test.describe("signed in with the most links", () => {
    test.use({ signedInAs: "network-admin" });
    test("the Swedish header still takes at most a fifth of the screen", async ({ page }) => {
      await page.goto("/sv/members");
      await expect(menuButton(page, "sv")).toBeVisible();
      expect((await page.locator("header").boundingBox())!.height).toBeLessThanOrEqual(844 / 5);
      await menuButton(page, "sv").click();
      await expect(page.getByRole("link", { name: t("sv", "common", "account.administration") })).toBeVisible();
      await expect(page.getByRole("button", { name: t("sv", "common", "account.signOut") })).toBeVisible();
    });
  });

  test("the menu opens and closes with the keyboard and its links are reached by Tab", async ({ page }) => {
    await page.goto("/fr");
    await page.waitForLoadState("networkidle");
    const members = menuLink(page, "fr", "nav.members");
    await expect(members).toBeHidden();
    await page.keyboard.press("Tab"); // skip link
    await page.keyboard.press("Tab"); // the network's name
    await page.keyboard.press("Tab");
    await expect(menuButton(page, "fr")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(members).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(members).toBeHidden();
    await expect(menuButton(page, "fr")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(members).toBeVisible();
    await page.keyboard.press("Tab"); // Accueil
    await page.keyboard.press("Tab");
    await expect(members).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: t("fr", "members", "title") })).toBeFocused();
    // The menu closes behind the reader once the page has changed.
    await expect(members).toBeHidden();

    await languageButton(page, "fr").focus();
    await page.keyboard.press("Enter");
    for (const _ of ["English", "Français", "Italiano"]) await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Italiano" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: t("it", "members", "title") })).toBeFocused();
    await expect(languageButton(page, "it")).toHaveText(/^IT/);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the menu and the language menu still open and lead to their pages", async ({ page }) => {
      await page.goto("/es");
      await menuButton(page, "es").click();
      await menuLink(page, "es", "nav.charter").click();
      await expect(page).toHaveURL(/\/es\/charter$/);
      await languageButton(page, "es").click();
      await page.getByRole("link", { name: "Svenska" }).click();
      await expect(page).toHaveURL(/\/sv\/charter$/);
      await expect(menuLink(page, "sv", "nav.about")).toBeHidden();
    });
  });

  test("axe finds nothing with the menus closed and open", async ({ page }) => {
    await page.goto("/sv");
    await page.waitForLoadState("networkidle");
    await expectNoAxeViolations(page);
    await menuButton(page, "sv").click();
    await expectNoAxeViolations(page);
    await languageButton(page, "sv").click();
    await expectNoAxeViolations(page);
  });
});
