// The commands of a twinning agreement (docs/decisions/019), each in one transaction under
// the agreement's lock (a new draft: under the pair's): draft, edit the draft, propose,
// revise, sign a revision, decline, withdraw, terminate. The terms live in numbered
// revisions; a signature binds to the revision and hash shown; the third standing
// signature on the latest revision puts it in force. Who may: the permissions
// (app/modules/auth/permissions.ts), checked again here against the person's roles as the
// transaction reads them, and the workflow's actors (agreement-workflow.ts).
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { AgreementParty, AgreementStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { standingSigners } from "~/mechanisms/signatures/latest-record.server";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import { isOutOfDate, sourceDigest } from "~/mechanisms/translations/source-digest";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import { can, type Actor, type Permission } from "~/modules/auth/permissions";
import { languages, type Language } from "~/utils/languages";
import type { Origin } from "~/utils/origin";
import { mailAgreement, mailSignaturesVoid } from "./agreement-mail.server";
import { cancelExchangesOfEndedAgreement } from "./exchanges.server";
import { revisionTextFor } from "./agreement-record.server";
import { cancelCalendar, lockAgreement, scheduleEnd, startOrSchedule } from "./agreement-jobs.server";
import { whySigningIsRefused } from "~/mechanisms/signatures/signing-check.server";
import { agreementLedger, parties, revisionDigest, revisionParts, revisionTextIn, signaturesOf, signedParties } from "./agreement-signatures.server";
import { agreementWorkflow, liveStatuses, signableStatuses, type AgreementActor } from "./agreement-workflow";
import type { AgreementTerms } from "./agreements.schemas";

type Tx = Prisma.TransactionClient;

export type AgreementRefusal =
  | "notFound"
  | "notAllowed"
  | "notActiveForTwinning"
  | "partnerNotActive"
  | "samePartner"
  | "pairHasLiveAgreement"
  | "contactNotInOrganisation"
  | "statusChangeNotAllowed"
  | "revisionChanged"
  | "alreadySigned"
  | "nothingToSign";

type Refused = { ok: false; error: AgreementRefusal };
type Done<T = object> = { ok: true } & T;
const refuse = (error: AgreementRefusal): Refused => ({ ok: false, error });

class Refusal extends Error {
  constructor(readonly error: AgreementRefusal) {
    super(error);
  }
}

/** Runs `body` in a transaction; a Refusal thrown inside rolls it back and is answered as a refusal. */
async function command<T>(db: PrismaClient, body: (tx: Tx) => Promise<T>): Promise<T | Refused> {
  try {
    return await db.$transaction(body, { timeout: 20_000 });
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.error);
    throw error;
  }
}

/** The person as the permission check sees them, read in the transaction. */
async function actorIn(tx: Tx, userId: string): Promise<Actor & { name: string }> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, networkRole: true, memberships: { select: { organisationId: true, role: true, signatory: true } } },
  });
  if (!user) throw new Refusal("notAllowed");
  return user;
}

function mustBeAllowed(actor: Actor, permission: Permission, organisationId?: string) {
  if (!can(actor, permission, organisationId ? { organisationId } : {})) throw new Refusal("notAllowed");
}

const agreementSelect = {
  id: true,
  status: true,
  organisationAId: true,
  organisationBId: true,
  inForceRevisionId: true,
  agreedAt: true,
  revisions: {
    orderBy: { number: "desc" },
    take: 1,
    select: {
      id: true,
      number: true,
      startsOn: true,
      endsOn: true,
      themes: true,
      exchangesAToB: true,
      exchangesBToA: true,
      groupSizeCap: true,
      originalLanguage: true,
      authorOrganisationId: true,
      fullySignedAt: true,
      texts: { select: { language: true, field: true, text: true, origin: true, sourceSha256: true } },
    },
  },
} satisfies Prisma.TwinningAgreementSelect;

/** The agreement under its lock, seen from `organisationId` (one of its parties, else notFound). */
async function lockedAgreement(tx: Tx, agreementId: string, organisationId: string) {
  await lockAgreement(tx, agreementId);
  const agreement = await tx.twinningAgreement.findUnique({ where: { id: agreementId }, select: agreementSelect });
  if (!agreement || (agreement.organisationAId !== organisationId && agreement.organisationBId !== organisationId)) throw new Refusal("notFound");
  const latest = agreement.revisions[0];
  if (!latest) throw new Error(`agreement ${agreementId} has no revision`);
  const side: "a" | "b" = agreement.organisationAId === organisationId ? "a" : "b";
  return { agreement, latest, side };
}

async function mustMove(tx: Tx, move: Parameters<typeof performMove<AgreementStatus, AgreementActor, Parameters<typeof agreementWorkflow.setState>[2]>>[2]) {
  const moved = await performMove(tx, agreementWorkflow, move);
  if (!moved.ok) throw new Refusal("statusChangeNotAllowed");
}

/** The person must belong to the organisation: a contact person, or nobody. */
async function checkContact(tx: Tx, organisationId: string, contactId: string | undefined) {
  if (!contactId) return;
  const membership = await tx.organisationMembership.findUnique({ where: { organisationId_userId: { organisationId, userId: contactId } }, select: { userId: true } });
  if (!membership) throw new Refusal("contactNotInOrganisation");
}

const revisionColumns = (terms: AgreementTerms) => ({
  startsOn: terms.startsOn,
  endsOn: terms.endsOn,
  themes: terms.themes,
  exchangesAToB: terms.exchangesAToB,
  exchangesBToA: terms.exchangesBToA,
  groupSizeCap: terms.groupSizeCap,
  originalLanguage: terms.originalLanguage,
});

type StoredText = { language: string; field: "title" | "objectives"; text: string; origin: "original" | "human" | "machine"; sourceSha256: string | null };

/**
 * The texts of a revision as the form has them: the original language's as `original`,
 * a translation as `human` with the digest of the original it was made from. A
 * translation left as it was in the revision before keeps its origin and digest, so it
 * shows out of date when the original changed under it.
 */
function revisionTexts(original: Language, texts: AgreementTerms["texts"], previous: readonly StoredText[] = []) {
  const rows: StoredText[] = [];
  for (const language of languages) {
    for (const field of ["title", "objectives"] as const) {
      const value = texts[language][field];
      if (!value) continue;
      const before = previous.find((row) => row.language === language && row.field === field);
      if (language === original) rows.push({ language, field, text: value, origin: "original", sourceSha256: null });
      else if (before && before.text === value && before.origin !== "original") rows.push({ ...before });
      else rows.push({ language, field, text: value, origin: "human", sourceSha256: sourceDigest(texts[original][field]) });
    }
  }
  return rows;
}

const pairLock = (one: string, other: string) => `twinning:agreement-pair:${[one, other].sort().join(":")}`;

/** Drafts an agreement with the partner; the organisation drafting it is party A. */
export async function draftAgreement(db: PrismaClient, input: { organisationId: string; actorId: string; terms: AgreementTerms }, origin?: Origin) {
  const { organisationId, actorId, terms } = input;
  const partnerId = terms.partnerId as string | undefined;
  if (!partnerId) return refuse("partnerNotActive");
  if (partnerId === organisationId) return refuse("samePartner");
  return command(db, async (tx): Promise<Done<{ agreementId: string }>> => {
    const actor = await actorIn(tx, actorId);
    mustBeAllowed(actor, "agreements:write", organisationId);
    await lockNames(tx, [pairLock(organisationId, partnerId)]);
    const [own, partner] = await Promise.all([
      tx.organisation.findUnique({ where: { id: organisationId }, select: { status: true } }),
      tx.organisation.findUnique({ where: { id: partnerId }, select: { status: true } }),
    ]);
    if (own?.status !== "active") throw new Refusal("notActiveForTwinning");
    if (partner?.status !== "active") throw new Refusal("partnerNotActive");
    const live = await tx.twinningAgreement.findFirst({
      where: {
        status: { in: [...liveStatuses] },
        OR: [
          { organisationAId: organisationId, organisationBId: partnerId },
          { organisationAId: partnerId, organisationBId: organisationId },
        ],
      },
      select: { id: true },
    });
    if (live) throw new Refusal("pairHasLiveAgreement");
    await checkContact(tx, organisationId, terms.contactId);
    const agreement = await tx.twinningAgreement.create({
      data: { organisationAId: organisationId, organisationBId: partnerId, status: "draft", contactAId: terms.contactId ?? null, createdById: actorId },
      select: { id: true },
    });
    const revision = await tx.agreementRevision.create({
      data: { agreementId: agreement.id, number: 1, ...revisionColumns(terms), authorOrganisationId: organisationId, authorId: actorId },
      select: { id: true },
    });
    await tx.agreementText.createMany({ data: revisionTexts(terms.originalLanguage, terms.texts).map((row) => ({ ...row, revisionId: revision.id })) });
    await tx.agreementEvent.create({ data: { agreementId: agreement.id, revisionId: revision.id, from: null, to: "draft", actorId } });
    await recordAudit(tx, { action: "agreement.drafted", actorId, organisationId, ipAddress: origin?.clientAddress ?? "", details: { agreement: agreement.id, partner: partnerId } });
    return { ok: true as const, agreementId: agreement.id };
  });
}

/** Changes the draft's terms in place: nobody has been shown or has signed a draft. Party A only. */
export async function editDraft(db: PrismaClient, input: { agreementId: string; organisationId: string; actorId: string; terms: AgreementTerms }, origin?: Origin) {
  const { agreementId, organisationId, actorId, terms } = input;
  return command(db, async (tx): Promise<Done> => {
    const actor = await actorIn(tx, actorId);
    mustBeAllowed(actor, "agreements:write", organisationId);
    const { agreement, latest, side } = await lockedAgreement(tx, agreementId, organisationId);
    if (side !== "a") throw new Refusal("notFound");
    if (agreement.status !== "draft") throw new Refusal("statusChangeNotAllowed");
    await checkContact(tx, organisationId, terms.contactId);
    await tx.agreementRevision.update({ where: { id: latest.id }, data: { ...revisionColumns(terms), authorId: actorId } });
    await tx.agreementText.deleteMany({ where: { revisionId: latest.id } });
    await tx.agreementText.createMany({ data: revisionTexts(terms.originalLanguage, terms.texts).map((row) => ({ ...row, revisionId: latest.id })) });
    if (terms.contactId !== undefined) await tx.twinningAgreement.update({ where: { id: agreementId }, data: { contactAId: terms.contactId } });
    await recordAudit(tx, { action: "agreement.draft_edited", actorId, organisationId, ipAddress: origin?.clientAddress ?? "", details: { agreement: agreementId } });
    return { ok: true as const };
  });
}

/** Sends the draft to the other side (and the network's coordinators), who are mailed. */
export async function proposeAgreement(db: PrismaClient, input: { agreementId: string; organisationId: string; actorId: string }, origin?: Origin) {
  const { agreementId, organisationId, actorId } = input;
  return command(db, async (tx): Promise<Done> => {
    const actor = await actorIn(tx, actorId);
    mustBeAllowed(actor, "agreements:write", organisationId);
    const { agreement, latest, side } = await lockedAgreement(tx, agreementId, organisationId);
    if (side !== "a") throw new Refusal("notFound");
    await mustMove(tx, { id: agreementId, from: agreement.status, to: "proposed", by: "author", actorId, revisionId: latest.id, organisationId, ipAddress: origin?.clientAddress });
    await mailAgreement(tx, agreementId, { kind: "proposed" }, { actorId });
    return { ok: true as const };
  });
}

/**
 * A new revision, by either side, of a proposed, revised, agreed or active agreement.
 * `basedOnRevisionId` is the revision the person was changing: if another was written
 * meanwhile, nothing is saved ("revisionChanged"). Whoever had signed the unfinished
 * revision it replaces is told their signature no longer applies. On an agreed or active
 * agreement the terms in force stay in force until the new revision has three signatures.
 */
export async function reviseAgreement(
  db: PrismaClient,
  input: { agreementId: string; organisationId: string; actorId: string; terms: AgreementTerms; basedOnRevisionId: string },
  origin?: Origin,
) {
  const { agreementId, organisationId, actorId, terms } = input;
  return command(db, async (tx): Promise<Done<{ revisionId: string; number: number }>> => {
    const actor = await actorIn(tx, actorId);
    mustBeAllowed(actor, "agreements:write", organisationId);
    const { agreement, latest, side } = await lockedAgreement(tx, agreementId, organisationId);
    const to = agreement.status === "proposed" || agreement.status === "revised" ? "revised" : agreement.status;
    if (!(["proposed", "revised", "agreed", "active"] as AgreementStatus[]).includes(agreement.status)) throw new Refusal("statusChangeNotAllowed");
    if (latest.id !== input.basedOnRevisionId) throw new Refusal("revisionChanged");
    await checkContact(tx, organisationId, terms.contactId);
    const revision = await tx.agreementRevision.create({
      data: { agreementId, number: latest.number + 1, ...revisionColumns(terms), authorOrganisationId: organisationId, authorId: actorId },
      select: { id: true, number: true },
    });
    await tx.agreementText.createMany({ data: revisionTexts(terms.originalLanguage, terms.texts, latest.texts).map((row) => ({ ...row, revisionId: revision.id })) });
    if (terms.contactId !== undefined) {
      await tx.twinningAgreement.update({ where: { id: agreementId }, data: side === "a" ? { contactAId: terms.contactId } : { contactBId: terms.contactId } });
    }
    await mustMove(tx, { id: agreementId, from: agreement.status, to, by: "party", actorId, revisionId: revision.id, organisationId, ipAddress: origin?.clientAddress });
    // The replaced revision, unless it is the one in force: its signatures no longer count.
    const voided = latest.fullySignedAt ? [] : await signaturesOf(tx, latest.id);
    const signatoryIds = [...new Set(voided.flatMap((signature) => (signature.signatoryId && signature.signatoryId !== actorId ? [signature.signatoryId] : [])))];
    await mailSignaturesVoid(tx, agreementId, latest.id, signatoryIds);
    await mailAgreement(tx, agreementId, { kind: "revised" }, { actorId });
    return { ok: true as const, revisionId: revision.id, number: revision.number };
  });
}

export type Signing = {
  agreementId: string;
  /** The organisation in the address: a party's signatory signs for it; a coordinator reaches the page through it. */
  organisationId: string;
  actorId: string;
  party: AgreementParty;
  /** The revision shown, the language read and the hash shown on the page. */
  revisionId: string;
  language: string;
  shownSha256: string;
  signatoryTitle: string;
};

/**
 * Signs the latest revision for a party, once. Refused when the revision shown is no
 * longer the latest or its hash differs ("revisionChanged"), or the party has signed it
 * ("alreadySigned"). The third standing signature puts the revision in force: the
 * agreement is agreed (or stays agreed or active, for a change), and everyone is told.
 */
export async function signRevision(db: PrismaClient, input: Signing, origin?: Origin) {
  const { agreementId, organisationId, actorId, party } = input;
  return command(db, async (tx): Promise<Done<{ signatureId: string; inForce: boolean }>> => {
    const actor = await actorIn(tx, actorId);
    const { agreement, latest, side } = await lockedAgreement(tx, agreementId, organisationId);
    if (party === "network") mustBeAllowed(actor, "agreements:sign-for-network");
    else {
      if (party !== side) throw new Refusal("notAllowed");
      mustBeAllowed(actor, "agreements:sign", organisationId);
    }
    if (!(signableStatuses as readonly AgreementStatus[]).includes(agreement.status)) throw new Refusal("nothingToSign");
    if (latest.id !== input.revisionId) throw new Refusal("revisionChanged");
    const refused = await whySigningIsRefused(tx, agreementLedger, {
      documentId: latest.id,
      signerId: party,
      parts: revisionParts(agreement, latest, input.language),
      shownSha256: input.shownSha256,
    });
    if (refused) throw new Refusal(refused === "textChanged" ? "revisionChanged" : refused);
    if (latest.fullySignedAt) throw new Refusal("nothingToSign");
    const signature = await tx.agreementSignature.create({
      data: {
        agreementId,
        revisionId: latest.id,
        party,
        organisationId: party === "a" ? agreement.organisationAId : party === "b" ? agreement.organisationBId : null,
        kind: "signature",
        signatoryId: actorId,
        signatoryName: actor.name,
        signatoryTitle: input.signatoryTitle,
        language: input.language,
        textSha256: input.shownSha256,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      action: "agreement.signed",
      actorId,
      organisationId: party === "network" ? null : organisationId,
      ipAddress: origin?.clientAddress ?? "",
      details: { agreement: agreementId, revision: latest.id, number: latest.number, party, language: input.language, sha256: input.shownSha256 },
    });
    const signed = await signedParties(tx, latest.id);
    const inForce = signed.has("a") && signed.has("b") && signed.has("network");
    if (inForce) {
      const now = new Date();
      await tx.agreementRevision.update({ where: { id: latest.id }, data: { fullySignedAt: now } });
      const to = agreement.status === "proposed" || agreement.status === "revised" ? "agreed" : agreement.status;
      await mustMove(tx, {
        id: agreementId,
        from: agreement.status,
        to,
        by: "signatures",
        actorId,
        revisionId: latest.id,
        organisationId: party === "network" ? null : organisationId,
        set: { inForceRevisionId: latest.id, agreedAt: agreement.agreedAt ?? now },
        ipAddress: origin?.clientAddress,
      });
      await mailAgreement(tx, agreementId, { kind: "agreed" }, { actorId: null });
      if (to === "agreed") await startOrSchedule(tx, agreementId, now);
      else if (to === "active") await scheduleEnd(tx, agreementId, latest.endsOn);
    }
    return { ok: true as const, signatureId: signature.id, inForce };
  });
}

/** The side that did not write the latest revision declines it, with a reason; the agreement ends. */
export async function declineAgreement(db: PrismaClient, input: { agreementId: string; organisationId: string; actorId: string; reason: string }, origin?: Origin) {
  const { agreementId, organisationId, actorId, reason } = input;
  return command(db, async (tx): Promise<Done> => {
    const actor = await actorIn(tx, actorId);
    mustBeAllowed(actor, "agreements:write", organisationId);
    const { agreement, latest } = await lockedAgreement(tx, agreementId, organisationId);
    if (latest.authorOrganisationId === organisationId) throw new Refusal("notAllowed");
    await mustMove(tx, { id: agreementId, from: agreement.status, to: "declined", by: "recipient", actorId, revisionId: latest.id, organisationId, note: reason, ipAddress: origin?.clientAddress });
    await mailAgreement(tx, agreementId, { kind: "declined", reason }, { actorId });
    return { ok: true as const };
  });
}

/** The side that drafted it, or wrote the latest revision, takes it back before it is agreed. */
export async function withdrawAgreement(db: PrismaClient, input: { agreementId: string; organisationId: string; actorId: string }, origin?: Origin) {
  const { agreementId, organisationId, actorId } = input;
  return command(db, async (tx): Promise<Done> => {
    const actor = await actorIn(tx, actorId);
    mustBeAllowed(actor, "agreements:write", organisationId);
    const { agreement, latest, side } = await lockedAgreement(tx, agreementId, organisationId);
    if (side !== "a" && latest.authorOrganisationId !== organisationId) throw new Refusal("notAllowed");
    await mustMove(tx, { id: agreementId, from: agreement.status, to: "withdrawn", by: "author", actorId, revisionId: latest.id, organisationId, ipAddress: origin?.clientAddress });
    if (agreement.status !== "draft") await mailAgreement(tx, agreementId, { kind: "withdrawn" }, { actorId });
    return { ok: true as const };
  });
}

/** Ends an agreed or active agreement early, with a reason: by a party's admin, or a coordinator. */
export async function terminateAgreement(db: PrismaClient, input: { agreementId: string; organisationId: string; actorId: string; reason: string }, origin?: Origin) {
  const { agreementId, organisationId, actorId } = input;
  const reason = input.reason.trim();
  if (!reason) return refuse("notAllowed");
  return command(db, async (tx): Promise<Done> => {
    const actor = await actorIn(tx, actorId);
    const { agreement, latest } = await lockedAgreement(tx, agreementId, organisationId);
    const isPartyAdmin = actor.memberships.some((membership) => membership.organisationId === organisationId && membership.role === "admin");
    const by: AgreementActor | null = isPartyAdmin ? "partyAdmin" : can(actor, "agreements:sign-for-network") ? "coordinator" : null;
    if (!by) throw new Refusal("notAllowed");
    await mustMove(tx, {
      id: agreementId,
      from: agreement.status,
      to: "terminated",
      by,
      actorId,
      revisionId: agreement.inForceRevisionId ?? latest.id,
      organisationId: by === "partyAdmin" ? organisationId : null,
      note: reason,
      set: { terminationReason: reason },
      ipAddress: origin?.clientAddress,
    });
    await cancelCalendar(tx, agreementId);
    // Exchanges still to come end with it, with its reason (a withdrawn or declined agreement never had any).
    await cancelExchangesOfEndedAgreement(tx, { agreementId, actorId, reason, ipAddress: origin?.clientAddress });
    await mailAgreement(tx, agreementId, { kind: "terminated", reason }, { actorId });
    return { ok: true as const };
  });
}

/**
 * A side names (or changes) its own contact person: not part of the signed terms, so no
 * new revision (docs/decisions/019). Null names nobody.
 */
export async function setContactPerson(db: PrismaClient, input: { agreementId: string; organisationId: string; actorId: string; contactId: string | null }, origin?: Origin) {
  const { agreementId, organisationId, actorId, contactId } = input;
  return command(db, async (tx): Promise<Done> => {
    const actor = await actorIn(tx, actorId);
    mustBeAllowed(actor, "agreements:write", organisationId);
    const { agreement, side } = await lockedAgreement(tx, agreementId, organisationId);
    if (!(liveStatuses as readonly AgreementStatus[]).includes(agreement.status) || (agreement.status === "draft" && side !== "a")) throw new Refusal("statusChangeNotAllowed");
    await checkContact(tx, organisationId, contactId ?? undefined);
    await tx.twinningAgreement.update({ where: { id: agreementId }, data: side === "a" ? { contactAId: contactId } : { contactBId: contactId } });
    await recordAudit(tx, { action: "agreement.contact_changed", actorId, organisationId, ipAddress: origin?.clientAddress ?? "", details: { agreement: agreementId } });
    return { ok: true as const };
  });
}

// ——— Reading, for the pages ———

/** The title a list shows, in the reader's language else the original, with the language it is in. */
const pickedTitle = (texts: readonly StoredText[], reader: Language) => {
  const picked = revisionTextFor(texts, reader);
  return { text: picked?.title ?? "", language: picked?.language ?? reader, isFallback: picked?.isFallback ?? false };
};

/**
 * For each agreement, the parties that have yet to sign its latest revision when it waits
 * for signatures (else none), by agreement id: one query for the whole list.
 */
async function awaitedParties(db: PrismaClient | Tx, agreements: readonly { id: string; status: AgreementStatus; revisions: { id: string; fullySignedAt: Date | null }[] }[]) {
  const waiting = agreements.filter((agreement) => (signableStatuses as readonly AgreementStatus[]).includes(agreement.status) && !agreement.revisions[0]!.fullySignedAt);
  const signers = await standingSigners(db, agreementLedger, waiting.map((agreement) => agreement.revisions[0]!.id));
  return new Map(
    agreements.map((agreement) => {
      const signed = signers.get(agreement.revisions[0]!.id);
      return [agreement.id, signed ? parties.filter((party) => !signed.has(party)) : ([] as AgreementParty[])] as const;
    }),
  );
}

/** The organisation's agreements, newest first: the other side's drafts are not shown. */
export async function agreementsOf(db: PrismaClient, organisationId: string, reader: Language) {
  const agreements = await db.twinningAgreement.findMany({
    where: { OR: [{ organisationAId: organisationId }, { organisationBId: organisationId, status: { not: "draft" } }] },
    orderBy: { createdAt: "desc" },
    select: {
      ...agreementSelect,
      organisationA: { select: { name: true } },
      organisationB: { select: { name: true } },
    },
  });
  const awaiting = await awaitedParties(db, agreements);
  return agreements.map((agreement) => {
    const side = agreement.organisationAId === organisationId ? "a" : "b";
    return {
      id: agreement.id,
      partner: side === "a" ? agreement.organisationB.name : agreement.organisationA.name,
      side,
      title: pickedTitle(agreement.revisions[0]!.texts, reader),
      status: agreement.status,
      awaiting: awaiting.get(agreement.id)!,
    };
  });
}

/** Agreements whose latest revision waits for the network's signature, for coordinators. */
export async function awaitingNetworkSignature(db: PrismaClient, reader: Language) {
  const agreements = await db.twinningAgreement.findMany({
    where: { status: { in: [...signableStatuses] } },
    orderBy: { updatedAt: "asc" },
    select: { ...agreementSelect, organisationA: { select: { name: true, slug: true } }, organisationB: { select: { name: true } } },
  });
  const awaitingOf = await awaitedParties(db, agreements);
  const rows = [];
  for (const agreement of agreements) {
    const latest = agreement.revisions[0]!;
    const awaiting = awaitingOf.get(agreement.id)!;
    if (!awaiting.includes("network")) continue;
    rows.push({
      id: agreement.id,
      slug: agreement.organisationA.slug,
      parties: [agreement.organisationA.name, agreement.organisationB.name] as const,
      title: pickedTitle(latest.texts, reader),
      status: agreement.status,
      revision: latest.number,
      awaiting,
    });
  }
  return rows;
}

/** The active members one may draft an agreement with: every one but oneself. */
export async function partnerOptions(db: PrismaClient, organisationId: string) {
  const organisations = await db.organisation.findMany({ where: { status: "active", id: { not: organisationId } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }));
}

/** The people of an organisation, as choices of its contact person. */
export async function contactOptions(db: PrismaClient, organisationId: string) {
  const memberships = await db.organisationMembership.findMany({ where: { organisationId, user: { email: { not: null } } }, select: { user: { select: { id: true, name: true } } } });
  return memberships.map(({ user }) => ({ value: user.id, label: user.name })).sort((x, y) => x.label.localeCompare(y.label));
}

/**
 * One agreement as its page shows it to `side`: the latest revision's terms in the
 * reader's language (else the original), with the hash a signature of them binds to;
 * who has signed it and who has not; the revision in force when a change is pending.
 * Null for the other side's draft.
 */
export async function agreementPage(db: PrismaClient, agreementId: string, side: "a" | "b", reader: Language) {
  const agreement = await db.twinningAgreement.findUnique({
    where: { id: agreementId },
    select: {
      ...agreementSelect,
      terminationReason: true,
      organisationA: { select: { id: true, name: true, slug: true } },
      organisationB: { select: { id: true, name: true, slug: true } },
      contactAId: true,
      contactBId: true,
      contactA: { select: { name: true } },
      contactB: { select: { name: true } },
      inForceRevision: { select: { id: true, number: true, startsOn: true, endsOn: true } },
      history: { orderBy: { createdAt: "desc" }, take: 1, select: { note: true, to: true } },
    },
  });
  if (!agreement || (side === "b" && agreement.status === "draft")) return null;
  const latest = agreement.revisions[0]!;
  const shownLanguage = pickTranslation(
    latest.texts.filter((text) => text.field === "title"),
    reader,
  )?.translation.language ?? latest.originalLanguage;
  const text = revisionTextIn(latest, shownLanguage) ?? { title: "", objectives: "" };
  const objectivesRow = latest.texts.find((row) => row.language === shownLanguage && row.field === "objectives");
  const originalObjectives = latest.texts.find((row) => row.language === latest.originalLanguage && row.field === "objectives")?.text ?? "";
  const signatures = await signaturesOf(db, latest.id);
  return {
    id: agreement.id,
    status: agreement.status,
    side,
    parties: { a: agreement.organisationA, b: agreement.organisationB },
    contacts: { a: agreement.contactA?.name ?? null, b: agreement.contactB?.name ?? null },
    ownContactId: (side === "a" ? agreement.contactAId : agreement.contactBId) ?? "",
    latest: {
      id: latest.id,
      number: latest.number,
      startsOn: latest.startsOn.toISOString().slice(0, 10),
      endsOn: latest.endsOn.toISOString().slice(0, 10),
      themes: latest.themes,
      exchangesAToB: latest.exchangesAToB,
      exchangesBToA: latest.exchangesBToA,
      groupSizeCap: latest.groupSizeCap,
      authorSide: latest.authorOrganisationId === agreement.organisationAId ? ("a" as const) : latest.authorOrganisationId === agreement.organisationBId ? ("b" as const) : null,
      language: shownLanguage,
      isFallback: shownLanguage !== reader,
      isOutOfDate: objectivesRow ? isOutOfDate(objectivesRow, originalObjectives) : false,
      title: text.title,
      objectives: text.objectives,
      sha256: revisionDigest(agreement, latest, shownLanguage),
      fullySigned: latest.fullySignedAt !== null,
    },
    signatures: signatures.map((signature) => ({ party: signature.party, name: signature.signatoryName, title: signature.signatoryTitle, at: signature.at.toISOString(), language: signature.language })),
    awaiting: (await awaitedParties(db, [agreement])).get(agreement.id)!,
    inForce:
      agreement.inForceRevision && agreement.inForceRevision.id !== latest.id
        ? { number: agreement.inForceRevision.number, startsOn: agreement.inForceRevision.startsOn.toISOString().slice(0, 10), endsOn: agreement.inForceRevision.endsOn.toISOString().slice(0, 10) }
        : null,
    endReason: agreement.status === "terminated" || agreement.status === "declined" ? (agreement.history[0]?.note ?? agreement.terminationReason) : null,
  };
}

/** The latest revision's terms as the revise form is filled in with them. */
export async function termsForRevising(db: PrismaClient, agreementId: string, side: "a" | "b") {
  const agreement = await db.twinningAgreement.findUnique({
    where: { id: agreementId },
    select: { ...agreementSelect, contactAId: true, contactBId: true, organisationA: { select: { name: true } }, organisationB: { select: { name: true } } },
  });
  if (!agreement) return null;
  const latest = agreement.revisions[0]!;
  const texts = Object.fromEntries(
    languages.map((language) => [language, { title: revisionTextIn(latest, language)?.title ?? "", objectives: revisionTextIn(latest, language)?.objectives ?? "" }]),
  ) as Record<Language, { title: string; objectives: string }>;
  return {
    status: agreement.status,
    revisionId: latest.id,
    number: latest.number,
    sideNames: { a: agreement.organisationA.name, b: agreement.organisationB.name },
    defaults: {
      originalLanguage: latest.originalLanguage,
      startsOn: latest.startsOn.toISOString().slice(0, 10),
      endsOn: latest.endsOn.toISOString().slice(0, 10),
      themes: latest.themes,
      exchangesAToB: String(latest.exchangesAToB),
      exchangesBToA: String(latest.exchangesBToA),
      groupSizeCap: String(latest.groupSizeCap),
      contactId: (side === "a" ? agreement.contactAId : agreement.contactBId) ?? "",
      texts,
    },
  };
}
