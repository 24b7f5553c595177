// The one claim-and-lease query of the portal's queues (the mail outbox, timed jobs): a
// worker takes up to `limit` pending rows that are due and not leased to another worker,
// leases them for `leaseSeconds` and counts an attempt. FOR UPDATE SKIP LOCKED lets
// several workers claim at once without waiting on each other; the lease condition keeps
// a claimed row from everyone else until it runs out (a crashed worker's rows come back).
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import { sqlIdentifier } from "~/utils/database/sql-identifier";

/**
 * A queue table: it has `id`, `status` ('pending' while waiting), `attempts` and
 * `lockedUntil`, a column saying when a row is due, and one to take them in order by.
 */
export type LeasedQueue = { table: string; dueColumn: string; orderColumn: string; returning: readonly string[] };

type Claim = {
  limit: number;
  leaseSeconds: number;
  /** More conditions on the rows taken (`AND …`), e.g. only the job kinds a runner knows. */
  where?: Prisma.Sql;
  /** More columns set on the rows taken (`, "column" = …`), e.g. a claim token. */
  set?: Prisma.Sql;
};

export function claimDueRows<Row>(db: PrismaClient, queue: LeasedQueue, { limit, leaseSeconds, where = Prisma.empty, set = Prisma.empty }: Claim) {
  const table = sqlIdentifier(queue.table);
  return db.$queryRaw<Row[]>`
    UPDATE ${table}
    SET "lockedUntil" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${leaseSeconds}::int),
        "attempts" = "attempts" + 1 ${set}
    WHERE "id" IN (
      SELECT "id" FROM ${table}
      WHERE "status" = 'pending'
        AND ${sqlIdentifier(queue.dueColumn)} <= (now() AT TIME ZONE 'UTC')
        AND ("lockedUntil" IS NULL OR "lockedUntil" < (now() AT TIME ZONE 'UTC'))
        ${where}
      ORDER BY ${sqlIdentifier(queue.orderColumn)}
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING ${Prisma.join(queue.returning.map(sqlIdentifier))}`;
}
