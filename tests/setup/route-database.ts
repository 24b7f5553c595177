// Points the app's db() at a test database, so route loaders and actions can be called
// directly in integration tests.
import type { Database } from "~/utils/database/open-database.server";

export function useDatabaseForRoutes(database: Database) {
  (globalThis as unknown as { portalDatabase?: Database }).portalDatabase = database;
}
