// The cache of public pages as a visitor (no session) gets them: rendered once, served from
// memory until a committed write changes a table the page was built from. The database's
// driver adapter tells it both: which tables are read while a page renders (`noteTablesRead`)
// and which tables each commit wrote (`announceCommittedWrites`,
// app/utils/database/table-observer.ts). Other instances hear of commits through
// PostgreSQL's NOTIFY (invalidation-channel.server.ts).
//
// A read is noted for every page rendering at that moment, not only the one that asked:
// Prisma batches queries of several requests made in the same tick into one, sent from the
// first one's context, so no request can be sure which reads were its own. A page may so
// depend on more tables than it read, and be forgotten more often; never less.
//
// The state lives on globalThis: the server (server/app.ts) and the built app it loads
// are two module graphs, and both must reach the same cache.
import { everyTable } from "./statement-tables";

export type CachedPage = {
  status: number;
  /** The page as rendered, with `nonce` where its CSP nonce goes. */
  html: string;
  nonce: string;
  headers: [string, string][];
  etag: string;
  /** The tables the page was built from. */
  tables: ReadonlySet<string>;
  storedAt: number;
};

/** What was read while one page rendered. */
export type ReadRecord = { tables: Set<string>; generation: number };

type CacheState = {
  pages: Map<string, CachedPage>;
  characters: number;
  /** Counts commits: a page is not stored if one since it began rendering wrote a table it read. */
  generation: number;
  /** The commits still younger than some rendering, with what they wrote. */
  commits: { generation: number; tables: readonly string[] }[];
  /** While instances cannot hear each other (the channel is down), nothing is kept or served. */
  suspended: boolean;
  /** Other in-memory copies of tables (the themes) that forget what a commit wrote. */
  listeners: Set<(tables: readonly string[]) => void>;
  rendering: Set<ReadRecord>;
  /** Told of each local commit, to pass it on to other instances. */
  forward?: (tables: string[]) => void;
};

const key = Symbol.for("portal.page-cache");
const globals = globalThis as unknown as { [key]?: CacheState };
const state: CacheState = (globals[key] ??= { pages: new Map(), characters: 0, generation: 0, commits: [], suspended: false, listeners: new Set(), rendering: new Set() });

/** At most this many characters of pages are kept (up to 64 MB; the least recently used go first): any query string makes a page. */
export const maxCachedCharacters = 32 * 1024 * 1024;
/** A page is rendered again after this long even without a write (events start and end, lists expire). */
export const cachedPageLifetimeMs = 60_000;

/** A page starts rendering: from now until `endRendering`, every table read is noted for it. */
export function beginRendering(): ReadRecord {
  const record: ReadRecord = { tables: new Set(), generation: state.generation };
  state.rendering.add(record);
  return record;
}

/** The rendering is over (its page stored, or not to be): its reads stop counting. */
export function endRendering(record: ReadRecord) {
  state.rendering.delete(record);
  // Commits older than every rendering still under way can no longer stop one being kept.
  const oldest = Math.min(...[...state.rendering].map((rendering) => rendering.generation), state.generation);
  while (state.commits.length > 0 && state.commits[0]!.generation <= oldest) state.commits.shift();
}

/** Called by the driver adapter for each statement that reads. */
export function noteTablesRead(tables: readonly string[]) {
  if (tables.length === 0) return;
  for (const record of state.rendering) for (const table of tables) record.tables.add(table);
}

/** Stores a page, unless a commit while it rendered wrote a table it read (it may show what came before). */
export function storePage(url: string, record: ReadRecord, page: Omit<CachedPage, "tables" | "storedAt">) {
  const touched = state.commits.some(
    (commit) => commit.generation > record.generation && commit.tables.some((table) => table === everyTable || record.tables.has(table)),
  );
  endRendering(record);
  if (touched || state.suspended) return false;
  forget(url);
  state.pages.set(url, { ...page, tables: new Set(record.tables), storedAt: Date.now() });
  state.characters += page.html.length;
  while (state.characters > maxCachedCharacters) forget(state.pages.keys().next().value!);
  return true;
}

/** The page stored for `url`, if it is still fresh. */
export function cachedPage(url: string, now = Date.now()): CachedPage | undefined {
  if (state.suspended) return undefined;
  const page = state.pages.get(url);
  if (!page) return undefined;
  if (now - page.storedAt > cachedPageLifetimeMs) {
    forget(url);
    return undefined;
  }
  // Most recently used last, so the oldest is dropped first.
  state.pages.delete(url);
  state.pages.set(url, page);
  return page;
}

/** Forgets every page built from one of `tables` (a write committed here or in another instance). */
export function invalidateTables(tables: readonly string[]) {
  state.generation++;
  if (state.rendering.size > 0) state.commits.push({ generation: state.generation, tables });
  for (const listener of state.listeners) listener(tables);
  for (const [url, page] of state.pages) {
    if (tables.includes(everyTable) || tables.some((table) => page.tables.has(table))) forget(url);
  }
}

/** A commit in this instance: forget what it touched here at once, and tell the other instances. */
export function announceCommittedWrites(tables: readonly string[]) {
  if (tables.length === 0) return;
  invalidateTables(tables);
  state.forward?.([...tables]);
}

/** Where commits are passed on to other instances (or nowhere: `undefined`). */
export function forwardCommittedWrites(forward: ((tables: string[]) => void) | undefined) {
  state.forward = forward;
}

/** While `true`, no page is kept or served (instances cannot hear of each other's commits). */
export function suspendPageCache(suspended: boolean) {
  state.suspended = suspended;
  if (suspended) invalidateTables([everyTable]);
}

/** Calls `listener` with the tables of every commit, here or in another instance. */
export function onCommittedWrites(listener: (tables: readonly string[]) => void) {
  state.listeners.add(listener);
}

export function clearPageCache() {
  invalidateTables([everyTable]);
}

function forget(url: string) {
  const page = state.pages.get(url);
  if (!page) return;
  state.pages.delete(url);
  state.characters -= page.html.length;
}
