// Places are never oversold, proved against the running server: the production build
// (server/index.ts) on a PostgreSQL database of its own, 1,000 signed-in people posting the
// registration form at once for 100 places, over HTTP. A "busy" answer is posted again after
// a short wait, as a person would. The control runs the same server with the places lock
// switched off (PLACES_LOCK=off, for that server process only) and must oversell: the test
// is known to be able to fail. The burst itself is tests/setup/registration-burst.ts,
// shared with `npm run bench`. PostgreSQL only (PGlite runs one transaction at a time).
// Groups race through their organisations' group pages the same way.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { server as mockedNetwork } from "../mocks/server";
import { setUpTestDatabase } from "../setup/set-up-test-database";
import {
  burstEvent,
  createOrganisation,
  ensureBuild,
  freePort,
  groupsOf,
  ledgerOf,
  registerAtOnce,
  registerGroupsAtOnce,
  signedInPeople,
  startPortal,
  type Portal,
} from "../setup/registration-burst";

const database = setUpTestDatabase();

// This file's only requests go to the server it starts, and that is what it measures: msw
// (tests/setup/vitest.setup.ts) stays out of the way for this file.
beforeAll(() => mockedNetwork.close());

describe("registering over HTTP, all at once", () => {
  let portal: Portal;
  beforeAll(async () => {
    ensureBuild();
    portal = await startPortal({ databaseUrl: database.url!, port: await freePort() });
  }, 300_000);
  afterAll(() => portal?.stop());

  test("1,000 people at once for 100 places: exactly 100 confirmed, 900 waiting at positions 1 to 900", async () => {
    const event = await burstEvent(database.prisma, { capacity: 100 });
    const people = await signedInPeople(database.prisma, 1_000);
    const burst = await registerAtOnce(portal.origin, event.id, people);
    console.log(`1,000 registrations in ${burst.seconds.toFixed(1)} s (${burst.perSecond.toFixed(0)}/s), ${burst.busyRetries} busy answers tried again`);
    expect(burst.failures).toEqual([]);
    expect(burst.placed).toBe(1_000);
    const ledger = await ledgerOf(database.prisma, event.id);
    expect(ledger.counts).toEqual({ confirmed: 100, waitlisted: 900 });
    expect(ledger.oversold).toBe(0);
    expect(ledger.positions).toEqual(Array.from({ length: 900 }, (_, index) => index + 1));
  });

  test("100 delegates of one organisation at once under a cap of 3: 3 confirmed, 97 waiting at positions 1 to 97", async () => {
    const event = await burstEvent(database.prisma, { capacity: 50, organisationCap: 3 });
    const organisation = await createOrganisation(database.prisma);
    const delegates = await signedInPeople(database.prisma, 100, { organisationId: organisation.id });
    const burst = await registerAtOnce(portal.origin, event.id, delegates);
    expect(burst.failures).toEqual([]);
    const ledger = await ledgerOf(database.prisma, event.id);
    expect(ledger.counts).toEqual({ confirmed: 3, waitlisted: 97 });
    expect(ledger.mostHeldByOneOrganisation).toBe(3);
    expect(ledger.positions).toEqual(Array.from({ length: 97 }, (_, index) => index + 1));
  });

  test("15 organisations at once each send a group of three for 20 places, placed together: 6 groups confirmed whole, 9 waiting whole at positions 1 to 9", async () => {
    const event = await burstEvent(database.prisma, { capacity: 20, groupPolicy: "together" });
    const groups = await groupsOf(database.prisma, 15, 3);
    const burst = await registerGroupsAtOnce(portal.origin, event.id, groups);
    expect(burst.failures).toEqual([]);
    expect(burst.placed).toBe(15);
    const ledger = await ledgerOf(database.prisma, event.id);
    expect(ledger.counts).toEqual({ confirmed: 18, waitlisted: 27 });
    expect(ledger.oversold).toBe(0);
    // A group waits as one entry: its three delegates share its position.
    expect(ledger.positions).toEqual(Array.from({ length: 27 }, (_, index) => Math.floor(index / 3) + 1));
    expect(ledger.groupsSplit).toBe(0);
  });
});

describe("the control: the same server with the places lock switched off", () => {
  let portal: Portal;
  beforeAll(async () => {
    ensureBuild();
    portal = await startPortal({ databaseUrl: database.url!, port: await freePort(), placesLock: "off" });
  }, 300_000);
  afterAll(() => portal?.stop());

  test("200 people at once for 20 places: more than 20 confirmed (the test above can fail)", async () => {
    const event = await burstEvent(database.prisma, { capacity: 20 });
    const people = await signedInPeople(database.prisma, 200);
    const burst = await registerAtOnce(portal.origin, event.id, people);
    expect(burst.failures).toEqual([]);
    const ledger = await ledgerOf(database.prisma, event.id);
    console.log(`without the lock: ${ledger.counts.confirmed} confirmed for 20 places`);
    expect(ledger.oversold).toBeGreaterThan(0);
  });

  test("15 groups of three at once for 20 places: more than 20 confirmed (the groups' test above can fail)", async () => {
    const event = await burstEvent(database.prisma, { capacity: 20, groupPolicy: "together" });
    const burst = await registerGroupsAtOnce(portal.origin, event.id, await groupsOf(database.prisma, 15, 3));
    expect(burst.failures).toEqual([]);
    const ledger = await ledgerOf(database.prisma, event.id);
    console.log(`groups without the lock: ${ledger.counts.confirmed} confirmed for 20 places`);
    expect(ledger.oversold).toBeGreaterThan(0);
  });
});
