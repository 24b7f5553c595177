// A migrated, empty in-memory database whose Prisma client counts the SQL statements it
// sends, each one, inside transactions too: for tests that hold a page to a number of
// questions however large the network grows (tests/integration/public-page-queries.test.ts).
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { pgliteAdapter, pgliteExtensions } from "~/utils/database/location";
import { prismaClientOver, type Database } from "~/utils/database/open-database.server";
import { ensurePgliteTemplate } from "./templates/pglite-template";

export type CountingDatabase = Database & {
  /** Statements sent since the last call (or since the database opened). */
  statementsSinceLastAsked(): number;
};

export async function openCountingDatabase(): Promise<CountingDatabase> {
  const file = await ensurePgliteTemplate();
  const pglite = new PGlite({ loadDataDir: new Blob([fs.readFileSync(file)]), extensions: pgliteExtensions });
  await pglite.waitReady;
  let statements = 0;
  const counted = <T extends SqlDriverAdapter | Transaction>(target: T): T =>
    new Proxy(target, {
      get(object, key) {
        const value = Reflect.get(object, key, object) as unknown;
        if (key === "queryRaw" || key === "executeRaw") {
          return (query: SqlQuery) => {
            statements++;
            return (value as (query: SqlQuery) => Promise<unknown>).call(object, query);
          };
        }
        if (key === "startTransaction") {
          return async (...args: unknown[]) => counted(await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args));
        }
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
      },
    });
  const factory = pgliteAdapter(pglite) as unknown as SqlDriverAdapterFactory;
  const countingFactory = new Proxy(factory, {
    get(object, key) {
      if (key === "connect") return async () => counted(await object.connect());
      const value = Reflect.get(object, key, object) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
  const prisma = prismaClientOver(countingFactory);
  return {
    prisma,
    async runSql(sql, params) {
      statements++;
      if (params) return (await pglite.query<Record<string, unknown>>(sql, params)).rows;
      return ((await pglite.exec(sql)).at(-1)?.rows ?? []) as Record<string, unknown>[];
    },
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
    statementsSinceLastAsked() {
      const count = statements;
      statements = 0;
      return count;
    },
  };
}
