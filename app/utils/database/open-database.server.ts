// Opens the portal's database: a Prisma client, plus a raw SQL runner for migrations.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "~/generated/prisma/client";
import { openPGlite, pgliteAdapter, type DatabaseLocation } from "./location";
import type { SqlRunner } from "../../../prisma/migrate";

export type Database = {
  prisma: PrismaClient;
  runSql: SqlRunner;
  close(): Promise<void>;
};

export function openDatabase(location: DatabaseLocation): Database {
  if (location.kind === "postgres") {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: location.url }) });
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

/** The Database for a PGlite instance already made (tests open one from a migrated copy). */
export function openPGliteDatabase(pglite: PGlite): Database {
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
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
