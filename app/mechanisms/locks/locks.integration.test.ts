import { describe, expect, test } from "vitest";
import type { Prisma } from "~/generated/prisma/client";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { LockTimeout, advisoryKey, lockNames, lockOrganisation, lockRow } from "./locks.server";

const database = setUpTestDatabase();

type Tx = Prisma.TransactionClient;

/** Starts a transaction that takes a lock and keeps it until `release()`. */
async function holdInAnotherTransaction(take: (tx: Tx) => Promise<unknown>) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let taken!: () => void;
  const isTaken = new Promise<void>((resolve) => (taken = resolve));
  const transaction = database.prisma.$transaction(
    async (tx) => {
      await take(tx);
      taken();
      await released;
    },
    { timeout: 20_000 },
  );
  await isTaken;
  return async () => {
    release();
    await transaction;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("advisory lock keys", () => {
  test("are the first 8 bytes of the name's SHA-256, as a signed 64-bit number", () => {
    // `printf %s charter:version-numbers | sha256sum` starts f31ece1ecf38d4a3, which read as a
    // signed 64-bit number is this. A changed derivation would let an old and a new instance
    // hold "the same" lock under two keys during a deploy.
    expect(advisoryKey("charter:version-numbers")).toBe(BigInt.asIntN(64, 0xf31ece1ecf38d4a3n).toString());
    expect(advisoryKey("charter:version-numbers")).toBe("-928077841470794589");
    expect(advisoryKey("membership:applications")).not.toBe(advisoryKey("accounts:network-roles"));
  });
});

describe("taking locks", () => {
  test("a row lock says whether the row exists", async () => {
    const organisation = await createOrganisation(database.prisma);
    await database.prisma.$transaction(async (tx) => {
      expect(await lockOrganisation(tx, organisation.id)).toBe(true);
      expect(await lockRow(tx, "Organisation", "no-such-organisation")).toBe(false);
    });
  });

  test("named locks can be asked for in any order, and twice", async () => {
    await database.prisma.$transaction((tx) => lockNames(tx, ["test:b", "test:a", "test:b"]));
  });
});

// These hold a lock on purpose, so one round shows it.
describe("a lock held by another transaction", () => {
  raceTest("makes a named lock give up with LockTimeout after the timeout, instead of waiting", async () => {
    const release = await holdInAnotherTransaction((tx) => lockNames(tx, ["test:stuck"]));
    try {
      const started = Date.now();
      const waiting = database.prisma.$transaction((tx) => lockNames(tx, ["test:stuck"], { timeoutMs: 200 }));
      await expect(waiting).rejects.toBeInstanceOf(LockTimeout);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await release();
    }
  }, { rounds: 1 });

  raceTest("makes a row lock give up with LockTimeout too", async () => {
    const organisation = await createOrganisation(database.prisma);
    const release = await holdInAnotherTransaction((tx) => lockOrganisation(tx, organisation.id));
    try {
      const waiting = database.prisma.$transaction((tx) => lockRow(tx, "Organisation", organisation.id, { timeoutMs: 200 }));
      await expect(waiting).rejects.toBeInstanceOf(LockTimeout);
      await expect(waiting).rejects.toThrow(/Organisation/);
    } finally {
      await release();
    }
  }, { rounds: 1 });

  raceTest("names are taken in sorted order, so two transactions never wait for each other in a circle", async () => {
    const releaseB = await holdInAnotherTransaction((tx) => lockNames(tx, ["test:order-b"]));
    // Asked for b first: taken in order, it holds a and waits for b.
    const waiting = database.prisma.$transaction((tx) => lockNames(tx, ["test:order-b", "test:order-a"]), { timeout: 20_000 });
    await sleep(300);
    const aIsFree = await database.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ got: boolean }[]>`SELECT pg_try_advisory_xact_lock(${advisoryKey("test:order-a")}::bigint) AS "got"`;
      return row!.got;
    });
    await releaseB();
    await waiting;
    expect(aIsFree).toBe(false);
  }, { rounds: 1 });
});
