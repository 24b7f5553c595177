// `npm run db:setup`: brings the database up to date and adds the demo data if missing.
// Uses PostgreSQL when DATABASE_URL is set, the embedded PGlite folder otherwise.
import { pathToFileURL } from "node:url";
import { databaseLocation } from "~/utils/database/location";
import { openDatabase, type Database } from "~/utils/database/open-database.server";
import { demoAccountsEnabled, EnvError, getEnv, parseEnv } from "~/utils/env.server";
import { applyMigrations } from "./migrate";
import { seedDemoData } from "./seed";

/** Opens the configured database, runs `work`, closes it, and explains failures plainly. */
export async function runWithDatabase(work: (database: Database) => Promise<void>) {
  let database: Database | undefined;
  try {
    const env = parseEnv();
    const location = databaseLocation(env);
    console.log(
      location.kind === "postgres"
        ? `Database: PostgreSQL at ${redactPassword(location.url)}`
        : `Database: embedded PGlite in ${location.kind === "pglite" ? location.dir : "memory"}`,
    );
    database = openDatabase(location);
    await work(database);
  } catch (error) {
    console.error(explainStartupError(error));
    process.exitCode = 1;
  } finally {
    await database?.close().catch(() => {});
  }
}

export function redactPassword(url: string) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export function explainStartupError(error: unknown): string {
  if (error instanceof EnvError) return error.message;
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "EAI_AGAIN") {
    return `Cannot reach the PostgreSQL server named in DATABASE_URL (${code}). Check the host and port, start the server, or unset DATABASE_URL to use the embedded database.`;
  }
  if (code === "28P01" || code === "28000") {
    return `PostgreSQL refused the credentials in DATABASE_URL (${message}).`;
  }
  if (code === "3D000") {
    return `The database named in DATABASE_URL does not exist (${message}). Create it first, e.g. createdb <name>.`;
  }
  return `Database setup failed: ${message}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runWithDatabase(async ({ runSql, prisma }) => {
    const applied = await applyMigrations(runSql);
    console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Migrations: up to date.");
    const seeded = await seedDemoData(prisma, { accounts: demoAccountsEnabled(getEnv()) });
    console.log(
      `Demo data: ${seeded.organisationsAdded} organisations, ${seeded.accountsAdded} demo accounts added` +
        `${seeded.charterAdded ? ", Charter version 1 added" : ""}${seeded.eventsAdded ? `, ${seeded.eventsAdded} events added` : ""}.`,
    );
  });
}
