// The app's one database connection, opened on first use and kept across dev reloads.
import { databaseLocation } from "./database-adapter";
import { openDatabase, type Database } from "./database.server";
import { getEnv } from "./env.server";

const globalForDatabase = globalThis as unknown as { portalDatabase?: Database };

export function getDatabase(): Database {
  globalForDatabase.portalDatabase ??= openDatabase(databaseLocation(getEnv()));
  return globalForDatabase.portalDatabase;
}

/** Closes the connection if one is open (on shutdown, so PGlite writes everything out). */
export async function closeDatabase() {
  const database = globalForDatabase.portalDatabase;
  globalForDatabase.portalDatabase = undefined;
  await database?.close();
}

/** The Prisma client every loader and action uses. */
export function db() {
  return getDatabase().prisma;
}
