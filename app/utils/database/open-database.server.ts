// Opens the portal's database: a Prisma client, plus a raw SQL runner for migrations.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "~/generated/prisma/client";
import { refusingLateStatements } from "./late-statement-guard";
import { observingTables } from "./table-observer";
import { openPGlite, pgliteAdapter, type DatabaseLocation } from "./location";
import type { SqlRunner } from "../../../prisma/migrate";

export type Database = {
  prisma: PrismaClient;
  runSql: SqlRunner;
  close(): Promise<void>;
};

export function openDatabase(location: DatabaseLocation): Database {
  if (location.kind === "postgres") {
    const prisma = prismaClientOver(new PrismaPg({ connectionString: location.url }));
    // Migrations get a connection of their own, so BEGIN and COMMIT reach the same session.
    let sqlClient: Promise<pg.Client> | undefined;
    return {
      prisma,
      async runSql(sql, params) {
        sqlClient ??= (async () => {
          const client = new pg.Client({ connectionString: location.url });
          await client.connect();
          return client;
        })();
        const result = await (await sqlClient).query(sql, params);
        const last = Array.isArray(result) ? result.at(-1) : result;
        return (last?.rows ?? []) as Record<string, unknown>[];
      },
      async close() {
        await prisma.$disconnect();
        if (sqlClient) await (await sqlClient).end();
      },
    };
  }
  return openPGliteDatabase(openPGlite(location));
}

/**
 * The portal's Prisma client over a driver adapter. A transaction may take 15 seconds
 * (Prisma's 5 is short for a busy two-core machine; a longer one still frees its locks),
 * and once it has ended, by commit, rollback or timeout, none of its statements can run
 * outside it (late-statement-guard.ts).
 */
export function prismaClientOver(adapter: SqlDriverAdapterFactory, { transactionTimeoutMs = 15_000 } = {}) {
  return new PrismaClient({
    // The page cache learns what each request read and what each commit wrote (table-observer.ts).
    adapter: observingTables(refusingLateStatements(adapter)),
    transactionOptions: { timeout: transactionTimeoutMs, maxWait: 10_000 },
  });
}

/** The Database for a PGlite instance already made (tests open one from a migrated copy). */
export function openPGliteDatabase(pglite: PGlite): Database {
  const prisma = prismaClientOver(pgliteAdapter(pglite));
  return {
    prisma,
    async runSql(sql, params) {
      if (params) return (await pglite.query<Record<string, unknown>>(sql, params)).rows;
      const results = await pglite.exec(sql);
      return (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
