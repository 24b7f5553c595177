// In Swedish: an editor writes a summary and attaches a file to its draft (a file that
// lies about its type is refused first, keeping the name typed), a visitor cannot get it
// while it is a draft, a coordinator approves the entry, and the visitor then downloads the
// file under its name, finds the entry on the member page and in the feed; axe on every page.
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t } from "./utils";

const slug = "trieste-mental-health-department";
const sv = (key: string) => t("sv", "library-files", key);
const lib = (key: string) => t("sv", "library", key);

const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("an editor attaches a PDF; a visitor downloads it once the entry is published", async ({ signedInPage, browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const origin = baseURL!;
  const page = await signedInPage("trieste-editor");
  const title = `Mobilt team för unga vuxna ${Date.now()}`;

  // The editor writes a summary (in Swedish, the page's language).
  await page.goto(`/sv/organisations/${slug}/library`);
  await page.getByRole("link", { name: lib("list.new") }).click();
  await page.getByLabel(lib("kinds.summary"), { exact: true }).check();
  await page.getByRole("button", { name: lib("new.continue") }).click();
  await page.getByLabel(lib("fields.title"), { exact: true }).fill(title);
  await page.getByLabel(lib("fields.summary"), { exact: true }).fill("Ett team som möter unga vuxna där de bor.");
  await page.getByLabel(lib("fields.body"), { exact: true }).fill("Teamet arbetar i hemmen, **dygnet runt**.");
  await page.getByRole("button", { name: lib("new.create") }).click();
  await expect(page.getByText(lib("edit.notices.created"))).toBeVisible();
  const entryPage = page.url().replace(/\?.*$/, "");
  const entryId = entryPage.split("/").pop()!;
  await page.goto(`/sv/organisations/${slug}/library/${entryId}/attachments`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sv("title"));
  await expect(page.getByText(sv("none"))).toBeVisible();
  await expectNoAxeViolations(page);

  // A web page dressed as a PDF: refused, saying what it is, and the name typed is kept.
  await page.getByLabel(sv("upload.file"), { exact: true }).setInputFiles({ name: "rapport.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>") });
  await page.getByLabel(sv("upload.name")).fill("Årsrapport 2026");
  await page.getByRole("button", { name: sv("upload.submit") }).click();
  const summary = page.getByRole("alert").filter({ hasText: sv("summaryHeading") });
  await expect(summary).toContainText(t("sv", "library-files", "errors.notAccepted").replace("{{found}}", sv("found.webPage")));
  await expect(summary).toBeFocused();
  await expect(page.getByLabel(sv("upload.name"))).toHaveValue("Årsrapport 2026");
  await expect(page).toHaveTitle(/^Fel: /);
  await expectNoAxeViolations(page);

  // The real PDF, with the keyboard: the name is still there.
  await page.getByLabel(sv("upload.file"), { exact: true }).setInputFiles({ name: "scan0001.pdf", mimeType: "application/octet-stream", buffer: pdf });
  await page.getByLabel(sv("upload.file"), { exact: true }).focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: sv("upload.submit") })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(sv("notices.added"));
  const link = page.getByRole("link", { name: "Årsrapport 2026.pdf" });
  await expect(link).toBeVisible();
  await expect(page.getByRole("cell", { name: sv("types.pdf"), exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/library\/files\/[a-z0-9]+$/);

  // While it is a draft, a visitor gets nothing: not even that it exists.
  const visitorRequests = await playwright.request.newContext({ baseURL: origin });
  expect((await visitorRequests.get(href)).status()).toBe(404);

  // The editor submits the entry and a coordinator approves it.
  await page.goto(entryPage);
  await page.getByRole("button", { name: lib("edit.submit") }).click();
  await expect(page.getByText(lib("edit.notices.submitted"))).toBeVisible();
  const coordinator = await signedInPage("coordinator");
  await coordinator.goto("/sv/coordination/library");
  await coordinator.getByRole("link", { name: title }).click();
  await coordinator.getByLabel(lib("review.approve")).check();
  await coordinator.getByRole("button", { name: lib("review.decide") }).click();
  await expect(coordinator.getByText(lib("queue.notices.approved"))).toBeVisible();

  const response = await visitorRequests.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "content-disposition": `attachment; filename="Arsrapport 2026.pdf"; filename*=UTF-8''%C3%85rsrapport%202026.pdf`,
  });
  // The server's own headers come first (helmet), the route's after them: both say the same.
  expect(response.headers()["x-content-type-options"]).toMatch(/^nosniff\b/);
  expect(response.headers()["content-security-policy"]).toContain("sandbox; default-src 'none'");
  expect((await response.body()).equals(pdf)).toBe(true);
  await visitorRequests.dispose();

  // A visitor's browser: the organisation's page lists the entry, and the file downloads under its name.
  const visitor = await browser.newContext({ baseURL: origin });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`/sv/members/${slug}`);
  const library = visitorPage.getByRole("region", { name: sv("organisation.heading") });
  await expect(library.getByRole("link", { name: title })).toHaveAttribute("href", `/sv/library/${entryId}`);
  await expect(library).toContainText(lib("kinds.summary"));
  await expectNoAxeViolations(visitorPage);
  const download = visitorPage.waitForEvent("download");
  await visitorPage.evaluate((url) => {
    const anchor = document.createElement("a");
    anchor.href = url;
    document.body.append(anchor);
    anchor.click();
  }, href);
  expect((await download).suggestedFilename()).toBe("Årsrapport 2026.pdf");
  await visitor.close();

  // The feed now carries it, in Swedish.
  const feed = await (await fetch(`${origin}/sv/library/feed.xml`)).text();
  expect(feed).toContain(`<title>${title}</title>`);
});
