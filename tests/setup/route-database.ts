// Points the app's db() at a test database, so route loaders and actions can be called
// directly in integration tests.
import type { Database } from "~/utils/database/open-database.server";

const globalForDatabase = globalThis as unknown as { portalDatabase?: Database };

/** Returns a function that points db() back where it was (for a database of one describe block). */
export function useDatabaseForRoutes(database: Database): () => void {
  const previous = globalForDatabase.portalDatabase;
  globalForDatabase.portalDatabase = database;
  return () => {
    globalForDatabase.portalDatabase = previous;
  };
}
