// Several instances on one PostgreSQL server: each tells the others which tables its
// commits wrote, over PostgreSQL's LISTEN/NOTIFY, and forgets the cached pages the others'
// commits touched. A notification arrives within milliseconds; if the channel's connection
// drops, every cached page is forgotten (a commit may have been missed) and it reconnects.
// On PGlite there is one process, and nothing to tell.
import crypto from "node:crypto";
import pg from "pg";
import { forwardCommittedWrites, invalidateTables } from "./page-cache.server";
import { everyTable } from "./statement-tables";

export const invalidationChannel = "portal_page_cache";

type Notice = { from: string; tables: string[] };

export type InvalidationChannel = { instance: string; close(): Promise<void> };

export async function connectInvalidationChannel(url: string, { retryMs = 1_000 } = {}): Promise<InvalidationChannel> {
  const instance = crypto.randomUUID();
  let client: pg.Client | undefined;
  let closed = false;

  const connect = async () => {
    // Named, so an operator sees what the connection is for (pg_stat_activity.application_name).
    const next = new pg.Client({ connectionString: url, application_name: "portal page cache" });
    next.on("notification", (message) => {
      const notice = parseNotice(message.payload);
      if (notice && notice.from !== instance) invalidateTables(notice.tables);
    });
    const lost = () => {
      if (closed || client !== next) return;
      client = undefined;
      invalidateTables([everyTable]);
      setTimeout(() => void connect().catch(lost), retryMs).unref();
    };
    next.on("error", lost);
    next.on("end", lost);
    await next.connect();
    await next.query(`LISTEN ${invalidationChannel}`);
    client = next;
    // Reconnected: what was committed meanwhile is unknown.
    invalidateTables([everyTable]);
  };

  await connect();
  forwardCommittedWrites((tables) => {
    const notice: Notice = { from: instance, tables };
    // A lost notice is a stale page elsewhere until its lifetime ends: logged, never thrown at the request.
    client?.query("SELECT pg_notify($1, $2)", [invalidationChannel, JSON.stringify(notice)]).catch((error: unknown) => console.error("page cache: notify failed", error));
  });
  return {
    instance,
    async close() {
      closed = true;
      forwardCommittedWrites(undefined);
      await client?.end();
    },
  };
}

function parseNotice(payload: string | undefined): Notice | null {
  try {
    const value = JSON.parse(payload ?? "") as Partial<Notice>;
    if (typeof value.from !== "string" || !Array.isArray(value.tables) || !value.tables.every((table) => typeof table === "string")) return null;
    return { from: value.from, tables: value.tables };
  } catch {
    return null;
  }
}
