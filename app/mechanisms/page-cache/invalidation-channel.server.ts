// Several instances on one PostgreSQL server: each tells the others which tables its
// commits wrote, over PostgreSQL's LISTEN/NOTIFY, and forgets the cached pages the others'
// commits touched. A notification arrives within milliseconds. While the channel's
// connection is down the cache keeps and serves nothing (a commit may be missed), and the
// channel tries again every second.
// On PGlite there is one process, and nothing to tell.
import crypto from "node:crypto";
import pg from "pg";
import { forwardCommittedWrites, invalidateTables, suspendPageCache } from "./page-cache.server";
import { everyTable } from "./statement-tables";

export const invalidationChannel = "portal_page_cache";
/** The connection's name in pg_stat_activity, so an operator sees what it is for. */
export const applicationName = "portal page cache";

type Notice = { from: string; tables: string[] };

export type InvalidationChannel = { instance: string; close(): Promise<void> };

export async function connectInvalidationChannel(url: string, { retryMs = 1_000 } = {}): Promise<InvalidationChannel> {
  const instance = crypto.randomUUID();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  // One connection at a time; when it is lost, nothing is kept or served until another listens.
  const listen = async () => {
    const next = new pg.Client({ connectionString: url, application_name: applicationName });
    next.on("notification", (message) => {
      const notice = parseNotice(message.payload);
      if (notice && notice.from !== instance) invalidateTables(notice.tables);
    });
    const lost = () => {
      if (client !== next) return;
      client = undefined;
      suspendPageCache(true);
      scheduleRetry();
    };
    next.on("error", lost);
    next.on("end", lost);
    try {
      await next.connect();
      await next.query(`LISTEN ${invalidationChannel}`);
    } catch (error) {
      next.removeAllListeners("end");
      await next.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    // Listening (again): pages kept before may predate commits this instance did not hear of.
    invalidateTables([everyTable]);
    suspendPageCache(false);
  };
  const scheduleRetry = () => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      listen().catch((error: unknown) => {
        console.error(`page cache: cannot listen for other instances' changes (${error instanceof Error ? error.message : String(error)}); trying again`);
        scheduleRetry();
      });
    }, retryMs);
    retry.unref();
  };

  await listen();
  forwardCommittedWrites((tables) => {
    const notice: Notice = { from: instance, tables };
    // A lost notice is a stale page elsewhere until its lifetime ends: logged, never thrown at the request.
    client?.query("SELECT pg_notify($1, $2)", [invalidationChannel, JSON.stringify(notice)]).catch((error: unknown) => console.error("page cache: notify failed", error));
  });
  return {
    instance,
    async close() {
      closed = true;
      clearTimeout(retry);
      forwardCommittedWrites(undefined);
      const current = client;
      client = undefined;
      await current?.end();
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
