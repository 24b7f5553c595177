// Tells the page cache what the database is asked (app/mechanisms/page-cache): the tables
// each statement reads, noted for the pages rendering meanwhile, and the tables each write
// changed, announced once it is committed (at once outside a transaction, at COMMIT inside
// one, never for a rollback). Reading SQL text is enough: every statement passes here.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { announceCommittedWrites, noteTablesRead } from "~/mechanisms/page-cache/page-cache.server";
import { tablesChanged } from "~/mechanisms/page-cache/derived-writes";
import { statementTables } from "~/mechanisms/page-cache/statement-tables";
import { overriding } from "./late-statement-guard";

export function observingTables(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return overriding(factory, {
    connect: async () => {
      const adapter = await factory.connect();
      return overriding<SqlDriverAdapter>(adapter, {
        queryRaw: observed(adapter, "queryRaw", announceCommittedWrites),
        executeRaw: observed(adapter, "executeRaw", announceCommittedWrites),
        startTransaction: async (...args) => observedTransaction(await adapter.startTransaction(...args)),
      });
    },
  });
}

function observedTransaction(transaction: Transaction): Transaction {
  const written = new Set<string>();
  const hold = (tables: readonly string[]) => tables.forEach((table) => written.add(table));
  const committed = () => {
    announceCommittedWrites([...written]);
    written.clear();
  };
  const send = (method: "queryRaw" | "executeRaw") => {
    const run = observed(transaction, method, hold);
    return async (query: SqlQuery) => {
      // Prisma ends an adapter-pg transaction by sending COMMIT or ROLLBACK as a statement
      // (a ROLLBACK TO SAVEPOINT would end nothing).
      const ending = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i.exec(query.sql)?.[1]?.toUpperCase();
      if (ending === "ROLLBACK") written.clear();
      const result = await run(query);
      if (ending === "COMMIT") committed();
      return result;
    };
  };
  return overriding(transaction, {
    queryRaw: send("queryRaw") as Transaction["queryRaw"],
    executeRaw: send("executeRaw") as Transaction["executeRaw"],
    commit: async () => {
      await transaction.commit();
      committed();
    },
    rollback: async () => {
      written.clear();
      await transaction.rollback();
    },
  });
}

/** `target[method]`, noting what each statement reads and handing what it wrote to `onWrite` once it succeeded. */
function observed<M extends "queryRaw" | "executeRaw">(target: Pick<SqlDriverAdapter, M>, method: M, onWrite: (tables: readonly string[]) => void) {
  return (async (query: SqlQuery) => {
    const { kind, tables, deletes = false } = statementTables(query.sql);
    if (kind === "read") noteTablesRead(tables);
    const result = await (target[method] as (query: SqlQuery) => Promise<unknown>).call(target, query);
    if (kind === "write") onWrite(tablesChanged(tables, { deletes }));
    return result;
  }) as SqlDriverAdapter[M];
}
