// The door of the demo's conference in Oviedo, on a phone (390 px wide), with the page's
// script: the search answers as a name is typed, one tap checks a person in, a second
// door's tap on the same person is told when they came, someone waiting cannot be
// checked in, a tap made while the network is down (or does not get through) waits and
// is sent when it returns, and a badge held to the camera checks its person in (the
// camera and the browser's BarcodeDetector stood in for, the code on the badge printed
// by the portal). axe on the page. (It checks demo people in: run it on a fresh e2e server.)
import type { Page } from "@playwright/test";
import { decodeQr, drawnQrCodes } from "../setup/pdf-qr-codes";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, say } from "./utils";

const phone = { width: 390, height: 844 };
const s = (key: string, values: Record<string, string> = {}) => say("en", "check-in", key, values);

/** The conference's check-in page, found from the organisers' list (60 places; other tests add events of their own). */
async function openDoor(page: Page) {
  await page.goto("/en/coordination/events");
  const conference = page
    .getByRole("row")
    .filter({ hasText: say("en", "events", "types.conference") })
    .filter({ hasText: new RegExp(say("en", "registration", "organisers.heldOf", { held: "\\d+", capacity: "60" })) });
  await conference.getByRole("link").first().click();
  await page.getByRole("navigation", { name: say("en", "event-admin", "running.nav.label") }).getByRole("link", { name: say("en", "event-admin", "running.nav.check-in") }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${s("title")}`) })).toBeVisible();
}

const arrived = async (page: Page) => Number(await page.locator(".door__counts dd").first().textContent());

/** A camera that films nothing, and a BarcodeDetector that reads whatever the test puts in window.heldBadge. */
const fakeCameraAndDetector = () => {
  const held = window as unknown as { heldBadge?: string };
  (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
    static getSupportedFormats = () => Promise.resolve(["qr_code"]);
    detect = () => Promise.resolve(held.heldBadge ? [{ rawValue: held.heldBadge }] : []);
  };
  navigator.mediaDevices.enumerateDevices = () => Promise.resolve([{ kind: "videoinput", deviceId: "door", groupId: "door", label: "", toJSON: () => ({}) }]);
  navigator.mediaDevices.getUserMedia = () => {
    const canvas = document.createElement("canvas");
    canvas.getContext("2d")!.fillRect(0, 0, 10, 10);
    return Promise.resolve(canvas.captureStream());
  };
};

test.describe("at the door, on a phone, a coordinator", () => {
  // Both tests check people of the same conference in and count arrivals: one after the other.
  test.describe.configure({ mode: "serial" });
  test.use({ signedInAs: "coordinator", viewport: phone, hasTouch: true });

  test("finds people as they type and checks them in with one tap, twice from two doors, and while the network is down", async ({ page, signedInPage, context }) => {
    test.setTimeout(120_000);
    await openDoor(page);
    await expectNoAxeViolations(page);
    // One column: nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    // This browser has no BarcodeDetector: no scan button.
    await expect(page.getByRole("button", { name: s("scan.start") })).toHaveCount(0);
    const before = await arrived(page);

    // A second door, on the same person's result before either taps.
    const otherDoor = await signedInPage("coordinator");
    await otherDoor.setViewportSize(phone);
    await otherDoor.goto(`${page.url().split("?")[0]}?q=kenji`);

    // Typed, not sent: the results come as the name is typed.
    const search = page.getByLabel(s("search.label"));
    await search.pressSequentially("kenj", { delay: 80 });
    await expect(page).toHaveURL(/\?q=kenj$/);
    const kenji = page.getByRole("listitem").filter({ hasText: "Kenji Sato" });
    const checkIn = kenji.getByRole("button", { name: `${s("results.checkIn")} Kenji Sato` });
    expect((await checkIn.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await checkIn.tap();
    await expect(page.getByRole("status").filter({ hasText: s("answers.checkedIn", { name: "Kenji Sato" }) })).toBeVisible();
    await expect(kenji).toContainText(new RegExp(s("results.arrivedAt", { time: "\\d\\d:\\d\\d" })));
    await expect(page.locator(".door__counts dd").first()).toHaveText(String(before + 1));
    const time = /(\d\d:\d\d)/.exec((await kenji.textContent()) ?? "")![1]!;
    await expectNoAxeViolations(page);

    // The other door taps too: told when, and nothing more is counted.
    await otherDoor.getByRole("button", { name: `${s("results.checkIn")} Kenji Sato` }).tap();
    await expect(otherDoor.getByRole("status").filter({ hasText: s("answers.alreadyCheckedIn", { name: "Kenji Sato", time }) })).toBeVisible();
    await expect(otherDoor.locator(".door__counts dd").first()).toHaveText(String(before + 1));

    // Someone on the waiting list is shown, with why, and no button.
    await search.fill("tomas nov");
    const tomas = page.getByRole("listitem").filter({ hasText: "Tomáš Novotný" });
    await expect(tomas).toContainText(s("reasons.waitlisted"));
    await expect(tomas.getByRole("button")).toHaveCount(0);

    // The network drops: the tap waits, and goes when it is back.
    await search.fill("katarzyna");
    const katarzyna = page.getByRole("listitem").filter({ hasText: "Katarzyna Nowak" });
    await expect(katarzyna.getByRole("button")).toBeVisible();
    await context.setOffline(true);
    await katarzyna.getByRole("button", { name: `${s("results.checkIn")} Katarzyna Nowak` }).tap();
    await expect(page.getByText(say("en", "check-in", "queue.waiting_one", { count: "1" }))).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByRole("status").filter({ hasText: s("answers.checkedIn", { name: "Katarzyna Nowak" }) })).toBeVisible();
    await expect(page.getByText(say("en", "check-in", "queue.waiting_one", { count: "1" }))).toHaveCount(0);
    await expect(page.locator(".door__counts dd").first()).toHaveText(String(before + 2));

    // A weak signal: the browser thinks it is online but the tap does not get through. It waits, and is tried again.
    await search.fill("achieng");
    const achieng = page.getByRole("listitem").filter({ hasText: "Achieng Otieno" });
    await page.route("**/check-in/taps", (route) => route.abort("internetdisconnected"));
    await achieng.getByRole("button", { name: `${s("results.checkIn")} Achieng Otieno` }).tap();
    await expect(page.getByText(say("en", "check-in", "queue.waiting_one", { count: "1" }))).toBeVisible();
    await page.unroute("**/check-in/taps");
    await expect(page.getByRole("status").filter({ hasText: s("answers.checkedIn", { name: "Achieng Otieno" }) })).toBeVisible({ timeout: 15_000 });
    await expect(page.locator(".door__counts dd").first()).toHaveText(String(before + 3));
    if (process.env.DOOR_SCREENSHOT) await page.screenshot({ path: process.env.DOOR_SCREENSHOT, fullPage: true });
  });

  test("holds a badge to the camera and its person is checked in; a code that is not a badge is told so", async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript(fakeCameraAndDetector);
    await openDoor(page);

    // The badge the portal prints for Hemi Walker, the one person of the Kōtuku Whānau Wellbeing Trust there.
    const organisation = await page.getByLabel(s("badges.organisation")).locator("option", { hasText: "Kōtuku Whānau Wellbeing Trust" }).getAttribute("value");
    const pdf = await page.request.get(`${page.url().split("?")[0]!.replace(/check-in$/, "badges.pdf")}?organisation=${organisation}`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const codes = (await drawnQrCodes(await pdf.body())).flat();
    expect(codes).toHaveLength(1);
    const secret = decodeQr(codes[0]!)!;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);

    await page.getByRole("button", { name: s("scan.start") }).tap();
    await expect(page.getByRole("button", { name: s("scan.stop") })).toBeVisible();
    await page.evaluate(() => ((window as unknown as { heldBadge: string }).heldBadge = "https://example.org/not-a-badge"));
    await expect(page.getByRole("status").filter({ hasText: s("answers.notFound") })).toBeVisible();
    await page.evaluate((badge) => ((window as unknown as { heldBadge: string }).heldBadge = badge), secret);
    await expect(page.getByRole("status").filter({ hasText: s("answers.checkedIn", { name: "Hemi Walker" }) })).toBeVisible();
    await page.getByRole("button", { name: s("scan.stop") }).tap();
    await expect(page.getByRole("button", { name: s("scan.start") })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
