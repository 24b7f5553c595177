import { describe, expect, test } from "vitest";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, testPassword } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { setNetworkRole } from "./network-roles.server";
import { eraseAccount, exportPersonalData } from "./personal-data.server";

const database = setUpTestDatabase();
const onPostgres = process.env.TEST_DATABASE_BACKEND === "postgres";
const origin = { clientAddress: "198.51.100.20" };

describe("export", () => {
  test("holds the profile, organisations, sessions and audit entries, and no secret", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { name: "Export Me" });
    const organisation = await createOrganisation(prisma, { name: "Exporters" });
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: person.id, role: "editor" } });
    await prisma.session.create({ data: { id: "export-session", userId: person.id, expiresAt: new Date(Date.now() + 60_000), userAgent: "Firefox" } });
    await recordAudit(prisma, { action: "auth.signed_in", actorId: person.id, subjectUserId: person.id, ipAddress: "198.51.100.20" });
    const admin = await createPerson(prisma);
    await recordAudit(prisma, { action: "organisation.role_changed", actorId: admin.id, subjectUserId: person.id, ipAddress: "192.0.2.99" });

    // Read as the person reads the download: JSON.
    const json = JSON.stringify(await exportPersonalData(prisma, person.id, origin));
    const exported = JSON.parse(json);
    expect(exported.profile).toMatchObject({ name: "Export Me", email: person.email });
    expect(exported.organisations).toEqual([expect.objectContaining({ role: "editor", organisation: { name: "Exporters", slug: organisation.slug } })]);
    expect(exported.sessions).toEqual([expect.objectContaining({ userAgent: "Firefox" })]);
    expect(exported.auditEvents.map((event: { action: string }) => event.action)).toContain("auth.signed_in");
    expect(json).not.toContain("argon2");
    expect(json).not.toContain("export-session");
    expect(json).toContain("198.51.100.20");
    // The admin's address is the admin's, not the person's.
    expect(exported.auditEvents.map((event: { action: string }) => event.action)).toContain("organisation.role_changed");
    expect(json).not.toContain("192.0.2.99");
  });
});

describe("erase", () => {
  test("removes everything personal, keeps the row others point to, and blanks addresses in the audit log", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { name: "Erase Me" });
    const organisation = await createOrganisation(prisma);
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: person.id, role: "member", signatory: true } });
    await prisma.session.create({ data: { id: "erase-session", userId: person.id, expiresAt: new Date(Date.now() + 60_000) } });
    await prisma.outboxEmail.create({ data: { to: person.email!, language: "en", subject: "s", text: "t", html: "h" } });
    await recordAudit(prisma, { action: "auth.signed_in", actorId: person.id, subjectUserId: person.id, ipAddress: "198.51.100.20" });

    expect(await eraseAccount(prisma, { userId: person.id, password: "not the password" })).toEqual({ ok: false, error: "wrongPassword" });
    expect(await eraseAccount(prisma, { userId: person.id, password: testPassword })).toEqual({ ok: true });

    const after = await prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(after).toMatchObject({ email: null, passwordHash: null, name: "", title: "", languagesSpoken: [], networkRole: null });
    expect(after.erasedAt).not.toBeNull();
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.organisationMembership.count({ where: { userId: person.id } })).toBe(0);
    expect(await prisma.outboxEmail.count({ where: { to: person.email! } })).toBe(0);
    const events = await prisma.auditEvent.findMany({ where: { subjectUserId: person.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, event.ipAddress])).toEqual([
      ["auth.signed_in", ""],
      ["account.erased", ""],
    ]);
  });

  test("is refused to the only admin of an organisation that has other people", async () => {
    const { prisma } = database;
    const admin = await createPerson(prisma);
    const colleague = await createPerson(prisma);
    const organisation = await createOrganisation(prisma, { name: "Needs an admin" });
    await prisma.organisationMembership.createMany({
      data: [
        { organisationId: organisation.id, userId: admin.id, role: "admin" },
        { organisationId: organisation.id, userId: colleague.id, role: "member" },
      ],
    });
    expect(await eraseAccount(prisma, { userId: admin.id, password: testPassword })).toEqual({
      ok: false,
      error: "lastAdmin",
      organisation: "Needs an admin",
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).email).toBe(admin.email);
  });
});

describe("erase, the rules that make it wait", () => {
  test("is refused to the only person of an organisation that still needs an admin, and allowed once it resigned", async () => {
    const { prisma } = database;
    const admin = await createPerson(prisma);
    const organisation = await createOrganisation(prisma, { name: "Only me" });
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
    expect(await eraseAccount(prisma, { userId: admin.id, password: testPassword })).toEqual({ ok: false, error: "onlyPersonOf", organisation: "Only me" });
    // A coordinator closes the membership: nothing is left to run.
    await prisma.organisation.update({ where: { id: organisation.id }, data: { status: "resigned" } });
    expect(await eraseAccount(prisma, { userId: admin.id, password: testPassword })).toEqual({ ok: true });
  });

  test("is refused to the last network admin", async () => {
    const { prisma } = database;
    await prisma.user.updateMany({ where: { networkRole: "network_admin" }, data: { networkRole: null } });
    const admin = await createPerson(prisma, { networkRole: "network_admin" });
    expect(await eraseAccount(prisma, { userId: admin.id, password: testPassword })).toEqual({ ok: false, error: "lastNetworkAdmin", organisation: null });
    await createPerson(prisma, { networkRole: "network_admin" });
    expect(await eraseAccount(prisma, { userId: admin.id, password: testPassword })).toEqual({ ok: true });
  });

  // Only the server runs two transactions at once; PGlite has one connection, so no race can happen there.
  test.runIf(onPostgres)("two network admins erasing their accounts at the same moment leave one", async () => {
    const { prisma } = database;
    for (let round = 0; round < 5; round++) {
      await prisma.user.updateMany({ where: { networkRole: "network_admin" }, data: { networkRole: null } });
      const [first, second] = [await createPerson(prisma, { networkRole: "network_admin" }), await createPerson(prisma, { networkRole: "network_admin" })];
      const results = await Promise.all([first, second].map((admin) => eraseAccount(prisma, { userId: admin.id, password: testPassword })));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await prisma.user.count({ where: { networkRole: "network_admin" } })).toBe(1);
    }
  });

  test.runIf(onPostgres)("the two admins of an organisation erasing their accounts at the same moment leave one", async () => {
    const { prisma } = database;
    for (let round = 0; round < 5; round++) {
      const organisation = await createOrganisation(prisma);
      const admins = [await createPerson(prisma), await createPerson(prisma)];
      await prisma.organisationMembership.createMany({ data: admins.map((admin) => ({ organisationId: organisation.id, userId: admin.id, role: "admin" as const })) });
      const results = await Promise.all(admins.map((admin) => eraseAccount(prisma, { userId: admin.id, password: testPassword })));
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await prisma.organisationMembership.count({ where: { organisationId: organisation.id, role: "admin" } })).toBe(1);
    }
  });
});

describe("every area's part", () => {
  test("expert listings, invitations, links and rate-limit counters under the person's address are exported and erased", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    const organisation = await createOrganisation(prisma, { name: "Names experts" });
    await prisma.expert.create({ data: { organisationId: organisation.id, name: "Listed Person", email: person.email!, topics: ["peer_support"], languages: ["en"] } });
    await prisma.expert.create({ data: { organisationId: organisation.id, name: "Someone Else", email: "else@example.org", topics: [], languages: [] } });
    await prisma.invitation.create({
      data: { id: "invitation-for-person", organisationId: organisation.id, email: person.email!, role: "member", expiresAt: new Date(Date.now() + 60_000) },
    });
    await prisma.userToken.create({ data: { id: "token-hash", userId: person.id, purpose: "reset_password", expiresAt: new Date(Date.now() + 60_000) } });
    const counters = [`sign-in:account:${person.email}`, `sign-in:account-address:${person.email}:203.0.113.5`, `reset:account:${person.email}`, "sign-in:address:203.0.113.5"];
    await prisma.rateLimitBucket.createMany({ data: counters.map((key) => ({ key, windowStart: new Date(), count: 1 })) });

    const exported = JSON.parse(JSON.stringify(await exportPersonalData(prisma, person.id, origin)));
    expect(exported.expertListings).toEqual([expect.objectContaining({ name: "Listed Person", organisation: { name: "Names experts" } })]);
    expect(exported.invitationsReceived).toEqual([expect.objectContaining({ role: "member", organisation: { name: "Names experts" } })]);
    expect(exported.emailLinks).toEqual([expect.objectContaining({ purpose: "reset_password" })]);
    expect(JSON.stringify(exported)).not.toContain("token-hash");

    expect(await eraseAccount(prisma, { userId: person.id, password: testPassword })).toEqual({ ok: true });
    expect(await prisma.expert.findMany({ where: { organisationId: organisation.id }, select: { name: true } })).toEqual([{ name: "Someone Else" }]);
    expect(await prisma.invitation.count({ where: { email: person.email! } })).toBe(0);
    expect(await prisma.userToken.count({ where: { userId: person.id } })).toBe(0);
    // The address's own counter is not the person's.
    expect((await prisma.rateLimitBucket.findMany({ where: { key: { in: counters } } })).map((bucket) => bucket.key)).toEqual(["sign-in:address:203.0.113.5"]);
  });
});

describe("the audit log", () => {
  test("refuses updates and deletes", async () => {
    const { prisma } = database;
    await recordAudit(prisma, { action: "auth.signed_in", ipAddress: "198.51.100.30", details: { note: "original" } });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { ipAddress: "198.51.100.30" } });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: "auth.signed_out" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ action: "auth.signed_in" });
  });
});

describe("network roles", () => {
  test("are granted and revoked, and the last network admin stays", async () => {
    const { prisma } = database;
    await prisma.user.updateMany({ where: { networkRole: "network_admin" }, data: { networkRole: null } });
    const admin = await createPerson(prisma, { networkRole: "network_admin" });
    const colleague = await createPerson(prisma);
    expect(await setNetworkRole(prisma, { userId: colleague.id, role: "coordinator", actorId: admin.id }, origin)).toEqual({ ok: true });
    expect(await setNetworkRole(prisma, { userId: admin.id, role: null, actorId: admin.id }, origin)).toEqual({ ok: false, error: "lastNetworkAdmin" });
    expect(await setNetworkRole(prisma, { userId: colleague.id, role: "network_admin", actorId: admin.id }, origin)).toEqual({ ok: true });
    expect(await setNetworkRole(prisma, { userId: admin.id, role: null, actorId: colleague.id }, origin)).toEqual({ ok: true });
    const actions = await prisma.auditEvent.findMany({ where: { action: { startsWith: "network." } }, orderBy: { id: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["network.role_granted", "network.role_granted", "network.role_revoked"]);
  });
});
