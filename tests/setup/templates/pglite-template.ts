// The migrated PGlite template: an in-memory database with every migration applied, dumped
// once to a file in the temp folder. Each test file opens its own in-memory copy from that
// file, which is several times faster than creating a database and migrating it (PGlite's
// initdb is most of the cost; see docs/decisions/013-test-databases-from-a-template.md).
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteExtensions } from "~/utils/database/location";
import { openPGliteDatabase, type Database } from "~/utils/database/open-database.server";
import { applyMigrations } from "../../../prisma/migrate";
import { migrationsFingerprint } from "./migrations-fingerprint";

const templateDir = path.join(os.tmpdir(), "portal-test-templates");
const staleAfterMs = 60 * 60 * 1000;

/** The template's file: named after the migrations and PGlite's version (a new PGlite may store data differently). */
export function pgliteTemplateFile() {
  return path.join(templateDir, `pglite-${migrationsFingerprint(`pglite ${pgliteVersion()}`)}.tar`);
}

/** Makes the template file unless it exists already; returns its path. */
export async function ensurePgliteTemplate(): Promise<string> {
  const file = pgliteTemplateFile();
  if (fs.existsSync(file)) return file;
  const pglite = new PGlite({ extensions: pgliteExtensions });
  const database = openPGliteDatabase(pglite);
  try {
    await applyMigrations(database.runSql);
    const dump = await pglite.dumpDataDir("none");
    // Written aside and renamed, so a test file starting meanwhile never reads half a dump.
    fs.mkdirSync(templateDir, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, file);
  } finally {
    await database.close();
  }
  return file;
}

/** A migrated, empty in-memory database of its own, loaded from the template. */
export async function openPgliteCopy(): Promise<Database> {
  const file = await ensurePgliteTemplate();
  const pglite = new PGlite({ loadDataDir: new Blob([fs.readFileSync(file)]), extensions: pgliteExtensions });
  await pglite.waitReady;
  return openPGliteDatabase(pglite);
}

/**
 * Marks the current template as used and deletes templates (and unfinished dumps) no run
 * has used for an hour: other worktrees may be running on other migrations right now.
 */
export function removeStalePgliteTemplates() {
  if (!fs.existsSync(templateDir)) return;
  const current = pgliteTemplateFile();
  const now = new Date();
  if (fs.existsSync(current)) fs.utimesSync(current, now, now);
  for (const name of fs.readdirSync(templateDir)) {
    const file = path.join(templateDir, name);
    if (file === current || !name.startsWith("pglite-")) continue;
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs > staleAfterMs) fs.rmSync(file, { force: true });
    } catch {
      // removed by another run meanwhile
    }
  }
}

function pgliteVersion(): string {
  // The package does not export its package.json; it sits above the dist/ folder.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const packageJson = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), "package.json");
  return (JSON.parse(fs.readFileSync(packageJson, "utf8")) as { version: string }).version;
}
