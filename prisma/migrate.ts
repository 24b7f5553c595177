// Applies the SQL migrations in prisma/migrations in order, recording them in Prisma's own
// `_prisma_migrations` table so `prisma migrate dev` and `prisma migrate deploy` stay in
// step with it. Why not call `prisma migrate deploy`: on the embedded PGlite database the
// CLI takes ~25 s and does not exit once done; this runs in-process in well under a second.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Runs SQL text (several statements allowed) and returns rows of the last statement. */
export type SqlRunner = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export function listMigrations() {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies pending migrations, each in its own transaction. Returns the names applied. */
export async function applyMigrations(run: SqlRunner): Promise<string[]> {
  await run(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`);
  const rows = await run(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Map(rows.map((row) => [String(row.migration_name), String(row.checksum)]));
  const done: string[] = [];
  for (const migration of listMigrations()) {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new Error(`Migration ${migration.name} was edited after it was applied; add a new migration instead.`);
      }
      continue;
    }
    await run("BEGIN");
    try {
      await run(migration.sql);
      await run(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
         VALUES (gen_random_uuid()::text, $1, $2, now(), 1)`,
        [migration.checksum, migration.name],
      );
      await run("COMMIT");
    } catch (error) {
      await run("ROLLBACK");
      throw error;
    }
    done.push(migration.name);
  }
  return done;
}
