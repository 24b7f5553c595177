// Signing an agreement when several people act at the same moment (PostgreSQL only: PGlite
// runs one transaction at a time). The agreement's lock (agreement-jobs.server.ts,
// lockAgreement) is what keeps these true; run with it taken out, they fail (numbers in
// the report of issue 12's agreements work).
import { expect } from "vitest";
import { agreementTerms, createAgreement, latestRevisionShown, signLatest } from "../../../tests/fixtures/agreements";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { reviseAgreement, signRevision, terminateAgreement } from "./agreements.server";

const database = setUpTestDatabase();

raceTest(
  "two signatories of one side, the other side and the network sign at once: one signature per party, agreed exactly once",
  async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const secondSignatoryA = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: agreement.a.id, userId: secondSignatoryA.id, role: "member", signatory: true } });
    const shown = await latestRevisionShown(database.prisma, agreement.agreementId);
    const results = await Promise.all([
      signLatest(database.prisma, agreement, "a"),
      signRevision(database.prisma, {
        agreementId: agreement.agreementId,
        organisationId: agreement.a.id,
        actorId: secondSignatoryA.id,
        party: "a",
        revisionId: shown.revisionId,
        language: "en",
        shownSha256: shown.sha256,
        signatoryTitle: "Deputy director",
      }),
      signLatest(database.prisma, agreement, "b"),
      signLatest(database.prisma, agreement, "network"),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "alreadySigned" }]);
    const signatures = await database.prisma.agreementSignature.findMany({ where: { agreementId: agreement.agreementId } });
    expect(signatures.map((signature) => signature.party).sort()).toEqual(["a", "b", "network"]);
    const agreed = await database.prisma.agreementEvent.count({ where: { agreementId: agreement.agreementId, to: "agreed" } });
    expect(agreed).toBe(1);
    expect(await database.prisma.outboxEmail.count({ where: { to: agreement.adminB.email!, subject: { contains: "signé par les trois parties" } } })).toBe(1);
  },
  { rounds: 8, timeout: 60_000 },
);

raceTest(
  "a revision submitted while the other side gives the last signature: the signature binds the revision shown, or is refused",
  async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    await signLatest(database.prisma, agreement, "b");
    await signLatest(database.prisma, agreement, "network");
    const shown = await latestRevisionShown(database.prisma, agreement.agreementId);
    const [signed, revised] = await Promise.all([
      signLatest(database.prisma, agreement, "a"),
      reviseAgreement(database.prisma, {
        agreementId: agreement.agreementId,
        organisationId: agreement.b.id,
        actorId: agreement.adminB.id,
        terms: agreementTerms({ exchangesBToA: 5 }),
        basedOnRevisionId: shown.revisionId,
      }),
    ]);
    const stored = await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreement.agreementId }, include: { history: { orderBy: { createdAt: "asc" } } } });
    const signatureOfA = await database.prisma.agreementSignature.findFirst({ where: { agreementId: agreement.agreementId, party: "a" } });
    if (signed.ok) {
      // A signed what it was shown, and that revision is the one in force; a revision after it is a change of the agreed terms.
      expect(signatureOfA).toMatchObject({ revisionId: shown.revisionId, textSha256: shown.sha256 });
      expect(stored.inForceRevisionId).toBe(shown.revisionId);
      if (revised.ok) expect(stored.history.find((event) => event.revisionId === revised.revisionId)).toMatchObject({ from: "agreed", to: "agreed" });
    } else {
      expect(signed).toEqual({ ok: false, error: "revisionChanged" });
      expect(signatureOfA).toBeNull();
      expect(stored).toMatchObject({ status: "revised", inForceRevisionId: null });
    }
    // Exactly one of the two orders happened: never both a revision in negotiation and agreement on the one it replaced.
    expect(signed.ok || revised.ok).toBe(true);
  },
  { rounds: 10, timeout: 60_000 },
);

raceTest(
  "two coordinators sign for the network at once, then terminate at once: one signature, one termination",
  async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const otherCoordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    await signLatest(database.prisma, agreement, "a");
    await signLatest(database.prisma, agreement, "b");
    const shown = await latestRevisionShown(database.prisma, agreement.agreementId);
    const signing = { agreementId: agreement.agreementId, party: "network" as const, revisionId: shown.revisionId, language: "en", shownSha256: shown.sha256, signatoryTitle: "Coordinator" };
    const signs = await Promise.all([
      signRevision(database.prisma, { ...signing, organisationId: agreement.a.id, actorId: agreement.coordinator.id }),
      signRevision(database.prisma, { ...signing, organisationId: agreement.b.id, actorId: otherCoordinator.id }),
    ]);
    expect(signs.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.prisma.agreementSignature.count({ where: { agreementId: agreement.agreementId, party: "network" } })).toBe(1);
    expect(await database.prisma.agreementEvent.count({ where: { agreementId: agreement.agreementId, to: "agreed" } })).toBe(1);

    const ends = await Promise.all([
      terminateAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: agreement.a.id, actorId: agreement.coordinator.id, reason: "First reason" }),
      terminateAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: agreement.b.id, actorId: otherCoordinator.id, reason: "Second reason" }),
    ]);
    expect(ends.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.prisma.agreementEvent.count({ where: { agreementId: agreement.agreementId, to: "terminated" } })).toBe(1);
    expect(await database.prisma.outboxEmail.count({ where: { to: agreement.adminA.email!, subject: { startsWith: "A twinning agreement was terminated" } } })).toBe(1);
  },
  { rounds: 8, timeout: 60_000 },
);
