// A database of its own for one integration test file, migrated and empty: an in-memory
// PGlite copy of the migrated template by default, or, on the PostgreSQL server at
// TEST_DATABASE_URL, a new database copied from the template there (dropped by destroy()).
// Most files call setUpTestDatabase() (set-up-test-database.ts) instead; call this directly
// for a second database, or for one a test closes or hands to another process.
import { openDatabase, type Database } from "~/utils/database/open-database.server";
import { openPgliteCopy } from "./templates/pglite-template";
import { createPostgresCopy } from "./templates/postgres-template";

export type TestDatabase = Database & {
  backend: "pglite" | "postgres";
  /** On PostgreSQL, the database's URL, for tests that start other processes on it. */
  url?: string;
  destroy(): Promise<void>;
};

/** Which backend this vitest project runs on (integration-pglite or integration-postgres); known before any database is open. */
export function testBackend(): TestDatabase["backend"] {
  return process.env.TEST_DATABASE_BACKEND === "postgres" ? "postgres" : "pglite";
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const backend = testBackend();
  if (backend === "pglite") {
    const database = await openPgliteCopy();
    return { ...database, backend, destroy: () => database.close() };
  }

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL must be set for the postgres integration project");
  const copy = await createPostgresCopy(serverUrl);
  const database = openDatabase({ kind: "postgres", url: copy.url });
  return {
    ...database,
    backend,
    url: copy.url,
    async destroy() {
      await database.close();
      await copy.drop();
    },
  };
}
