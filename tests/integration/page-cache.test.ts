// Visitors' public pages from the server's memory (server/page-cache.ts): served again with
// a fresh nonce and an ETag, changed on the next request after a write to what they show,
// never a signed-in reader's page, never one language for another.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { http, passthrough } from "msw";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { clearPageCache } from "~/mechanisms/page-cache/page-cache.server";
import { resourcesFor } from "~/utils/i18n.server";
import { createApp } from "../../server/app";
import { createLibraryEntry } from "../fixtures/library-files";
import { publishEntry } from "../fixtures/search";
import { createOrganisation } from "../fixtures/organisations";
import { createPerson, signedInCookie } from "../fixtures/people";
import { server as mockedNetwork } from "../mocks/server";
import { serverBuild } from "../setup/in-process-app";
import { setUpTestDatabase } from "../setup/set-up-test-database";

const database = setUpTestDatabase();
let server: Server;
let base = "";
let member: { id: string; slug: string; name: string };
let entryId = "";

beforeAll(async () => {
  const app = createApp({ mode: "production", build: await serverBuild() });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mockedNetwork.use(http.all(`${base}/*`, () => passthrough()));
  // The portal's very first request stores its secrets (a write): made here, before the tests.
  await get("/en");
  member = await createOrganisation(database.prisma, { name: "Centro Basaglia", countryCode: "IT" });
  await createOrganisation(database.prisma, { name: "Équipe mobile de Lille", countryCode: "FR" });
  entryId = (
    await createLibraryEntry(database.prisma, {
      organisationId: member.id,
      visibility: "members",
      texts: [{ language: "en", field: "title", text: "Budget notes for members only" }],
    })
  ).entryId;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  clearPageCache();
  mockedNetwork.use(http.all(`${base}/*`, () => passthrough()));
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers: { "Accept-Encoding": "identity", ...headers }, redirect: "manual" });
const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

describe("a visitor's page", () => {
  test("is rendered once, then served from memory with a fresh nonce, and a 304 when the browser has it", async () => {
    const first = await get("/en/members");
    const firstHtml = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get("x-page-cache")).toBeNull();
    expect(first.headers.get("cache-control")).toContain("s-maxage=");

    const second = await get("/en/members");
    const secondHtml = await second.text();
    expect(second.headers.get("x-page-cache")).toBe("hit");
    const [firstNonce, secondNonce] = [nonceOf(first)!, nonceOf(second)!];
    expect(secondNonce).not.toBe(firstNonce);
    expect(secondHtml).toContain(`nonce="${secondNonce}"`);
    expect(secondHtml).not.toContain(firstNonce);
    expect(secondHtml.replaceAll(secondNonce, firstNonce)).toBe(firstHtml);

    const etag = second.headers.get("etag")!;
    const revalidated = await get("/en/members", { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    // The browser keeps the policy that came with its copy, whose nonce its scripts carry.
    expect(revalidated.headers.get("content-security-policy")).toBeNull();
  });

  test("shows a change on the very next request, and a write elsewhere keeps it", async () => {
    await get(`/en/members/${member.slug}`);
    await get("/en/members");
    expect((await get(`/en/members/${member.slug}`)).headers.get("x-page-cache")).toBe("hit");

    // A sign-in's session touches no public page: both stay.
    await createPerson(database.prisma).then((person) => signedInCookie(database.prisma, person.id));
    expect((await get("/en/members")).headers.get("x-page-cache")).toBe("hit");

    await database.prisma.organisation.update({ where: { id: member.id }, data: { name: "Centro Franco Basaglia" } });
    for (const path of [`/en/members/${member.slug}`, "/en/members"]) {
      const fresh = await get(path);
      expect(fresh.headers.get("x-page-cache"), path).toBeNull();
      expect(await fresh.text()).toContain("Centro Franco Basaglia");
    }
  });

  test("a change rolled back leaves the page as it was; one committed in a transaction is seen at once", async () => {
    await get("/en/members");
    await expect(
      database.prisma.$transaction(async (tx) => {
        await tx.organisation.update({ where: { id: member.id }, data: { name: "Never saved" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const kept = await get("/en/members");
    expect(kept.headers.get("x-page-cache")).toBe("hit");
    expect(await kept.text()).not.toContain("Never saved");

    await database.prisma.$transaction(async (tx) => {
      await tx.organisation.update({ where: { id: member.id }, data: { name: "Centro Basaglia di Trieste" } });
    });
    const changed = await get("/en/members");
    expect(changed.headers.get("x-page-cache")).toBeNull();
    expect(await changed.text()).toContain("Centro Basaglia di Trieste");
  });

  test("a change the database derives (the search documents a trigger rewrites) is on the next request too", async () => {
    const { entryId: found } = await publishEntry(database.prisma, {
      organisationId: member.id,
      originalLanguage: "en",
      original: { title: "Crisis houses run by peers", summary: "A crisis house.", body: "Peers run a crisis house." },
    });
    await get("/en/search?q=crisis");
    const kept = await get("/en/search?q=crisis");
    expect(kept.headers.get("x-page-cache")).toBe("hit");
    expect(await kept.text()).toContain("Crisis houses run by peers");
    // Archiving writes the entry alone; its search document goes with it through a trigger.
    await database.prisma.libraryEntry.update({ where: { id: found }, data: { archivedAt: new Date() } });
    const after = await get("/en/search?q=crisis");
    expect(after.headers.get("x-page-cache")).toBeNull();
    expect(await after.text()).not.toContain("Crisis houses run by peers");
  });

  test("only pages marked public are kept: robots.txt, public as it is, is rendered each time", async () => {
    for (let visit = 0; visit < 2; visit++) {
      const robots = await get("/robots.txt");
      expect(robots.headers.get("cache-control")).toContain("public");
      expect(robots.headers.get("x-page-cache")).toBeNull();
    }
    await get("/en/members");
    const page = await get("/en/members");
    expect(page.headers.get("x-page-cache")).toBe("hit");
    // The marker that asks for a page to be kept never leaves the server.
    expect(page.headers.get("x-portal-keep-page")).toBeNull();
    expect((await get("/en/about")).headers.get("x-portal-keep-page")).toBeNull();
  });

  test("a browser's copy named among others, or weakly, still gets a 304", async () => {
    await get("/en/charter");
    const etag = (await get("/en/charter")).headers.get("etag")!;
    expect(etag).toMatch(/^W\//);
    expect((await get("/en/charter", { "If-None-Match": `"something-else", ${etag}` })).status).toBe(304);
    expect((await get("/en/charter", { "If-None-Match": etag.replace(/^W\//, "") })).status).toBe(304);
    expect((await get("/en/charter", { "If-None-Match": '"something-else"' })).status).toBe(200);
  });

  test("is kept per language: French and English never mix", async () => {
    for (let round = 0; round < 2; round++) {
      for (const language of ["en", "fr"] as const) {
        const title = (resourcesFor(language).members as { title: string }).title;
        const response = await get(`/${language}/members`);
        const html = await response.text();
        expect(html).toContain(`<html lang="${language}"`);
        expect(html).toMatch(new RegExp(`<h1[^>]*>${title}`));
        expect(response.headers.get("x-page-cache")).toBe(round === 0 ? null : "hit");
      }
    }
  });
});

describe("a signed-in reader", () => {
  test("is never served a visitor's copy, and their own page (with members-only text) is never kept", async () => {
    const person = await createPerson(database.prisma, { name: "Paola Socia" });
    await database.prisma.organisationMembership.create({ data: { userId: person.id, organisationId: member.id, role: "member" } });
    const cookie = await signedInCookie(database.prisma, person.id);
    const path = `/en/library/${entryId}`;

    await get("/en/members");
    const signedIn = await get("/en/members", { Cookie: cookie });
    expect(signedIn.headers.get("x-page-cache")).toBeNull();
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(await signedIn.text()).toContain("Paola Socia");

    const theirs = await get(path, { Cookie: cookie });
    expect(await theirs.text()).toContain("Budget notes for members only");
    for (let visit = 0; visit < 2; visit++) {
      const visitor = await get(path);
      expect(await visitor.text()).not.toContain("Budget notes for members only");
    }
    // And the visitor's copy of the directory does not greet anyone.
    expect(await (await get("/en/members")).text()).not.toContain("Paola Socia");
  });
});
