// A database of its own for one integration test file, migrated and empty: in-memory
// PGlite by default, or a fresh database on the PostgreSQL server at TEST_DATABASE_URL
// (dropped again by destroy()).
import crypto from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "~/utils/database/open-database.server";
import { applyMigrations } from "../../prisma/migrate";

export type TestDatabase = Database & {
  backend: "pglite" | "postgres";
  /** On PostgreSQL, the database's URL, for tests that start other processes on it. */
  url?: string;
  destroy(): Promise<void>;
};

export async function createTestDatabase(): Promise<TestDatabase> {
  const backend = process.env.TEST_DATABASE_BACKEND === "postgres" ? "postgres" : "pglite";
  if (backend === "pglite") {
    const database = openDatabase({ kind: "pglite-memory" });
    await applyMigrations(database.runSql);
    return { ...database, backend, destroy: () => database.close() };
  }

  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL must be set for the postgres integration project");
  const name = `portal_test_${crypto.randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = openDatabase({ kind: "postgres", url: url.toString() });
  await applyMigrations(database.runSql);
  return {
    ...database,
    backend,
    url: url.toString(),
    async destroy() {
      await database.close();
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
