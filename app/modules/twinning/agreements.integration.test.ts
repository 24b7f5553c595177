// Twinning agreements, as the two organisations and the network live them: drafted,
// proposed, revised, signed by three parties, changed after agreement, refused when the
// wrong person asks, and moved by the calendar.
import { describe, expect, test } from "vitest";
import { agreementTerms, createAgreement, createTwinningPair, latestRevisionShown, signLatest } from "../../../tests/fixtures/agreements";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { completeIfEnded, startOrSchedule } from "./agreement-jobs.server";
import { signaturesOf } from "./agreement-signatures.server";
import { agreementPage, declineAgreement, draftAgreement, proposeAgreement, reviseAgreement, signRevision, terminateAgreement, withdrawAgreement } from "./agreements.server";

const database = setUpTestDatabase();

const mailsTo = (email: string | null) => database.prisma.outboxEmail.findMany({ where: { to: email! }, orderBy: { createdAt: "asc" } });
const statusOf = async (agreementId: string) => (await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreementId } })).status;

async function reviseAs(agreement: Awaited<ReturnType<typeof createAgreement>>, side: "a" | "b", terms: Parameters<typeof agreementTerms>[0]) {
  const shown = await latestRevisionShown(database.prisma, agreement.agreementId);
  return reviseAgreement(database.prisma, {
    agreementId: agreement.agreementId,
    organisationId: side === "a" ? agreement.a.id : agreement.b.id,
    actorId: side === "a" ? agreement.adminA.id : agreement.adminB.id,
    terms: agreementTerms(terms),
    basedOnRevisionId: shown.revisionId,
  });
}

describe("an agreement negotiated and signed", () => {
  test("a draft proposed, revised by the other side and signed by three parties is agreed, and everyone hears of it in their language", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    expect(await statusOf(agreement.agreementId)).toBe("proposed");
    // B's admin is told, in French; the coordinator too, in Italian (the network signs).
    const [proposal] = await mailsTo(agreement.adminB.email);
    expect(proposal).toMatchObject({ language: "fr" });
    expect(proposal!.subject).toContain("Learning from each other's crisis teams");
    expect((await mailsTo(agreement.coordinator.email))[0]).toMatchObject({ language: "it" });

    const revised = await reviseAs(agreement, "b", { exchangesBToA: 3, title: "Learning from each other's crisis teams" });
    expect(revised).toMatchObject({ ok: true, number: 2 });
    expect(await statusOf(agreement.agreementId)).toBe("revised");

    expect(await signLatest(database.prisma, agreement, "a")).toMatchObject({ ok: true, inForce: false });
    expect(await signLatest(database.prisma, agreement, "b")).toMatchObject({ ok: true, inForce: false });
    expect(await signLatest(database.prisma, agreement, "network")).toMatchObject({ ok: true, inForce: true });

    const stored = await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreement.agreementId }, include: { history: { orderBy: { createdAt: "asc" } } } });
    expect(stored.status).toBe("agreed");
    expect(stored.inForceRevisionId).toBe(revised.ok ? revised.revisionId : null);
    expect(stored.history.map((event) => event.to)).toEqual(["draft", "proposed", "revised", "agreed"]);
    expect((await mailsTo(agreement.signatoryB.email)).at(-1)!.subject).toMatch(/signé par les trois parties/);
    const actions = await database.prisma.auditEvent.findMany({ where: { action: { startsWith: "agreement." } }, select: { action: true, details: true } });
    expect(actions.filter((entry) => (entry.details as { agreement?: string }).agreement === agreement.agreementId).map((entry) => entry.action)).toEqual([
      "agreement.drafted",
      "agreement.proposed",
      "agreement.revised",
      "agreement.signed",
      "agreement.signed",
      "agreement.signed",
      "agreement.agreed",
    ]);
  });

  test("a signature of revision 1 no longer counts once revision 2 is written, and its signer is told", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const first = await latestRevisionShown(database.prisma, agreement.agreementId);
    await signLatest(database.prisma, agreement, "a");
    await reviseAs(agreement, "b", { groupSizeCap: 6 });
    const second = await latestRevisionShown(database.prisma, agreement.agreementId);
    expect(second.number).toBe(2);
    expect(await signaturesOf(database.prisma, second.revisionId)).toEqual([]);
    // The signature stays on revision 1, where it was made.
    expect((await signaturesOf(database.prisma, first.revisionId)).map((signature) => signature.party)).toEqual(["a"]);
    const told = await mailsTo(agreement.signatoryA.email);
    expect(told.map((mail) => mail.subject)).toContain("Your signature no longer applies: Learning from each other's crisis teams");
    // B and the network signing revision 2 do not make it agreed: A's signature is missing.
    await signLatest(database.prisma, agreement, "b");
    expect(await signLatest(database.prisma, agreement, "network")).toMatchObject({ ok: true, inForce: false });
    expect(await statusOf(agreement.agreementId)).toBe("revised");
  });

  test("a signature with the revision or hash of a page shown before a change is refused: the revision changed", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const shownBefore = await latestRevisionShown(database.prisma, agreement.agreementId);
    await reviseAs(agreement, "b", { exchangesAToB: 1 });
    const signing = { agreementId: agreement.agreementId, organisationId: agreement.a.id, actorId: agreement.signatoryA.id, party: "a" as const, language: "en", signatoryTitle: "Director" };
    expect(await signRevision(database.prisma, { ...signing, revisionId: shownBefore.revisionId, shownSha256: shownBefore.sha256 })).toEqual({ ok: false, error: "revisionChanged" });
    const now = await latestRevisionShown(database.prisma, agreement.agreementId);
    expect(await signRevision(database.prisma, { ...signing, revisionId: now.revisionId, shownSha256: shownBefore.sha256 })).toEqual({ ok: false, error: "revisionChanged" });
    expect(await signRevision(database.prisma, { ...signing, revisionId: now.revisionId, shownSha256: now.sha256 })).toMatchObject({ ok: true });
    expect(await signRevision(database.prisma, { ...signing, revisionId: now.revisionId, shownSha256: now.sha256 })).toEqual({ ok: false, error: "alreadySigned" });
  });

  test("changing an active agreement keeps the revision in force until the change has three signatures", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true, terms: { startsOn: new Date("2026-01-01T00:00:00Z"), endsOn: new Date("2027-12-31T00:00:00Z") } });
    for (const party of ["a", "b", "network"] as const) await signLatest(database.prisma, agreement, party);
    // Agreed after its first day: active at once.
    expect(await statusOf(agreement.agreementId)).toBe("active");
    const inForce = (await latestRevisionShown(database.prisma, agreement.agreementId)).revisionId;

    await reviseAs(agreement, "a", { startsOn: new Date("2026-01-01T00:00:00Z"), endsOn: new Date("2028-06-30T00:00:00Z"), exchangesAToB: 3 });
    const change = await latestRevisionShown(database.prisma, agreement.agreementId);
    let stored = await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreement.agreementId } });
    expect(stored).toMatchObject({ status: "active", inForceRevisionId: inForce });
    await signLatest(database.prisma, agreement, "a");
    await signLatest(database.prisma, agreement, "b");
    stored = await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreement.agreementId } });
    expect(stored.inForceRevisionId).toBe(inForce);
    await signLatest(database.prisma, agreement, "network");
    stored = await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreement.agreementId } });
    expect(stored).toMatchObject({ status: "active", inForceRevisionId: change.revisionId });
  });
});

describe("refusals", () => {
  test("a signatory of one side cannot sign for the other, and an editor who is not a signatory cannot sign at all", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const shown = await latestRevisionShown(database.prisma, agreement.agreementId);
    const base = { agreementId: agreement.agreementId, revisionId: shown.revisionId, language: "en", shownSha256: shown.sha256, signatoryTitle: "Director" };
    expect(await signRevision(database.prisma, { ...base, organisationId: agreement.a.id, actorId: agreement.signatoryA.id, party: "b" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await signRevision(database.prisma, { ...base, organisationId: agreement.b.id, actorId: agreement.signatoryA.id, party: "b" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await signRevision(database.prisma, { ...base, organisationId: agreement.a.id, actorId: agreement.adminA.id, party: "a" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await signRevision(database.prisma, { ...base, organisationId: agreement.a.id, actorId: agreement.signatoryA.id, party: "network" })).toEqual({ ok: false, error: "notAllowed" });
  });

  test("another pair's agreement is not found from a third organisation", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const stranger = await createOrganisation(database.prisma);
    const strangerAdmin = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: stranger.id, userId: strangerAdmin.id, role: "admin", signatory: true } });
    expect(await withdrawAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: stranger.id, actorId: strangerAdmin.id })).toEqual({ ok: false, error: "notFound" });
  });

  test("termination needs an agreed agreement and a reason, and is not for an editor of a third organisation", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const terminate = (reason: string) => terminateAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: agreement.a.id, actorId: agreement.adminA.id, reason });
    expect(await terminate("We cannot go on")).toEqual({ ok: false, error: "statusChangeNotAllowed" });
    for (const party of ["a", "b", "network"] as const) await signLatest(database.prisma, agreement, party);
    expect(await terminate("   ")).toEqual({ ok: false, error: "notAllowed" });
    expect(await terminateAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: agreement.a.id, actorId: agreement.signatoryA.id, reason: "No" })).toEqual({ ok: false, error: "notAllowed" });
    expect(await terminateAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: agreement.b.id, actorId: agreement.coordinator.id, reason: "The partner left the network" })).toEqual({ ok: true });
    const stored = await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreement.agreementId } });
    expect(stored).toMatchObject({ status: "terminated", terminationReason: "The partner left the network" });
    expect((await mailsTo(agreement.adminB.email)).at(-1)!.text).toContain("The partner left the network");
  });

  test("a partner that is not an active member, oneself, or a pair with a live agreement is refused", async () => {
    const pair = await createTwinningPair(database.prisma);
    const suspended = await createOrganisation(database.prisma, { status: "suspended" });
    const draft = (partnerId: string) => draftAgreement(database.prisma, { organisationId: pair.a.id, actorId: pair.adminA.id, terms: agreementTerms({ partnerId }) });
    expect(await draft(suspended.id)).toEqual({ ok: false, error: "partnerNotActive" });
    expect(await draft(pair.a.id)).toEqual({ ok: false, error: "samePartner" });
    expect(await draft(pair.b.id)).toMatchObject({ ok: true });
    expect(await draft(pair.b.id)).toEqual({ ok: false, error: "pairHasLiveAgreement" });
    // Nor the other way round.
    expect(await draftAgreement(database.prisma, { organisationId: pair.b.id, actorId: pair.adminB.id, terms: agreementTerms({ partnerId: pair.a.id }) })).toEqual({ ok: false, error: "pairHasLiveAgreement" });
    // A member (not admin or editor) does not draft.
    const member = await database.prisma.organisationMembership.findFirstOrThrow({ where: { organisationId: pair.a.id, role: "member" } });
    expect(await draftAgreement(database.prisma, { organisationId: pair.a.id, actorId: member.userId, terms: agreementTerms({ partnerId: suspended.id }) })).toEqual({ ok: false, error: "notAllowed" });
  });

  test("only the side that did not write the latest revision declines it, with its reason told to the other side", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const decline = (side: "a" | "b") =>
      declineAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: side === "a" ? agreement.a.id : agreement.b.id, actorId: side === "a" ? agreement.adminA.id : agreement.adminB.id, reason: "Not this year" });
    expect(await decline("a")).toEqual({ ok: false, error: "notAllowed" });
    expect(await decline("b")).toEqual({ ok: true });
    expect(await statusOf(agreement.agreementId)).toBe("declined");
    expect((await mailsTo(agreement.adminA.email)).at(-1)!.text).toContain("Reason given: Not this year");
    // Declined, the pair may start again.
    expect(await draftAgreement(database.prisma, { organisationId: agreement.b.id, actorId: agreement.adminB.id, terms: agreementTerms({ partnerId: agreement.a.id }) })).toMatchObject({ ok: true });
  });

  test("the drafting side withdraws before agreement; the other side cannot", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    expect(await withdrawAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: agreement.b.id, actorId: agreement.adminB.id })).toEqual({ ok: false, error: "notAllowed" });
    expect(await withdrawAgreement(database.prisma, { agreementId: agreement.agreementId, organisationId: agreement.a.id, actorId: agreement.adminA.id })).toEqual({ ok: true });
    expect(await statusOf(agreement.agreementId)).toBe("withdrawn");
  });
});

describe("the calendar", () => {
  test("an agreement signed before its first day waits, becomes active on that day and completed after its last", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true, terms: { startsOn: new Date("2030-03-01T00:00:00Z"), endsOn: new Date("2030-08-31T00:00:00Z") } });
    for (const party of ["a", "b", "network"] as const) await signLatest(database.prisma, agreement, party);
    expect(await statusOf(agreement.agreementId)).toBe("agreed");
    const start = await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "twinning.agreement-start", key: agreement.agreementId, status: "pending" } });
    expect(start.runAt.toISOString()).toBe("2030-03-01T00:00:00.000Z");

    const run = <T>(body: (tx: Parameters<Parameters<typeof database.prisma.$transaction>[0]>[0]) => Promise<T>) => database.prisma.$transaction(body);
    expect(await run((tx) => startOrSchedule(tx, agreement.agreementId, new Date("2030-02-28T12:00:00Z")))).toBe(false);
    expect(await run((tx) => startOrSchedule(tx, agreement.agreementId, new Date("2030-03-01T00:00:00Z")))).toBe(true);
    expect(await statusOf(agreement.agreementId)).toBe("active");
    const end = await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "twinning.agreement-end", key: agreement.agreementId, status: "pending" } });
    expect(end.runAt.toISOString()).toBe("2030-09-01T00:00:00.000Z");
    expect(await run((tx) => completeIfEnded(tx, agreement.agreementId, new Date("2030-08-31T23:00:00Z")))).toBe(false);
    expect(await run((tx) => completeIfEnded(tx, agreement.agreementId, new Date("2030-09-01T00:00:00Z")))).toBe(true);
    expect(await statusOf(agreement.agreementId)).toBe("completed");
    expect((await mailsTo(agreement.adminA.email)).at(-1)!.subject).toBe("The twinning agreement has come to its end: Learning from each other's crisis teams");
  });
});

describe("texts and contacts", () => {
  test("a translation carried unchanged into a revision whose original changed keeps the digest it was made from, so it shows out of date", async () => {
    const pair = await createTwinningPair(database.prisma);
    const terms = agreementTerms({ partnerId: pair.b.id });
    terms.texts.fr = { title: "Apprendre des équipes de crise", objectives: "Deux visites dans chaque sens." };
    const drafted = await draftAgreement(database.prisma, { organisationId: pair.a.id, actorId: pair.adminA.id, terms });
    if (!drafted.ok) throw new Error(drafted.error);
    const agreement = { ...pair, agreementId: drafted.agreementId };
    await proposeAgreement(database.prisma, { agreementId: drafted.agreementId, organisationId: pair.a.id, actorId: pair.adminA.id });
    const changed = agreementTerms({ objectives: "Three visits each way." });
    changed.texts.fr = terms.texts.fr;
    await reviseAs(agreement, "b", changed);
    const shown = await agreementPage(database.prisma, drafted.agreementId, "b", "fr");
    expect(shown).toMatchObject({ latest: { number: 2, language: "fr", objectives: "Deux visites dans chaque sens.", isOutOfDate: true } });
    const english = await agreementPage(database.prisma, drafted.agreementId, "b", "sv");
    expect(english).toMatchObject({ latest: { language: "en", isFallback: true, objectives: "Three visits each way." } });
  });

  test("a contact person who is not of the writing side is refused", async () => {
    const pair = await createTwinningPair(database.prisma);
    expect(await draftAgreement(database.prisma, { organisationId: pair.a.id, actorId: pair.adminA.id, terms: agreementTerms({ partnerId: pair.b.id, contactId: pair.adminB.id }) })).toEqual({
      ok: false,
      error: "contactNotInOrganisation",
    });
  });
});
