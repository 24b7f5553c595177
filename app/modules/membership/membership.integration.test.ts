import { beforeAll, describe, expect, test } from "vitest";
import { publishCharterVersion } from "../../../tests/fixtures/charter";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { charterTextDigest, hasSigned } from "~/modules/charter/signatures.server";
import { publishVersion } from "~/modules/charter/versions.server";
import { computeCommitments } from "./commitments.server";
import { listMembersNotSigned, standingOf } from "./good-standing.server";
import {
  ApplicationRefused,
  applyForMembership,
  changeMembershipStatus,
  charterToSignOnApproval,
  decideApplication,
  uniqueSlug,
} from "./membership.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.50" };
let charter: Awaited<ReturnType<typeof publishCharterVersion>>;

beforeAll(async () => {
  charter = await publishCharterVersion(database.prisma);
  await createPerson(database.prisma, { networkRole: "coordinator", email: "coordinator@example.org", preferredLanguage: "it" });
});

async function apply(name: string, language: "en" | "fr" = "fr", { prisma } = database, version = charter) {
  const applicant = await createPerson(prisma, { preferredLanguage: language });
  const text = version.texts.find((candidate) => candidate.language === language)!;
  const organisation = await applyForMembership(
    prisma,
    {
      organisation: { name, type: "peer_led", countryCode: "FR", city: "Lyon", languages: ["fr"], themes: ["peer-support"] },
      description: { language: "fr", text: "Un groupe d'entraide." },
      motivation: "Apprendre des autres.",
      charter: { versionId: version.id, language, shownSha256: charterTextDigest(text) },
      signatoryTitle: "Présidente",
      applicant: { id: applicant.id, name: applicant.name },
    },
    origin,
  );
  const application = await prisma.membershipApplication.findUniqueOrThrow({ where: { organisationId: organisation.id } });
  return { applicant, organisation, application };
}

describe("applying", () => {
  test("creates an applicant organisation, its admin and signatory, the application and the Charter signature, and tells coordinators", async () => {
    const { prisma } = database;
    const { applicant, organisation } = await apply("Entraide Lyon");
    expect(organisation).toMatchObject({ status: "applicant", slug: "entraide-lyon" });
    expect(await prisma.organisationMembership.findMany({ where: { organisationId: organisation.id } })).toEqual([
      expect.objectContaining({ userId: applicant.id, role: "admin", signatory: true }),
    ]);
    expect(await hasSigned(prisma, organisation.id, charter.id)).toBe(true);
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: "coordinator@example.org", subject: { contains: "Entraide Lyon" } } });
    expect(mail?.language).toBe("it");
  });

  test("with a Charter text that changed meanwhile, stores nothing at all", async () => {
    const { prisma } = database;
    const applicant = await createPerson(prisma);
    const attempt = applyForMembership(
      prisma,
      {
        organisation: { name: "Half Written", type: "ngo_or_charity", countryCode: "SE", city: "Malmö", languages: ["sv"], themes: [] },
        description: { language: "sv", text: "Text." },
        motivation: "Motivation.",
        charter: { versionId: charter.id, language: "en", shownSha256: "f".repeat(64) },
        signatoryTitle: "Ordförande",
        applicant: { id: applicant.id, name: applicant.name },
      },
      origin,
    );
    await expect(attempt).rejects.toBeInstanceOf(ApplicationRefused);
    expect(await prisma.organisation.count({ where: { name: "Half Written" } })).toBe(0);
    expect(await prisma.organisationMembership.count({ where: { userId: applicant.id } })).toBe(0);
  });

  test("slugs stay unique", async () => {
    await createOrganisation(database.prisma, { slug: "sante-mentale" });
    expect(await uniqueSlug(database.prisma, "Santé mentale")).toBe("sante-mentale-2");
    expect(await uniqueSlug(database.prisma, "!!!")).toBe("organisation");
  });
});

describe("deciding", () => {
  test("approval makes the organisation an active member and mails the applicant in their language", async () => {
    const { prisma } = database;
    const { applicant, organisation, application } = await apply("Approved Peers");
    const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
    expect(await decideApplication(prisma, { applicationId: application.id, approve: true, reason: "", actorId: coordinator.id }, origin)).toMatchObject({ ok: true });
    const after = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(after.status).toBe("active");
    expect(after.memberSince).not.toBeNull();
    const mails = await prisma.outboxEmail.findMany({ where: { to: applicant.email! } });
    expect(mails.map((mail) => mail.language)).toEqual(["fr"]);
    expect(mails[0]!.subject).toContain("Approved Peers");
    // A second decision (a colleague, a double submit) changes nothing.
    expect(await decideApplication(prisma, { applicationId: application.id, approve: false, reason: "No", actorId: coordinator.id }, origin)).toEqual({
      ok: false,
      error: "alreadyDecided",
    });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).status).toBe("active");
  });

  raceTest("two coordinators deciding at the same moment: one decision", async () => {
    const { prisma } = database;
    const { application } = await apply("Raced Application");
    const [a, b] = [await createPerson(prisma, { networkRole: "coordinator" }), await createPerson(prisma, { networkRole: "coordinator" })];
    const results = await Promise.all([
      decideApplication(prisma, { applicationId: application.id, approve: true, reason: "", actorId: a.id }, origin),
      decideApplication(prisma, { applicationId: application.id, approve: false, reason: "Duplicate", actorId: b.id }, origin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["membership.approved", "membership.rejected"] }, organisationId: application.organisationId } })).toBe(1);
  });

  test("rejection keeps the organisation out of the directory and mails the reason", async () => {
    const { prisma } = database;
    const { applicant, organisation, application } = await apply("Rejected Org", "en");
    const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
    await decideApplication(prisma, { applicationId: application.id, approve: false, reason: "Not a mental health organisation.", actorId: coordinator.id }, origin);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).status).toBe("applicant");
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: applicant.email! } });
    expect(mail?.text).toContain("Not a mental health organisation.");
  });
});

describe("approving when a new Charter version was published while the application waited", () => {
  const own = setUpTestDatabase();
  let signedVersion: Awaited<ReturnType<typeof publishCharterVersion>>;
  let coordinatorId: string;

  beforeAll(async () => {
    signedVersion = await publishCharterVersion(own.prisma, undefined, new Date("2020-01-01"));
    coordinatorId = (await createPerson(own.prisma, { networkRole: "coordinator" })).id;
  });

  let month = 1;
  /** An application signed for the version in force, then a newer version published. */
  async function applyThenPublish(name: string) {
    const signed = signedVersion;
    const applied = await apply(name, "fr", own, signed);
    signedVersion = await publishCharterVersion(own.prisma, undefined, new Date(Date.UTC(2020, month++, 1)));
    return { ...applied, signed, newer: signedVersion };
  }

  test("an application signed for the version in force is approved with nothing left to sign", async () => {
    const { organisation, application } = await apply("Current Signers", "fr", own, signedVersion);
    expect(await charterToSignOnApproval(own.prisma, organisation)).toBeNull();
    const decided = await decideApplication(own.prisma, { applicationId: application.id, approve: true, reason: "", actorId: coordinatorId }, origin);
    expect(decided).toMatchObject({ ok: true, charterToSign: null });
  });

  test("is refused, changing nothing, until the coordinator has been shown the version still to sign", async () => {
    const { prisma } = own;
    const { applicant, organisation, application, signed, newer } = await applyThenPublish("Outdated Signers");
    expect(await charterToSignOnApproval(prisma, organisation)).toMatchObject({ id: newer.id, number: newer.number });

    const approve = (acknowledgedCharterId?: string) =>
      decideApplication(prisma, { applicationId: application.id, approve: true, reason: "", actorId: coordinatorId, acknowledgedCharterId }, origin);
    // Not warned at all, or warned about the version signed (an older confirmation page).
    for (const acknowledged of [undefined, signed.id]) {
      expect(await approve(acknowledged)).toMatchObject({ ok: false, error: "charterChanged", charterToSign: { number: newer.number } });
    }
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).status).toBe("applicant");
    expect((await prisma.membershipApplication.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("submitted");
    expect(await prisma.outboxEmail.count({ where: { to: applicant.email! } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { organisationId: organisation.id, action: "membership.approved" } })).toBe(0);
  });

  test("once acknowledged, makes a member still to sign the new version, and the email asks its signatory to sign it", async () => {
    const { prisma } = own;
    const { applicant, organisation, application, newer } = await applyThenPublish("Warned Approval");
    const decided = await decideApplication(
      prisma,
      { applicationId: application.id, approve: true, reason: "", actorId: coordinatorId, acknowledgedCharterId: newer.id },
      origin,
    );
    expect(decided).toMatchObject({ ok: true, charterToSign: { number: newer.number } });
    const member = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(member.status).toBe("active");
    expect(await standingOf(prisma, member)).toMatchObject({ signature: null, inGoodStanding: false });
    expect((await listMembersNotSigned(prisma, newer.id)).map((entry) => entry.id)).toContain(organisation.id);
    const mails = await prisma.outboxEmail.findMany({ where: { to: applicant.email! } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.language).toBe("fr");
    expect(mails[0]!.subject).toContain(`version ${newer.number}`);
    expect(mails[0]!.text).toContain(`/fr/organisations/${organisation.slug}/charter`);
  });

  test("decided by a colleague while a new version was published, it says it was decided, not that the Charter changed", async () => {
    const { application } = await applyThenPublish("Decided Meanwhile");
    await decideApplication(own.prisma, { applicationId: application.id, approve: false, reason: "Not now.", actorId: coordinatorId }, origin);
    const late = await decideApplication(own.prisma, { applicationId: application.id, approve: true, reason: "", actorId: coordinatorId }, origin);
    expect(late).toEqual({ ok: false, error: "alreadyDecided" });
  });

  test("a rejection needs no word about the Charter", async () => {
    const { application } = await applyThenPublish("Rejected Meanwhile");
    const decided = await decideApplication(own.prisma, { applicationId: application.id, approve: false, reason: "Not now.", actorId: coordinatorId }, origin);
    expect(decided).toMatchObject({ ok: true, charterToSign: null });
  });
});

describe("membership status", () => {
  test("follows the transition table, with a history entry and an audit entry for each change", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
    const change = async (to: "active" | "suspended" | "lapsed" | "resigned") => {
      const { status: from } = await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
      return changeMembershipStatus(prisma, { organisationId: organisation.id, from, to, reason: `to ${to}`, actorId: coordinator.id }, origin);
    };
    expect(await change("suspended")).toEqual({ ok: true });
    expect(await change("active")).toEqual({ ok: true });
    expect(await change("resigned")).toEqual({ ok: true });
    expect(await change("active")).toEqual({ ok: false, error: "statusChangeNotAllowed" });
    const history = await prisma.membershipEvent.findMany({ where: { organisationId: organisation.id }, orderBy: { at: "asc" } });
    expect(history.map((event) => [event.fromStatus, event.toStatus, event.reason])).toEqual([
      ["active", "suspended", "to suspended"],
      ["suspended", "active", "to active"],
      ["active", "resigned", "to resigned"],
    ]);
    expect(await prisma.auditEvent.count({ where: { organisationId: organisation.id, action: "membership.status_changed" } })).toBe(3);
  });

  test("a change confirmed from a status that a colleague has changed since is refused, and nothing is written", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
    const move = (from: "active" | "suspended", to: "suspended" | "lapsed") =>
      changeMembershipStatus(prisma, { organisationId: organisation.id, from, to, reason: `to ${to}`, actorId: coordinator.id }, origin);
    expect(await move("active", "suspended")).toEqual({ ok: true });
    // A second coordinator confirms "active → lapsed", as their page showed it before the suspension.
    expect(await move("active", "lapsed")).toEqual({ ok: false, error: "statusChangeNotAllowed" });
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).status).toBe("suspended");
    expect(await prisma.membershipEvent.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  raceTest("two coordinators changing the status at the same moment: one change, one history entry", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
    const results = await Promise.all(
      (["suspended", "lapsed"] as const).map((to) =>
        changeMembershipStatus(prisma, { organisationId: organisation.id, from: "active", to, reason: "", actorId: coordinator.id }, origin),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.membershipEvent.count({ where: { organisationId: organisation.id } })).toBe(1);
  });
});

test("publishing a new version asks every active member to sign again, and the dashboard shows it", async () => {
  const { prisma } = database;
  const { organisation, application, applicant } = await apply("Dashboard Org");
  const coordinator = await createPerson(prisma, { networkRole: "network_admin" });
  await decideApplication(prisma, { applicationId: application.id, approve: true, reason: "", actorId: coordinator.id }, origin);
  const signed = (await computeCommitments(prisma, organisation.id, await standingOf(prisma, organisation))).find((commitment) => commitment.key === "signCharter");
  expect(signed?.state).toBe("done");

  const draft = await prisma.charterVersion.create({
    data: { number: 900, status: "draft", effectiveFrom: new Date("2021-01-01"), texts: { create: [{ language: "en", title: "Charter v900", body: "New text." }] } },
  });
  expect(await publishVersion(prisma, { number: draft.number, actorId: coordinator.id }, origin)).toMatchObject({ ok: true });
  const asked = await prisma.outboxEmail.findMany({ where: { to: applicant.email!, subject: { contains: "900" } } });
  expect(asked).toHaveLength(1);
  expect(asked[0]!.language).toBe("fr");
  const after = (await computeCommitments(prisma, organisation.id, await standingOf(prisma, organisation))).find((commitment) => commitment.key === "signCharter");
  expect(after?.state).toBe("todo");
});

test("a version dated in the future, or before the one in force, is not published", async () => {
  const { prisma } = database;
  const admin = await createPerson(prisma, { networkRole: "network_admin" });
  const future = await prisma.charterVersion.create({
    data: { number: 950, status: "draft", effectiveFrom: new Date("2999-01-01"), texts: { create: [{ language: "en", title: "T", body: "B" }] } },
  });
  expect(await publishVersion(prisma, { number: future.number, actorId: admin.id }, origin)).toEqual({ ok: false, error: "effectiveInFuture" });
  const old = await prisma.charterVersion.create({
    data: { number: 951, status: "draft", effectiveFrom: new Date("2000-01-01"), texts: { create: [{ language: "en", title: "T", body: "B" }] } },
  });
  expect(await publishVersion(prisma, { number: old.number, actorId: admin.id }, origin)).toEqual({ ok: false, error: "effectiveBeforeCurrent" });
  expect(await prisma.charterVersion.count({ where: { number: { in: [950, 951] }, status: "published" } })).toBe(0);
});

raceTest("sending the same application twice makes one organisation", async () => {
  const { prisma } = database;
  const applicant = await createPerson(prisma);
  const name = `Twice Sent ${applicant.id}`;
  const current = (await findCurrentCharter(prisma))!;
  const text = current.texts.find((candidate) => candidate.language === "en")!;
  const application = {
    organisation: { name, type: "other" as const, countryCode: "IE", city: "Cork", languages: ["en"], themes: [] },
    description: { language: "en", text: "Text." },
    motivation: "Motivation.",
    charter: { versionId: current.id, language: "en", shownSha256: charterTextDigest(text) },
    signatoryTitle: "Chair",
    applicant: { id: applicant.id, name: applicant.name },
  };
  const [first, second] = await Promise.all([applyForMembership(prisma, application, origin), applyForMembership(prisma, application, origin)]);
  expect(first.id).toBe(second.id);
  expect(await prisma.organisation.count({ where: { name } })).toBe(1);
});
