// make_append_only (migration 20261201105007): what it refuses and the one blanking it
// allows, on a table made for this test and on the two tables that use it.
import { beforeAll, describe, expect, test } from "vitest";
import { publishCharterVersion } from "../../../tests/fixtures/charter";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

beforeAll(async () => {
  // How a new table becomes append-only: one call in its migration.
  await database.runSql(`
    CREATE TABLE "Ledger" ("id" integer PRIMARY KEY, "fact" text NOT NULL, "personId" text, "personName" text NOT NULL);
    SELECT make_append_only('"Ledger"', ARRAY['personId', 'personName']);
    CREATE TABLE "Plain" ("id" integer PRIMARY KEY, "fact" text NOT NULL);
    SELECT make_append_only('"Plain"');`);
});

let nextId = 0;
async function ledgerRow() {
  const id = ++nextId;
  await database.runSql(`INSERT INTO "Ledger" VALUES ($1, 'signed', 'person-1', 'Ada')`, [id]);
  return id;
}
const row = async (id: number) => (await database.runSql(`SELECT * FROM "Ledger" WHERE "id" = $1`, [id]))[0];

describe("an append-only table", () => {
  test("takes new rows", async () => {
    const id = await ledgerRow();
    expect(await row(id)).toEqual({ id, fact: "signed", personId: "person-1", personName: "Ada" });
  });

  test("refuses to change a row", async () => {
    const id = await ledgerRow();
    await expect(database.runSql(`UPDATE "Ledger" SET "fact" = 'forged' WHERE "id" = $1`, [id])).rejects.toThrow(/append-only/);
    expect(await row(id)).toMatchObject({ fact: "signed" });
  });

  test("refuses to delete a row, or to empty the table", async () => {
    const id = await ledgerRow();
    await expect(database.runSql(`DELETE FROM "Ledger" WHERE "id" = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(database.runSql(`TRUNCATE "Ledger"`)).rejects.toThrow(/append-only/);
    expect(await row(id)).toBeDefined();
  });

  test("lets the named columns be blanked, all together: NULL where allowed, else ''", async () => {
    const id = await ledgerRow();
    await database.runSql(`UPDATE "Ledger" SET "personId" = NULL, "personName" = '' WHERE "id" = $1`, [id]);
    expect(await row(id)).toEqual({ id, fact: "signed", personId: null, personName: "" });
    // Blanking again changes nothing, and is allowed (an erasure that runs twice).
    await database.runSql(`UPDATE "Ledger" SET "personName" = '' WHERE "id" = $1`, [id]);
  });

  test("refuses a blanking that leaves a named column, or that changes anything else", async () => {
    const id = await ledgerRow();
    const refused = [
      `UPDATE "Ledger" SET "personName" = '' WHERE "id" = $1`,
      `UPDATE "Ledger" SET "personId" = '', "personName" = '' WHERE "id" = $1`,
      `UPDATE "Ledger" SET "personId" = NULL, "personName" = 'Someone else' WHERE "id" = $1`,
      `UPDATE "Ledger" SET "personId" = NULL, "personName" = '', "fact" = 'withdrawn' WHERE "id" = $1`,
    ];
    for (const sql of refused) await expect(database.runSql(sql, [id])).rejects.toThrow(/append-only/);
    expect(await row(id)).toEqual({ id, fact: "signed", personId: "person-1", personName: "Ada" });
  });

  test("with no blankable column refuses every update", async () => {
    await database.runSql(`INSERT INTO "Plain" VALUES (1, 'kept')`);
    await expect(database.runSql(`UPDATE "Plain" SET "fact" = 'kept' WHERE "id" = 1`)).rejects.toThrow(/append-only/);
  });

  test("cannot be made with a column that has no blank value", async () => {
    await expect(
      database.runSql(`CREATE TABLE "Counted" ("id" integer PRIMARY KEY, "n" integer NOT NULL);
        SELECT make_append_only('"Counted"', ARRAY['n']);`),
    ).rejects.toThrow(/cannot be blanked/);
  });
});

describe("the tables that are append-only", () => {
  test("the audit log: only the IP address can be blanked", async () => {
    const { prisma } = database;
    const event = await prisma.auditEvent.create({ data: { action: "auth.signed_in", actorId: "person-1", ipAddress: "198.51.100.7" } });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { actorId: null } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(database.runSql(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await prisma.auditEvent.update({ where: { id: event.id }, data: { ipAddress: "" } });
    expect(await prisma.auditEvent.findUnique({ where: { id: event.id } })).toMatchObject({ actorId: "person-1", ipAddress: "" });
  });

  test("Charter signatures: only the signatory's account, name and title can be blanked", async () => {
    const { prisma } = database;
    const version = await publishCharterVersion(prisma);
    const organisation = await createOrganisation(prisma);
    const signature = await prisma.charterSignature.create({
      data: {
        organisationId: organisation.id,
        versionId: version.id,
        signatoryId: "person-1",
        signatoryName: "Ada",
        signatoryTitle: "Director",
        language: "en",
        textSha256: "0".repeat(64),
      },
    });
    const where = { id: signature.id };
    await expect(prisma.charterSignature.update({ where, data: { textSha256: "1".repeat(64) } })).rejects.toThrow(/append-only/);
    await expect(prisma.charterSignature.update({ where, data: { signatoryName: "", signatoryTitle: "" } })).rejects.toThrow(/append-only/);
    await expect(prisma.charterSignature.delete({ where })).rejects.toThrow(/append-only/);
    await expect(database.runSql(`TRUNCATE "CharterSignature"`)).rejects.toThrow(/append-only/);
    await prisma.charterSignature.update({ where, data: { signatoryId: null, signatoryName: "", signatoryTitle: "" } });
    expect(await prisma.charterSignature.findUnique({ where })).toMatchObject({ signatoryId: null, signatoryName: "", textSha256: "0".repeat(64) });
  });
});
