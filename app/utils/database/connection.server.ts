// The app's one database connection, opened on first use and kept across dev reloads.
import { databaseLocation } from "./location";
import { openDatabase, type Database } from "./open-database.server";
import { getEnv } from "../env.server";

const globalForDatabase = globalThis as unknown as { portalDatabase?: Database; portalDatabaseClosed?: boolean };

export function getDatabase(): Database {
  if (globalForDatabase.portalDatabaseClosed) throw new Error("The database is closed: the server is shutting down.");
  globalForDatabase.portalDatabase ??= openDatabase(databaseLocation(getEnv()));
  return globalForDatabase.portalDatabase;
}

/** Closes the connection if one is open (on shutdown, so PGlite writes everything out). */
export async function closeDatabase() {
  globalForDatabase.portalDatabaseClosed = true;
  await globalForDatabase.portalDatabase?.close();
}

/** The Prisma client every loader and action uses. */
export function db() {
  return getDatabase().prisma;
}

/** Whether the database answers a trivial query (for /healthz); throws when it does not. */
export async function checkDatabase() {
  await db().$queryRaw`SELECT 1`;
}
