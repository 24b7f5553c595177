// Signatures of an agreement's revisions (docs/decisions/019): the ledger as the signature
// mechanism reads it (the signer is the party: a, b or the network; the document is the
// revision), the exact parts a signatory reads in one language and their hash, and who
// has a standing signature on a revision. Signing itself is a command of agreements.server.ts,
// under the agreement's lock.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { AgreementParty } from "~/generated/prisma/enums";
import { standingSignatures, type SignatureLedger } from "~/mechanisms/signatures/latest-record.server";
import { signedTextDigest } from "~/mechanisms/signatures/signed-text";
import { agreementSignedParts, type RevisionTerms } from "./agreement-terms";

type Db = PrismaClient | Prisma.TransactionClient;

export const agreementLedger: SignatureLedger = { table: "AgreementSignature", signerColumn: "party", documentColumn: "revisionId" };

export const parties = ["a", "b", "network"] as const satisfies readonly AgreementParty[];

/** A revision's terms (agreement-terms.ts) and its stored texts. */
type RevisionForDigest = RevisionTerms & { texts: readonly { language: string; field: "title" | "objectives"; text: string }[] };

/** The revision's title and objectives in `language`, or null when it has no text there. */
export function revisionTextIn(revision: Pick<RevisionForDigest, "texts">, language: string) {
  const title = revision.texts.find((text) => text.language === language && text.field === "title")?.text;
  const objectives = revision.texts.find((text) => text.language === language && text.field === "objectives")?.text;
  return title !== undefined && objectives !== undefined ? { title, objectives } : null;
}

type Pair = { organisationAId: string; organisationBId: string };

/** The parts a signatory of the revision read in `language` signs, or null (no text in that language). */
export function revisionParts(agreement: Pair, revision: RevisionForDigest, language: string) {
  const text = revisionTextIn(revision, language);
  return text ? agreementSignedParts({ a: { id: agreement.organisationAId }, b: { id: agreement.organisationBId } }, revision, text) : null;
}

/** The hash a signature of the revision read in `language` records, or null (no text in that language). */
export function revisionDigest(agreement: Pair, revision: RevisionForDigest, language: string) {
  const parts = revisionParts(agreement, revision, language);
  return parts ? signedTextDigest(parts) : null;
}

/** The parties with a standing signature on the revision. */
export async function signedParties(db: Db, revisionId: string) {
  const standing = await standingSignatures(db, agreementLedger, revisionId);
  return new Set(standing.map((record) => record.signerId as AgreementParty));
}

/** The standing signatures of the revision, with who signed and when, in the order a/b/network. */
export async function signaturesOf(db: Db, revisionId: string) {
  const standing = await standingSignatures(db, agreementLedger, revisionId);
  const rows = await db.agreementSignature.findMany({
    where: { id: { in: standing.map((record) => record.id) } },
    select: { id: true, party: true, signatoryId: true, signatoryName: true, signatoryTitle: true, language: true, textSha256: true, at: true },
  });
  return rows.sort((x, y) => parties.indexOf(x.party) - parties.indexOf(y.party));
}
