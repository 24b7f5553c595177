// Every lock the application takes, inside the caller's transaction and released at its
// commit or rollback: row locks (one row, `SELECT … FOR UPDATE`) and named advisory locks
// (a rule that spans rows, such as "numbers are handed out one at a time"). Each waits at
// most `lockTimeoutMs`, so a stuck holder gives a LockTimeout error instead of a hung
// request. docs/decisions/009-locking.md says which lock to use when.
import crypto from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";
import { quoteIdentifier } from "~/utils/database/sql-identifier";

type Tx = Prisma.TransactionClient;

/** How long a lock is waited for before giving up, unless the caller says otherwise. */
export const lockTimeoutMs = 5_000;

type LockOptions = { timeoutMs?: number };

/** The tables whose rows are locked; a name here is quoted into SQL, so it is a fixed list. */
export type LockableTable = "Organisation" | "CharterVersion";

export class LockTimeout extends Error {
  constructor(readonly lock: string, timeoutMs: number) {
    super(`waited more than ${timeoutMs} ms for the lock on ${lock}`);
    this.name = "LockTimeout";
  }
}

/** Locks the row until the transaction ends; false when there is no such row. */
export async function lockRow(tx: Tx, table: LockableTable, id: string, options: LockOptions = {}) {
  const rows = await withLockTimeout(tx, `${table} ${id}`, options, () =>
    tx.$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM ${quoteIdentifier(table)} WHERE "id" = $1 FOR UPDATE`, id),
  );
  return rows.length === 1;
}

/**
 * Changes to one organisation's people, profile or signatures take its row lock, so that
 * checks like "another admin is left" or "not signed yet" hold until the commit. (Status
 * changes need none: performMove's conditional update refuses a stale one.)
 * False when there is no such organisation.
 */
export function lockOrganisation(tx: Tx, organisationId: string) {
  return lockRow(tx, "Organisation", organisationId);
}

/**
 * Takes the named advisory locks until the transaction ends, in sorted order so that two
 * transactions asking for the same names never wait for each other in a circle.
 * Names say what they guard, `<area>:<what>[:<id>]`, e.g. `charter:version-numbers`.
 */
export async function lockNames(tx: Tx, names: readonly string[], options: LockOptions = {}) {
  const sorted = [...new Set(names)].sort();
  for (const name of sorted) {
    await withLockTimeout(tx, `"${name}"`, options, () => tx.$executeRaw`SELECT pg_advisory_xact_lock(${advisoryKey(name)}::bigint)`);
  }
}

/**
 * The 64-bit advisory lock key of a name: the first 8 bytes of its SHA-256, as a signed
 * bigint (in decimal, to cross every driver intact). Computed here rather than with
 * PostgreSQL's `hashtext`, which is 32 bits (collisions likely past some tens of thousands
 * of names) and an internal function not promised to stay the same across versions.
 */
export function advisoryKey(name: string) {
  return crypto.createHash("sha256").update(name, "utf8").digest().readBigInt64BE(0).toString();
}

/**
 * Waits under `lock_timeout` (SET LOCAL: it holds until the transaction ends, so any lock
 * the rest of the transaction waits for, such as an UPDATE's row lock, gives up in time too).
 */
async function withLockTimeout<T>(tx: Tx, lock: string, { timeoutMs = lockTimeoutMs }: LockOptions, wait: () => Promise<T>): Promise<T> {
  // A number, never text from outside: SET takes no parameters.
  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${Math.max(1, Math.trunc(timeoutMs))}`);
  try {
    return await wait();
  } catch (error) {
    if (isLockTimeout(error)) throw new LockTimeout(lock, timeoutMs);
    throw error;
  }
}

/** PostgreSQL's lock_not_available (55P03), which Prisma reports in the driver adapter's error. */
function isLockTimeout(error: unknown) {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } } | null)?.meta;
  return meta?.driverAdapterError?.cause?.originalCode === "55P03";
}
