// In Swedish: an editor attaches a file to a draft entry (a file that lies about its type
// is refused first, keeping the name typed), a visitor cannot get it while it is a draft,
// and downloads it once the entry is published; axe on every page on the way.
//
// The entry is written, and later published, straight into the database (the editing and
// review pages are built beside this part). PGlite has one writer, so this spec runs a
// portal of its own on a database of its own, stopped while the database is written.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoPassword } from "../../prisma/seed-data/people";
import { signIn } from "./people";
import { expectNoAxeViolations, t } from "./utils";

const port = Number(process.env.E2E_PORT ?? 3100) + 40;
const origin = `http://localhost:${port}`;
const slug = "trieste-mental-health-department";
const sv = (key: string) => t("sv", "library-files", key);

let folder: string;
let server: ChildProcess | undefined;
let entryId: string;

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  PORT: String(port),
  PGLITE_DIR: path.join(folder, "pglite"),
  UPLOAD_DIR: path.join(folder, "uploads"),
  MAIL_DIR: path.join(folder, "mail"),
  PUBLIC_URL: origin,
  NODE_ENV: "production" as const,
  DATABASE_URL: "",
});

function writeDatabase(...args: string[]) {
  return execFileSync(process.execPath, ["--import", "tsx", "tests/fixtures/library-files-e2e-db.ts", ...args], { env: env(), encoding: "utf8" }).trim();
}

async function startServer() {
  server = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], { env: env(), stdio: "ignore" });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${origin}/healthz`).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the spec's portal did not start");
}

async function stopServer() {
  if (!server || server.exitCode !== null) return;
  const exited = once(server, "exit");
  server.kill("SIGTERM");
  await exited;
  server = undefined;
}

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ baseURL: origin });

// Migrating and seeding a database of its own takes longer than a test's usual 30 seconds.
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures from this pattern
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-library-files-"));
  execFileSync("npm", ["run", "db:setup"], { env: env(), stdio: "ignore" });
  entryId = writeDatabase("draft", slug);
  await startServer();
});

test.afterAll(async () => {
  await stopServer();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("an editor attaches a PDF; a visitor downloads it once the entry is published", async ({ page, browser, playwright }) => {
  await signIn(page, "sv", "trieste-editor@example.org", demoPassword);
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

  await stopServer();
  writeDatabase("publish", entryId);
  await startServer();

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
  await expect(library.getByRole("link", { name: "Mobilt team för unga vuxna" })).toHaveAttribute("href", `/sv/library/${entryId}`);
  await expect(library).toContainText(t("sv", "library", "kinds.service_description"));
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
  expect(feed).toContain("<title>Mobilt team för unga vuxna</title>");
});
