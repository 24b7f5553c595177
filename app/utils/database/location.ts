// Picks the database the portal runs on: a PostgreSQL server when DATABASE_URL is set,
// the embedded PGlite folder otherwise. Kept free of the generated client because
// prisma.config.ts loads it before the client exists.
import fs from "node:fs";
import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

export type DatabaseLocation =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dir: string }
  | { kind: "pglite-memory" };

export function databaseLocation(env: { DATABASE_URL?: string; PGLITE_DIR?: string }): DatabaseLocation {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "pglite", dir: path.resolve(env.PGLITE_DIR || "data/pglite") };
}

/**
 * What every PGlite the portal opens loads: the extensions its migrations create
 * (btree_gin, for the library search's composite index). PostgreSQL ships them as contrib.
 */
export const pgliteExtensions = { btree_gin } satisfies PGliteOptions["extensions"];

export function openPGlite(location: Exclude<DatabaseLocation, { kind: "postgres" }>): PGlite {
  if (location.kind === "pglite-memory") return new PGlite({ extensions: pgliteExtensions });
  fs.mkdirSync(location.dir, { recursive: true });
  lockPGliteFolder(location.dir);
  return new PGlite(location.dir, { extensions: pgliteExtensions });
}

/**
 * PGlite is one process: a second one opening the same folder (a setup run while the
 * server is up) would corrupt it. A lock file beside the folder, holding the owner's pid,
 * refuses that with a clear message; a lock left by a process that died is taken over.
 */
function lockPGliteFolder(dir: string) {
  const lockFile = `${dir}.lock`;
  try {
    fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const owner = Number(fs.readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && isRunning(owner)) {
      throw new Error(
        `The embedded database in ${dir} is in use by process ${owner} (see ${lockFile}). Stop that process first, or set PGLITE_DIR to another folder; if process ${owner} is not the portal, delete ${lockFile}.`,
      );
    }
    fs.writeFileSync(lockFile, String(process.pid));
  }
  process.once("exit", () => {
    try {
      if (fs.readFileSync(lockFile, "utf8") === String(process.pid)) fs.rmSync(lockFile);
    } catch {
      // already gone
    }
  });
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function createDatabaseAdapter(location: DatabaseLocation) {
  if (location.kind === "postgres") return new PrismaPg({ connectionString: location.url });
  return pgliteAdapter(openPGlite(location));
}

/**
 * pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils than
 * Prisma 6.19's; the interface is the same at run time (0.7 needs Prisma 7), so the
 * adapter is presented with PrismaPg's type.
 */
export function pgliteAdapter(pglite: PGlite): PrismaPg {
  return new PrismaPGlite(pglite) as unknown as PrismaPg;
}
