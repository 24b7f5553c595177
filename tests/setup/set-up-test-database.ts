// The one line an integration test file needs for its database:
//
//   const database = setUpTestDatabase();
//
// It opens a migrated, empty database of the file's own before the first test (from the
// template, see test-database.ts), points the app's db() at it so route loaders and
// actions can be called directly, and closes (on PostgreSQL, drops) it after the last test.
// Called inside a describe(), the database is that block's alone.
import { afterAll, beforeAll } from "vitest";
import { useDatabaseForRoutes } from "./route-database";
import { createTestDatabase, testBackend, type TestDatabase } from "./test-database";

/** The file's database; opening and closing it is the fixture's business. */
export type FileTestDatabase = Pick<TestDatabase, "prisma" | "runSql" | "backend" | "url">;

export function setUpTestDatabase(): FileTestDatabase {
  let current: TestDatabase | undefined;
  let restoreRoutesDatabase = () => {};
  beforeAll(async () => {
    current = await createTestDatabase();
    restoreRoutesDatabase = useDatabaseForRoutes(current);
  });
  afterAll(async () => {
    restoreRoutesDatabase();
    await current?.destroy();
    current = undefined;
  });

  const open = () => {
    if (!current) throw new Error("The test database is open only inside tests and hooks (it is made in beforeAll).");
    return current;
  };
  return {
    get prisma() {
      return open().prisma;
    },
    get runSql() {
      return open().runSql;
    },
    // Known at once, so `test.skipIf(database.backend === "pglite")` works while tests are collected.
    backend: testBackend(),
    get url() {
      return open().url;
    },
  };
}
