// End-to-end tests in Debian's Chromium (Playwright cannot download its own browser here)
// against the production build on a fresh embedded database with the demo data.
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
/** Where tests/e2e/machine-translation.test.ts listens as the translation service. */
export const translationServicePort = port + 1000;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["line"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Signs the shared demo accounts in once, for test.use({ signedInAs }) (tests/e2e/signed-in.ts).
    { name: "sign-in", testMatch: /sign-in\.setup\.ts/ },
    { name: "pages", testIgnore: /membership\.test\.ts/, dependencies: ["sign-in"] },
    // Publishes new Charter versions, which would change what the other tests see: it runs last.
    { name: "membership", testMatch: /membership\.test\.ts/, dependencies: ["pages"] },
  ],
  webServer: {
    command: "rm -rf data/e2e data/e2e.lock data/e2e-mail && npm run db:setup && node --import tsx server/index.ts",
    // TRANSLATION_API_URL: the LibreTranslate stand-in that machine-translation.test.ts runs while it needs it.
    env: {
      PORT: String(port),
      PGLITE_DIR: "data/e2e",
      MAIL_DIR: "data/e2e-mail",
      NODE_ENV: "production",
      DATABASE_URL: "",
      // The events-after test moves an event's calendar back (server/e2e-calendar.ts).
      E2E_CALENDAR: "on",
      TRANSLATION_API_URL: `http://127.0.0.1:${translationServicePort}`,
    },
    url: `${baseURL}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
