import { describe, expect, test } from "vitest";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { acceptInvitation, changeMembership, invite, removeMember } from "./people.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.9" };

async function organisationWithAdmin() {
  const { prisma } = database;
  const organisation = await createOrganisation(prisma);
  const admin = await createPerson(prisma);
  await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
  return { organisation, admin };
}

const tokenIn = (text: string) => /token=([A-Za-z0-9_-]{43})/.exec(text)![1]!;

describe("invitations", () => {
  test("are mailed, accepted once by the person signed in, and give the role and signatory flag offered", async () => {
    const { prisma } = database;
    const { organisation, admin } = await organisationWithAdmin();
    const invited = await createPerson(prisma, { preferredLanguage: "sv" });
    const sent = await invite(
      prisma,
      { organisationId: organisation.id, email: invited.email!, role: "editor", signatory: true, invitedById: admin.id, language: "en" },
      origin,
    );
    expect(sent).toEqual({ ok: true });
    const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: invited.email! } });
    // In the invited person's own language, since they have an account.
    expect(mail.language).toBe("sv");
    expect(mail.subject).toContain(organisation.name);
    const token = tokenIn(mail.text);

    const someoneElse = await createPerson(prisma);
    // A forwarded invitation gives the one it was forwarded to nothing.
    expect(await acceptInvitation(prisma, { token, userId: someoneElse.id, userEmail: someoneElse.email! }, origin)).toEqual({
      ok: false,
      error: "invitationForSomeoneElse",
    });
    expect(await acceptInvitation(prisma, { token, userId: invited.id, userEmail: invited.email! }, origin)).toMatchObject({ ok: true });
    const membership = await prisma.organisationMembership.findUniqueOrThrow({
      where: { organisationId_userId: { organisationId: organisation.id, userId: invited.id } },
    });
    expect(membership).toMatchObject({ role: "editor", signatory: true });
    expect(await acceptInvitation(prisma, { token, userId: invited.id, userEmail: invited.email! }, origin)).toEqual({ ok: false, error: "invalidLink" });
    expect(await prisma.organisationMembership.count({ where: { userId: someoneElse.id } })).toBe(0);
  });

  test("to someone already in the organisation is refused", async () => {
    const { prisma } = database;
    const { organisation, admin } = await organisationWithAdmin();
    const result = await invite(
      prisma,
      { organisationId: organisation.id, email: admin.email!, role: "member", signatory: false, invitedById: admin.id, language: "en" },
      origin,
    );
    expect(result).toEqual({ ok: false, error: "alreadyMember" });
  });

  test("an expired invitation cannot be accepted", async () => {
    const { prisma } = database;
    const { organisation, admin } = await organisationWithAdmin();
    await invite(prisma, { organisationId: organisation.id, email: "late@example.org", role: "member", signatory: false, invitedById: admin.id, language: "en" }, origin);
    const token = tokenIn((await prisma.outboxEmail.findFirstOrThrow({ where: { to: "late@example.org" } })).text);
    await prisma.invitation.updateMany({ where: { organisationId: organisation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const someone = await createPerson(prisma, { email: "late@example.org" });
    expect(await acceptInvitation(prisma, { token, userId: someone.id, userEmail: "late@example.org" }, origin)).toEqual({ ok: false, error: "invalidLink" });
    expect(await prisma.organisationMembership.count({ where: { userId: someone.id } })).toBe(0);
  });
});

describe("the last admin", () => {
  test("cannot be demoted or removed; once there is another admin, can", async () => {
    const { prisma } = database;
    const { organisation, admin } = await organisationWithAdmin();
    const base = { organisationId: organisation.id, userId: admin.id, actorId: admin.id };
    expect(await changeMembership(prisma, { ...base, role: "editor", signatory: false }, origin)).toEqual({ ok: false, error: "lastAdmin" });
    expect(await removeMember(prisma, base, origin)).toEqual({ ok: false, error: "lastAdmin" });
    // Changing only the signatory flag is fine.
    expect(await changeMembership(prisma, { ...base, role: "admin", signatory: true }, origin)).toEqual({ ok: true });

    const second = await createPerson(prisma);
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: second.id, role: "member" } });
    expect(await changeMembership(prisma, { organisationId: organisation.id, userId: second.id, actorId: admin.id, role: "admin", signatory: false }, origin)).toEqual({ ok: true });
    expect(await changeMembership(prisma, { ...base, role: "member", signatory: false }, origin)).toEqual({ ok: true });
    const events = await prisma.auditEvent.findMany({ where: { organisationId: organisation.id, action: "organisation.role_changed" } });
    expect(events).toHaveLength(3);
  });

  test("is held by a member or a pending applicant, not by an organisation that resigned or was rejected", async () => {
    const { prisma } = database;
    const demote = async (organisationId: string, userId: string) =>
      changeMembership(prisma, { organisationId, userId, actorId: userId, role: "member", signatory: false }, origin);
    for (const status of ["suspended", "lapsed"] as const) {
      const { organisation, admin } = await organisationWithAdmin();
      await prisma.organisation.update({ where: { id: organisation.id }, data: { status } });
      expect(await demote(organisation.id, admin.id)).toEqual({ ok: false, error: "lastAdmin" });
    }
    const applicant = await organisationWithAdmin();
    await prisma.organisation.update({ where: { id: applicant.organisation.id }, data: { status: "applicant" } });
    const application = await prisma.membershipApplication.create({
      data: { organisationId: applicant.organisation.id, applicantId: applicant.admin.id, motivation: "To learn" },
    });
    expect(await demote(applicant.organisation.id, applicant.admin.id)).toEqual({ ok: false, error: "lastAdmin" });
    await prisma.membershipApplication.update({ where: { id: application.id }, data: { status: "rejected" } });
    expect(await demote(applicant.organisation.id, applicant.admin.id)).toEqual({ ok: true });

    const resigned = await organisationWithAdmin();
    await prisma.organisation.update({ where: { id: resigned.organisation.id }, data: { status: "resigned" } });
    expect(await removeMember(prisma, { organisationId: resigned.organisation.id, userId: resigned.admin.id, actorId: resigned.admin.id }, origin)).toEqual({ ok: true });
  });

  raceTest("two admins demoting each other at the same moment leave one admin", async () => {
    const { prisma } = database;
    const { organisation, admin } = await organisationWithAdmin();
    const other = await createPerson(prisma);
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: other.id, role: "admin" } });
    const results = await Promise.all([
      changeMembership(prisma, { organisationId: organisation.id, userId: admin.id, actorId: other.id, role: "member", signatory: false }, origin),
      changeMembership(prisma, { organisationId: organisation.id, userId: other.id, actorId: admin.id, role: "member", signatory: false }, origin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.organisationMembership.count({ where: { organisationId: organisation.id, role: "admin" } })).toBe(1);
  });
});
