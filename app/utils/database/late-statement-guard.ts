// A transaction that has ended refuses every further statement.
//
// Prisma (6.19, and 7 as of prisma/orm#29762) ends a transaction that passes its timeout by
// sending ROLLBACK and handing the connection back, while a statement of that transaction
// may still be on its way: the next statement of a nested write, or one whose dispatch was
// delayed by a busy event loop. That statement then runs on the bare connection, outside
// any transaction, and is committed on its own: half a transaction is stored although the
// caller was told it failed. This wrapper around the driver adapter closes the door as soon
// as COMMIT or ROLLBACK is sent, so a timed-out transaction leaves nothing behind.
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/** Thrown for a statement sent on a transaction that has already committed or rolled back. */
export class LateStatementRefused extends Error {
  constructor(sql: string) {
    super(`Refused a statement sent after its transaction ended (it would have run outside it): ${sql.slice(0, 80)}`);
  }
}

export function refusingLateStatements(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return wrapTransactions(factory, guardTransaction);
}

/**
 * The same adapter, with every transaction it starts passed through `wrap`. Exported for
 * tests that need to stand between Prisma and a transaction (to delay a statement).
 */
export function wrapTransactions(
  factory: SqlDriverAdapterFactory,
  wrap: (transaction: Transaction) => Transaction,
): SqlDriverAdapterFactory {
  return overriding(factory, {
    connect: async () => {
      const adapter = await factory.connect();
      return overriding<SqlDriverAdapter>(adapter, {
        startTransaction: async (...args) => wrap(await adapter.startTransaction(...args)),
      });
    },
  });
}

function guardTransaction(transaction: Transaction): Transaction {
  let ended = false;
  const send =
    (method: "queryRaw" | "executeRaw") =>
    async (query: SqlQuery): Promise<never> => {
      if (ended) throw new LateStatementRefused(query.sql);
      // Prisma ends an adapter-pg transaction by sending the statement itself.
      if (/^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i.test(query.sql)) ended = true;
      return transaction[method](query) as Promise<never>;
    };
  const end = (method: "commit" | "rollback") => () => {
    ended = true;
    return transaction[method]();
  };
  return overriding(transaction, {
    queryRaw: send("queryRaw"),
    executeRaw: send("executeRaw"),
    commit: end("commit"),
    rollback: end("rollback"),
  });
}

/** `target` with some members replaced; every other member read from (and bound to) target. */
export function overriding<T extends object>(target: T, replacements: Partial<T>): T {
  return new Proxy(target, {
    get(object, key) {
      if (Object.hasOwn(replacements, key)) return replacements[key as keyof T];
      const value = Reflect.get(object, key, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}
