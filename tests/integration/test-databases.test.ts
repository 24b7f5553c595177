// The test databases themselves (tests/setup): each starts migrated and empty, copies of
// the template never share rows, and on PostgreSQL nobody can connect to the template,
// since one connection to it would make every CREATE DATABASE … TEMPLATE fail.
import pg from "pg";
import { expect, test } from "vitest";
import { listMigrations } from "../../prisma/migrate";
import { createPerson } from "../fixtures/people";
import { databaseUrl, postgresTemplateName } from "../setup/templates/postgres-template";
import { createTestDatabase, testBackend } from "../setup/test-database";

test("a test database has every migration applied, and what one writes another never sees", async () => {
  const first = await createTestDatabase();
  const second = await createTestDatabase();
  try {
    await createPerson(first.prisma, { email: "only-in-the-first@example.org" });
    expect(await first.prisma.user.count()).toBe(1);
    expect(await second.prisma.user.count()).toBe(0);
    const applied = await second.runSql(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(applied.map((row) => row.migration_name)).toEqual(listMigrations().map((migration) => migration.name));
  } finally {
    await Promise.all([first.destroy(), second.destroy()]);
  }
});

test("a database made after another was written to still starts empty", async () => {
  const written = await createTestDatabase();
  await createPerson(written.prisma);
  const next = await createTestDatabase();
  try {
    expect(await next.prisma.user.count()).toBe(0);
  } finally {
    await Promise.all([written.destroy(), next.destroy()]);
  }
});

test.runIf(testBackend() === "postgres")("nobody can connect to the PostgreSQL template", async () => {
  const client = new pg.Client({ connectionString: databaseUrl(process.env.TEST_DATABASE_URL!, postgresTemplateName()) });
  await expect(client.connect()).rejects.toThrow(/not currently accepting connections/);
});

test.runIf(testBackend() === "postgres")("a dropped test database is gone from the server", async () => {
  const database = await createTestDatabase();
  const name = new URL(database.url!).pathname.slice(1);
  await database.destroy();
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    expect((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount).toBe(0);
  } finally {
    await admin.end();
  }
});
