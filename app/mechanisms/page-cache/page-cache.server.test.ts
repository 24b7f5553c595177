import { beforeEach, describe, expect, test } from "vitest";
import { announceCommittedWrites, beginRendering, cachedPage, cachedPageLifetimeMs, clearPageCache, noteTablesRead, storePage, suspendPageCache } from "./page-cache.server";

const page = (html = "<html>page</html>") => ({ status: 200, html, nonce: "n", headers: [], etag: '"e"' });

/** Renders as a request would: reading `tables`, then `during` (a commit meanwhile, say), then stores. */
async function render(url: string, tables: string[], during: () => void = () => {}) {
  const record = beginRendering();
  await Promise.resolve();
  noteTablesRead(tables);
  during();
  return storePage(url, record, page());
}

beforeEach(() => clearPageCache());

describe("the page cache", () => {
  test("keeps a page with the tables its rendering read, and forgets it when one of them is written", async () => {
    expect(await render("/en/members", ["Organisation", "Theme"])).toBe(true);
    expect(await render("/en/charter", ["CharterVersion"])).toBe(true);
    announceCommittedWrites(["Session", "AuditEvent"]);
    expect(cachedPage("/en/members")).toBeDefined();
    announceCommittedWrites(["Theme"]);
    expect(cachedPage("/en/members")).toBeUndefined();
    expect(cachedPage("/en/charter")).toBeDefined();
  });

  test("a page whose rendering saw a commit to a table it read is not kept: it may show what came before", async () => {
    expect(await render("/en/members", ["Organisation"], () => announceCommittedWrites(["Organisation"]))).toBe(false);
    expect(cachedPage("/en/members")).toBeUndefined();
    // A commit to other tables meanwhile (a session, a job's claim) does not stop it.
    expect(await render("/en/members", ["Organisation"], () => announceCommittedWrites(["Session"]))).toBe(true);
  });

  test("a commit made while another page renders still stops this one if it read the table", async () => {
    const [members, charter] = [beginRendering(), beginRendering()];
    noteTablesRead(["Organisation"]);
    announceCommittedWrites(["Organisation"]);
    expect(storePage("/en/charter", charter, page())).toBe(false);
    expect(storePage("/en/members", members, page())).toBe(false);
    const after = beginRendering();
    noteTablesRead(["Organisation"]);
    expect(storePage("/en/members", after, page())).toBe(true);
  });

  test("while suspended (instances cannot hear each other) nothing is kept or served", async () => {
    await render("/en/members", ["Organisation"]);
    suspendPageCache(true);
    expect(cachedPage("/en/members")).toBeUndefined();
    expect(await render("/en/members", ["Organisation"])).toBe(false);
    suspendPageCache(false);
    expect(await render("/en/members", ["Organisation"])).toBe(true);
    expect(cachedPage("/en/members")).toBeDefined();
  });

  test("a read made while two pages render counts for both (Prisma may send two requests' queries as one)", async () => {
    const [members, about] = [beginRendering(), beginRendering()];
    noteTablesRead(["Organisation"]);
    expect(storePage("/en/members", members, page())).toBe(true);
    expect(storePage("/en/about", about, page())).toBe(true);
    announceCommittedWrites(["Organisation"]);
    expect(cachedPage("/en/about")).toBeUndefined();
  });

  test("tables read while no page renders are noted for none", async () => {
    noteTablesRead(["Organisation"]);
    expect(await render("/en/about", [])).toBe(true);
    announceCommittedWrites(["Organisation"]);
    expect(cachedPage("/en/about")).toBeDefined();
  });

  test("a page is rendered again once its lifetime is over, write or no write", async () => {
    await render("/en/events", ["Event"]);
    expect(cachedPage("/en/events", Date.now() + cachedPageLifetimeMs - 1_000)).toBeDefined();
    expect(cachedPage("/en/events", Date.now() + cachedPageLifetimeMs + 1_000)).toBeUndefined();
  });

  test("a write whose tables are unknown forgets every page", async () => {
    await render("/en/members", ["Organisation"]);
    await render("/en/about", []);
    announceCommittedWrites(["*"]);
    expect(cachedPage("/en/members")).toBeUndefined();
    expect(cachedPage("/en/about")).toBeUndefined();
  });
});
