import { beforeEach, describe, expect, test } from "vitest";
import { announceCommittedWrites, cachedPage, cachedPageLifetimeMs, clearPageCache, noteTablesRead, recordingReads, storePage } from "./page-cache.server";

const page = (html = "<html>page</html>") => ({ status: 200, html, nonce: "n", headers: [], etag: '"e"' });

/** Renders as a request would: reading `tables`, then `during` (a commit meanwhile, say), then stores. */
async function render(url: string, tables: string[], during: () => void = () => {}) {
  const { result, record } = recordingReads(async () => {
    await Promise.resolve();
    noteTablesRead(tables);
    during();
  });
  await result;
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

  test("a page whose rendering saw a commit is not kept: it may show what came before", async () => {
    expect(await render("/en/members", ["Organisation"], () => announceCommittedWrites(["Session"]))).toBe(false);
    expect(cachedPage("/en/members")).toBeUndefined();
  });

  test("tables read outside a request's rendering are noted nowhere", async () => {
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
