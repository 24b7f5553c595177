// A form sent from another site (or, behind a trusted proxy, to a host other than its
// Origin) is refused by server/app.ts with the portal's own 403 page in the reader's
// language, nothing is changed, and the refusal is logged as one line.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { http, passthrough } from "msw";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { resourcesFor } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { createApp } from "../../server/app";
import { server as mockedNetwork } from "../mocks/server";
import { serverBuild } from "../setup/in-process-app";
import { setUpTestDatabase } from "../setup/set-up-test-database";

const database = setUpTestDatabase();

const crossSiteTitle = (language: Language) =>
  (resourcesFor(language).common as { errors: { crossSiteForm: { title: string } } }).errors.crossSiteForm.title;

/** The portal on a free port, as server/index.ts starts it, behind `trustProxy` proxies. */
function servePortal(trustProxy: number, publicOrigin?: string) {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    const app = createApp({ mode: "production", build: await serverBuild(), trustProxy, publicOrigin });
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  // The portal is the one outside service these tests call for real.
  beforeEach(() => mockedNetwork.use(http.all(`${base}/*`, () => passthrough())));
  return (path: string, headers: Record<string, string>, form: Record<string, string> = {}) =>
    fetch(base + path, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(form),
      redirect: "manual",
    });
}

function watchWarnings() {
  return vi.spyOn(console, "warn").mockImplementation(() => {});
}

describe("a form sent from another site", () => {
  const post = servePortal(0);

  test("is a 403 with the portal's error page in the language of its address, and creates no account", async () => {
    const warnings = watchWarnings();
    const response = await post("/fr/sign-up", { Origin: "https://evil.example" }, { name: "Mallory", email: "mallory@example.org", password: "a long passphrase" });
    expect(response.status).toBe(403);
    expect(response.headers.get("Content-Type")).toContain("text/html");
    const page = await response.text();
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain(`<h1>${crossSiteTitle("fr")}</h1>`);
    // The shell the portal's pages share, without the scripts that would reload (and send again) the form.
    expect(page).toContain('class="site-header"');
    expect(page).not.toContain("<script");
    expect(await database.prisma.user.count({ where: { email: "mallory@example.org" } })).toBe(0);
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(warnings.mock.calls[0]).toEqual([
      'Refused a cross-site POST "/fr/sign-up" from 127.0.0.1: Origin "https://evil.example", expected "http://127.0.0.1:' +
        new URL(response.url).port +
        '"',
    ]);
  });

  test("to an address without a language is answered in the reader's browser language", async () => {
    watchWarnings();
    const response = await post("/", { Origin: "https://evil.example", "Accept-Language": "sv-SE,sv;q=0.9" });
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain('<html lang="sv"');
    expect(page).toContain(crossSiteTitle("sv"));
  });

  test("with an X-Forwarded-Host from a client no proxy vouches for is read as usual", async () => {
    const warnings = watchWarnings();
    const base = new URL((await post("/en/sign-in", {})).url).origin;
    const response = await post("/en/sign-in", { Origin: base, "X-Forwarded-Host": "evil.example" }, { email: "nobody@example.org", password: "x" });
    expect(response.status).toBe(400);
    expect(warnings).not.toHaveBeenCalled();
  });
});

describe("behind a trusted proxy, a form whose X-Forwarded-Host differs from its Origin", () => {
  const post = servePortal(1);

  test("is a 403 with the translated error page, logged once on one line", async () => {
    const warnings = watchWarnings();
    const response = await post("/it/sign-in", { Origin: "https://portal.example.org", "X-Forwarded-Host": "evil.example" }, { email: "a@example.org", password: "x" });
    expect(response.status).toBe(403);
    const page = await response.text();
    expect(page).toContain('<html lang="it"');
    expect(page).toContain(crossSiteTitle("it"));
    expect(response.headers.get("Set-Cookie") ?? "").not.toContain("session=");
    expect(warnings).toHaveBeenCalledTimes(1);
    const line = String(warnings.mock.calls[0]![0]);
    expect(line).toBe('Refused a cross-site POST "/it/sign-in" from 127.0.0.1: Origin "https://portal.example.org", expected "http://evil.example"');
    expect(line).not.toContain("\n");
  });

  test("matching the host the proxy reports goes through", async () => {
    const warnings = watchWarnings();
    const response = await post("/en/sign-in", { Origin: "https://portal.example.org", "X-Forwarded-Host": "portal.example.org", "X-Forwarded-Proto": "https" }, { email: "a@example.org", password: "x" });
    expect(response.status).toBe(400);
    expect(warnings).not.toHaveBeenCalled();
  });
});

describe("behind a proxy that reaches the portal at its own address, a form sent from PUBLIC_URL", () => {
  // nginx's default: Host is the upstream's address (here 127.0.0.1:<port>), not the public one.
  for (const trustProxy of [0, 1]) {
    const post = servePortal(trustProxy, "https://portal.example");

    test(`is answered as usual (trusting ${trustProxy} proxies), not Remix's empty 500`, async () => {
      const headers = { Origin: "https://portal.example", ...(trustProxy ? { "X-Forwarded-Host": "upstream.internal:8080" } : {}) };
      const response = await post("/en/sign-in", headers, { email: "nobody@example.org", password: "not the password" });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("<h1>");
    });
  }
});
