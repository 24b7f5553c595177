// A transaction that passes its timeout must leave nothing behind (prisma/orm#29762).
// Here one nested write is two statements: the organisation's UPDATE, then its
// description's INSERT. The UPDATE's answer is held back (as a busy machine would) until
// the transaction has timed out and been rolled back; Prisma then sends the INSERT
// anyway. Without refusingLateStatements in prismaClientOver, that INSERT runs outside
// the transaction and is committed on its own, and this test fails.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { afterAll, describe, expect, test } from "vitest";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { wrapTransactions } from "./late-statement-guard";
import { prismaClientOver } from "./open-database.server";
import type { PrismaClient } from "~/generated/prisma/client";

const database = setUpTestDatabase();
const timeoutMs = 300;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The transaction, with the answer to the organisation's UPDATE held back past the timeout. */
function slowToAnswerTheUpdate(transaction: Transaction): Transaction {
  const slowed =
    (method: "queryRaw" | "executeRaw") =>
    async (query: SqlQuery): Promise<never> => {
      const answer = await (transaction[method](query) as Promise<never>);
      if (/^UPDATE\b[^;]*"Organisation"/i.test(query.sql)) await pause(timeoutMs * 3);
      return answer;
    };
  return Object.assign(Object.create(transaction) as Transaction, {
    queryRaw: slowed("queryRaw"),
    executeRaw: slowed("executeRaw"),
  });
}

describe.skipIf(database.backend === "pglite")("a transaction that times out", () => {
  let client: PrismaClient | undefined;
  afterAll(() => client?.$disconnect());

  test("stores none of its statements, not even those Prisma sends after the rollback", async () => {
    const organisation = await createOrganisation(database.prisma, { city: "Trieste" });
    const adapter = wrapTransactions(new PrismaPg({ connectionString: database.url! }), slowToAnswerTheUpdate);
    client = prismaClientOver(adapter, { transactionTimeoutMs: timeoutMs });

    const attempt = client.$transaction((tx) =>
      tx.organisation.update({
        where: { id: organisation.id },
        data: { city: "Gorizia", descriptions: { create: { language: "sl", text: "Opis." } } },
      }),
    );

    await expect(attempt).rejects.toThrow();
    await pause(timeoutMs); // time for a statement that slipped through to land
    const stored = await database.prisma.organisation.findUniqueOrThrow({
      where: { id: organisation.id },
      include: { descriptions: true },
    });
    expect(stored.city).toBe("Trieste");
    expect(stored.descriptions.filter((description) => description.language === "sl")).toEqual([]);
  });
});
