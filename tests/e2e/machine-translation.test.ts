// An editor asks for a machine translation of the organisation's description, in French,
// with the keyboard: the portal's job runner calls a tiny LibreTranslate stand-in (run here,
// on the port playwright.config.ts gives the server), and the Swedish translation appears,
// marked as a machine translation.
import http from "node:http";
import { translationServicePort } from "../../playwright.config";
import { expect, test } from "./signed-in";
import { expectNoAxeViolations, t } from "./utils";

test.use({ signedInAs: "trieste-editor" });

function startStandIn() {
  const received: { q: string; source: string; target: string }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      response.setHeader("Content-Type", "application/json");
      if (request.url?.startsWith("/languages")) {
        const codes = ["en", "fr", "it", "es", "sv"];
        response.end(JSON.stringify(codes.map((code) => ({ code, name: code, targets: codes.filter((other) => other !== code) }))));
        return;
      }
      const sent = JSON.parse(body) as { q: string; source: string; target: string };
      received.push(sent);
      response.end(JSON.stringify({ translatedText: `[${sent.target}] ${sent.q}` }));
    });
  });
  return new Promise<{ received: typeof received; close: () => Promise<void> }>((resolve) =>
    server.listen(translationServicePort, "127.0.0.1", () =>
      resolve({ received, close: () => new Promise((done) => server.close(() => done())) }),
    ),
  );
}

test("an editor asks for a Swedish machine translation of the description, and it appears marked as such", async ({ page }) => {
  test.setTimeout(60_000); // the job runner takes up to 5 s to start a due job, and the page is reloaded until it has
  const standIn = await startStandIn();
  try {
    await page.goto("/fr/organisations/trieste-mental-health-department/profile");
    const section = page.getByRole("region", { name: t("fr", "translations", "request.heading") });
    await expect(section).toBeVisible();
    await expectNoAxeViolations(page);

    // The keyboard alone: to the Swedish box, tick it, then to the button.
    const swedish = section.getByRole("checkbox", { name: "suédois" });
    await swedish.focus();
    await page.keyboard.press("Space");
    await expect(swedish).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(section.getByRole("button", { name: t("fr", "translations", "request.submit") })).toBeFocused();
    await page.keyboard.press("Enter");

    await expect(page.getByText(t("fr", "translations", "notices.requested"))).toBeVisible();
    await expectNoAxeViolations(page);

    // The job runner runs due jobs every 5 seconds.
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("heading", { name: /suédois/i })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    expect(standIn.received.every((sent) => sent.source === "it" && sent.target === "sv")).toBe(true);
    expect(standIn.received.length).toBeGreaterThan(0);
    const swedishCard = page.locator("section.card").filter({ has: page.getByRole("heading", { name: /suédois/i }) });
    await expect(swedishCard.getByRole("textbox")).toHaveValue(/^\[sv\] /);
    await expect(swedishCard.getByRole("combobox")).toHaveValue("machine");
  } finally {
    await standIn.close();
  }
});
