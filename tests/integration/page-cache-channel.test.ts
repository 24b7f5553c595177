// Instances on one PostgreSQL server tell each other what their commits wrote
// (app/mechanisms/page-cache/invalidation-channel.server.ts): a commit here reaches a
// listener elsewhere, another instance's commit makes this one forget the pages it touched,
// and a lost connection forgets every page, then listens again.
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { connectInvalidationChannel, invalidationChannel, type InvalidationChannel } from "~/mechanisms/page-cache/invalidation-channel.server";
import { beginRendering, cachedPage, clearPageCache, noteTablesRead, storePage } from "~/mechanisms/page-cache/page-cache.server";
import { createOrganisation } from "../fixtures/organisations";
import { setUpTestDatabase } from "../setup/set-up-test-database";

const database = setUpTestDatabase();
const onPostgres = database.backend === "postgres";
let channel: InvalidationChannel;
let other: pg.Client;

/** A page kept as if a request had rendered it reading `tables`. */
async function keep(url: string, tables: string[]) {
  const record = beginRendering();
  noteTablesRead(tables);
  expect(storePage(url, record, { status: 200, html: "<html></html>", nonce: "n", headers: [], etag: '"e"' })).toBe(true);
}

const notifyFromElsewhere = (tables: string[]) =>
  other.query("SELECT pg_notify($1, $2)", [invalidationChannel, JSON.stringify({ from: "another-instance", tables })]);

describe.skipIf(!onPostgres)("the page cache's channel on PostgreSQL", () => {
  beforeAll(async () => {
    channel = await connectInvalidationChannel(database.url!, { retryMs: 100 });
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterAll(async () => {
    await channel?.close();
    await other?.end();
  });
  beforeEach(() => clearPageCache());

  test("another instance's commit forgets the pages built from its tables, within a second, and no others", async () => {
    await keep("/en/members", ["Organisation"]);
    await keep("/en/events", ["Event"]);
    await notifyFromElsewhere(["Organisation"]);
    await expect.poll(() => cachedPage("/en/members"), { timeout: 1_000 }).toBeUndefined();
    expect(cachedPage("/en/events")).toBeDefined();
  });

  test("a commit here is told to the others, with the tables it wrote", async () => {
    const heard: { from: string; tables: string[] }[] = [];
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    listener.on("notification", (message) => heard.push(JSON.parse(message.payload!)));
    await listener.query(`LISTEN ${invalidationChannel}`);
    try {
      await createOrganisation(database.prisma, { name: "Heard elsewhere" });
      await expect.poll(() => heard.find((notice) => notice.tables.includes("Organisation")), { timeout: 1_000 }).toEqual({ from: channel.instance, tables: expect.arrayContaining(["Organisation"]) });
    } finally {
      await listener.end();
    }
  });

  test("a lost connection forgets every page, and the channel listens again", async () => {
    await keep("/en/members", ["Organisation"]);
    const ended = await other.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'portal page cache' AND datname = current_database()");
    expect(ended.rowCount).toBe(1);
    await expect.poll(() => cachedPage("/en/members"), { timeout: 2_000 }).toBeUndefined();
    // Listening again: another instance's commit still reaches this one.
    await expect
      .poll(
        async () => {
          await keep("/en/charter", ["CharterVersion"]);
          await notifyFromElsewhere(["CharterVersion"]);
          await new Promise((resolve) => setTimeout(resolve, 100));
          return cachedPage("/en/charter");
        },
        { timeout: 3_000 },
      )
      .toBeUndefined();
  });
});
