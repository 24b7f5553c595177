// "The latest record wins", on a ledger made for this test the way a new signed document
// (an agreement revision) would make one.
import { beforeAll, describe, expect, test } from "vitest";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { latestRecords, standingSignature, standingSigners, standingSignatures, type SignatureLedger } from "./latest-record.server";

const database = setUpTestDatabase();
const ledger: SignatureLedger = { table: "RevisionSignature", signerColumn: "organisationId", documentColumn: "revisionId" };

beforeAll(async () => {
  await database.runSql(`
    CREATE TABLE "RevisionSignature" (
      "id" text PRIMARY KEY, "organisationId" text NOT NULL, "revisionId" text NOT NULL,
      "kind" "SignatureKind" NOT NULL, "language" text NOT NULL, "textSha256" text NOT NULL, "at" timestamp(3) NOT NULL);
    SELECT make_append_only('"RevisionSignature"');`);
});

async function record(id: string, organisationId: string, revisionId: string, kind: "signature" | "withdrawal", at: string) {
  await database.runSql(`INSERT INTO "RevisionSignature" VALUES ($1, $2, $3, $4, 'en', $5, $6)`, [
    id,
    organisationId,
    revisionId,
    kind,
    `${id}-hash`,
    at,
  ]);
}

describe("a signer's latest record for a document", () => {
  beforeAll(async () => {
    await record("a1", "org-a", "rev-1", "signature", "2026-01-01T10:00:00Z");
    await record("a2", "org-a", "rev-1", "withdrawal", "2026-02-01T10:00:00Z");
    await record("a3", "org-a", "rev-1", "signature", "2026-03-01T10:00:00Z");
    await record("b1", "org-b", "rev-1", "signature", "2026-01-01T10:00:00Z");
    await record("b2", "org-b", "rev-1", "withdrawal", "2026-02-01T10:00:00Z");
    // Two records at the same instant: the later id wins, the same way every time.
    await record("c1", "org-c", "rev-1", "signature", "2026-01-01T10:00:00Z");
    await record("c2", "org-c", "rev-1", "withdrawal", "2026-01-01T10:00:00Z");
    // Another revision's records do not count for this one.
    await record("d1", "org-d", "rev-2", "signature", "2026-01-01T10:00:00Z");
    await record("d2", "org-b", "rev-2", "signature", "2026-04-01T10:00:00Z");
  });

  test("is the one record per signer, whatever its kind", async () => {
    const latest = await latestRecords(database.prisma, ledger, { documentId: "rev-1" });
    expect(latest.map(({ id, signerId, kind }) => ({ id, signerId, kind }))).toEqual([
      { id: "a3", signerId: "org-a", kind: "signature" },
      { id: "b2", signerId: "org-b", kind: "withdrawal" },
      { id: "c2", signerId: "org-c", kind: "withdrawal" },
    ]);
    expect(latest[0]).toEqual({ id: "a3", signerId: "org-a", kind: "signature", language: "en", textSha256: "a3-hash", at: new Date("2026-03-01T10:00:00Z") });
  });

  test("stands as a signature only when it is one: signing again after a withdrawal counts", async () => {
    expect((await standingSignatures(database.prisma, ledger, "rev-1")).map((signature) => signature.id)).toEqual(["a3"]);
    expect(await standingSignature(database.prisma, ledger, { documentId: "rev-1", signerId: "org-a" })).toMatchObject({ id: "a3" });
    expect(await standingSignature(database.prisma, ledger, { documentId: "rev-1", signerId: "org-b" })).toBeNull();
    expect(await standingSignature(database.prisma, ledger, { documentId: "rev-2", signerId: "org-b" })).toMatchObject({ id: "d2" });
    expect(await standingSignature(database.prisma, ledger, { documentId: "rev-1", signerId: "org-d" })).toBeNull();
  });

  test("who stands signed on several documents comes in one query, each document on its own", async () => {
    const signers = await standingSigners(database.prisma, ledger, ["rev-1", "rev-2", "rev-3"]);
    expect([...signers.entries()].map(([document, who]) => [document, [...who].sort()])).toEqual([
      ["rev-1", ["org-a"]],
      ["rev-2", ["org-b", "org-d"]],
      ["rev-3", []],
    ]);
  });

  test("refuses a ledger whose names are not plain SQL identifiers", () => {
    expect(() => latestRecords(database.prisma, { ...ledger, table: 'RevisionSignature"; DROP TABLE x; --' }, { documentId: "rev-1" })).toThrow(
      /not a safe SQL identifier/,
    );
  });
});
