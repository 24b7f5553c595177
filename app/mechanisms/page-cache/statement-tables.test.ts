import { describe, expect, test } from "vitest";
import { everyTable, statementTables } from "./statement-tables";

describe("the tables a statement reads or writes", () => {
  test("Prisma's reads, with joins and lateral subqueries", () => {
    expect(
      statementTables(
        'SELECT "t0"."id", "t1"."text" FROM "public"."Organisation" AS "t0" LEFT JOIN LATERAL (SELECT * FROM "public"."OrganisationDescription" AS "t2" WHERE "t2"."organisationId" = "t0"."id") AS "t1" ON true WHERE "t0"."status" = $1',
      ),
    ).toEqual({ kind: "read", tables: ["Organisation", "OrganisationDescription"] });
  });

  test("Prisma's writes, and the portal's raw ones", () => {
    expect(statementTables('INSERT INTO "public"."Session" ("id","userId") VALUES ($1,$2) RETURNING "public"."Session"."id"')).toEqual({ kind: "write", tables: ["Session"], deletes: false });
    expect(statementTables('UPDATE "public"."Organisation" SET "name" = $1 WHERE "id" = $2')).toEqual({ kind: "write", tables: ["Organisation"], deletes: false });
    expect(statementTables('DELETE FROM "public"."LibraryText" WHERE "revisionId" = $1')).toEqual({ kind: "write", tables: ["LibraryText"], deletes: true });
    expect(statementTables('UPDATE "Ledger" SET "held" = "held" + 1 WHERE "eventId" = $1')).toEqual({ kind: "write", tables: ["Ledger"], deletes: false });
  });

  test("a write inside a WITH, and an upsert, name their tables; an upsert's DO UPDATE is no second table", () => {
    expect(statementTables('WITH moved AS (UPDATE "Registration" SET "status" = $1 RETURNING "id") SELECT count(*) FROM moved')).toEqual({ kind: "write", tables: ["Registration"], deletes: false });
    expect(statementTables('INSERT INTO "RateLimitBucket" ("key") VALUES ($1) ON CONFLICT ("key") DO UPDATE SET "hits" = "RateLimitBucket"."hits" + 1')).toEqual({ kind: "write", tables: ["RateLimitBucket"], deletes: false });
  });

  test("a locking read is a read, and transaction control is neither", () => {
    expect(statementTables('SELECT "id" FROM "public"."Event" WHERE "id" = $1 FOR UPDATE')).toEqual({ kind: "read", tables: ["Event"] });
    expect(statementTables('WITH recent AS (SELECT * FROM "Event") SELECT * FROM recent')).toEqual({ kind: "read", tables: ["Event"] });
    expect(statementTables("SELECT pg_advisory_xact_lock($1)")).toEqual({ kind: "read", tables: [] });
    for (const sql of ["BEGIN", "COMMIT", "ROLLBACK", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "SAVEPOINT s1"]) expect(statementTables(sql).kind).toBe("control");
  });

  test("a write whose table cannot be read from its text touches every table", () => {
    expect(statementTables("TRUNCATE organisation_backup")).toEqual({ kind: "write", tables: ["organisation_backup"], deletes: true });
    expect(statementTables("ALTER TABLE \"Organisation\" ADD COLUMN x int")).toEqual({ kind: "write", tables: [everyTable], deletes: false });
    expect(statementTables("/* a comment */ CALL refresh_everything()")).toEqual({ kind: "write", tables: [everyTable], deletes: false });
  });
});
