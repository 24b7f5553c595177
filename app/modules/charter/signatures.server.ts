// Signing the Charter for an organisation. A signature binds the organisation to one
// version and records the SHA-256 of the exact text the signatory read; it is never
// edited, and a withdrawal is a new record (the table refuses updates and deletes).
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { lockOrganisation } from "~/mechanisms/locks/locks.server";
import { standingSignature, standingSignatures, type SignatureLedger } from "~/mechanisms/signatures/latest-record.server";
import { whySigningIsRefused } from "~/mechanisms/signatures/signing-check.server";
import { signedTextDigest, verifySignedText } from "~/mechanisms/signatures/signed-text";
import { findCurrentCharter } from "./charter.server";
import type { Language } from "~/utils/languages";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import type { Origin } from "~/utils/origin";

type Tx = Prisma.TransactionClient;

/** Who signs the Charter (an organisation) and what (a version), in the signature ledger. */
const charterLedger: SignatureLedger = { table: "CharterSignature", signerColumn: "organisationId", documentColumn: "versionId" };

/** The parts of a Charter text a signature binds to: its title, then its Markdown body. */
const signedParts = (text: { title: string; body: string }) => [text.title, text.body];

export function charterTextDigest(text: { title: string; body: string }) {
  return signedTextDigest(signedParts(text));
}

/** The organisation's signature of the version, if its latest record for it is one (not a withdrawal). */
export async function currentSignature(prisma: PrismaClient | Tx, organisationId: string, versionId: string) {
  return standingSignature(prisma, charterLedger, { documentId: versionId, signerId: organisationId });
}

export async function hasSigned(prisma: PrismaClient | Tx, organisationId: string, versionId: string) {
  return (await currentSignature(prisma, organisationId, versionId)) !== null;
}

type Signing = {
  organisationId: string;
  versionId: string;
  /** The language of the text the signatory read. */
  language: string;
  /** The hash of the text as shown on the page: if the text changed since, nothing is signed. */
  shownSha256: string;
  signatory: { id: string; name: string };
  signatoryTitle: string;
};

export type SigningError = "versionNotCurrent" | "textChanged" | "alreadySigned" | "notMember" | "notSigned";

/** Signs once: a double submit or two signatories at the same moment make one signature. */
export async function signCharter(prisma: PrismaClient | Tx, input: Signing, origin: Origin) {
  const run = async (tx: Tx) => {
    await lockOrganisation(tx, input.organisationId);
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: { status: true } });
    if (organisation.status !== "active" && organisation.status !== "applicant") {
      return { ok: false as const, error: "notMember" as const };
    }
    const current = await findCurrentCharter(tx);
    if (!current || current.id !== input.versionId) return { ok: false as const, error: "versionNotCurrent" as const };
    const text = current.texts.find((candidate) => candidate.language === input.language);
    const refused = await whySigningIsRefused(tx, charterLedger, {
      documentId: input.versionId,
      signerId: input.organisationId,
      parts: text ? signedParts(text) : null,
      shownSha256: input.shownSha256,
    });
    if (refused) return { ok: false as const, error: refused };
    const signature = await tx.charterSignature.create({
      data: {
        organisationId: input.organisationId,
        versionId: input.versionId,
        kind: "signature",
        signatoryId: input.signatory.id,
        signatoryName: input.signatory.name,
        signatoryTitle: input.signatoryTitle,
        language: input.language,
        textSha256: input.shownSha256,
      },
    });
    await recordAudit(tx, {
      action: "charter.signed",
      actorId: input.signatory.id,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { version: current.number, language: input.language, sha256: input.shownSha256 },
    });
    return { ok: true as const, signatureId: signature.id };
  };
  // Inside a caller's transaction (the membership application), or in one of its own.
  return "$transaction" in prisma ? prisma.$transaction(run) : run(prisma);
}

export async function withdrawSignature(
  prisma: PrismaClient,
  input: { organisationId: string; versionId: string; signatory: { id: string; name: string }; signatoryTitle: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    await lockOrganisation(tx, input.organisationId);
    const signed = await currentSignature(tx, input.organisationId, input.versionId);
    if (!signed) return { ok: false as const, error: "notSigned" as const };
    await tx.charterSignature.create({
      data: {
        organisationId: input.organisationId,
        versionId: input.versionId,
        kind: "withdrawal",
        signatoryId: input.signatory.id,
        signatoryName: input.signatory.name,
        signatoryTitle: input.signatoryTitle,
        language: signed.language,
        textSha256: signed.textSha256,
      },
    });
    await recordAudit(tx, {
      action: "charter.signature_withdrawn",
      actorId: input.signatory.id,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
    });
    return { ok: true as const };
  });
}

/**
 * Organisations whose latest record for the version is a signature, by name, with that
 * signature. Which of them count as members: membership/good-standing.server.ts.
 */
export async function listSignatures(prisma: PrismaClient, versionId: string) {
  const signatures = await standingSignatures(prisma, charterLedger, versionId);
  const organisations = await prisma.organisation.findMany({
    where: { id: { in: signatures.map((signature) => signature.signerId) } },
    select: { id: true, name: true, slug: true, status: true },
  });
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  return signatures
    .flatMap((signature) => {
      const organisation = byId.get(signature.signerId);
      return organisation ? [{ signatureId: signature.id, at: signature.at, language: signature.language, organisation }] : [];
    })
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name));
}

/** A signature as anyone can check it: the stored hash against the hash of the stored text, recomputed now. */
export async function verifySignature(prisma: PrismaClient, signatureId: string) {
  const signature = await prisma.charterSignature.findUnique({
    where: { id: signatureId },
    include: {
      organisation: { select: { id: true, name: true, slug: true, status: true } },
      version: { select: { number: true, texts: true } },
    },
  });
  if (!signature) return null;
  const text = signature.version.texts.find((candidate) => candidate.language === signature.language);
  const { storedSha256, recomputedSha256, matches } = verifySignedText(signature.textSha256, text ? signedParts(text) : null);
  return {
    id: signature.id,
    kind: signature.kind,
    at: signature.at,
    language: signature.language,
    versionNumber: signature.version.number,
    organisation: signature.organisation,
    storedSha256,
    recomputedSha256,
    matches,
    text: text ? { title: text.title, body: text.body } : null,
  };
}

/** The current Charter in the reader's language (or the fallback), with the hash a signature will bind to. */
export async function charterForSigning(prisma: PrismaClient, reader: Language) {
  const version = await findCurrentCharter(prisma);
  if (!version) return null;
  const picked = pickTranslation(version.texts, reader);
  if (!picked) return null;
  const { translation, isFallback } = picked;
  return {
    versionId: version.id,
    number: version.number,
    language: translation.language,
    title: translation.title,
    body: translation.body,
    origin: translation.origin,
    isFallback,
    sha256: charterTextDigest(translation),
  };
}
