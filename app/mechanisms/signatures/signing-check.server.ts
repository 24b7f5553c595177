// The two checks every signature makes before it is written, whatever the document: the
// text shown to the signatory is still the document's text (its hash matches the parts as
// stored now), and the signer has no standing signature of the document yet. Run them
// under the lock that guards the signer's signatures of the document (the Charter: the
// organisation's row; an agreement: the agreement's lock), so that a double submit or two
// signatories at the same moment make one signature.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { standingSignature, type SignatureLedger } from "./latest-record.server";
import { signedTextDigest } from "./signed-text";

type Db = PrismaClient | Prisma.TransactionClient;

export type SigningRefusal = "textChanged" | "alreadySigned";

/**
 * Why signing is refused now, or null. `parts` are the document's parts in the language
 * read, as stored now (null when it has no text in that language: never matches).
 */
export async function whySigningIsRefused(
  db: Db,
  ledger: SignatureLedger,
  { documentId, signerId, parts, shownSha256 }: { documentId: string; signerId: string; parts: readonly string[] | null; shownSha256: string },
): Promise<SigningRefusal | null> {
  if (!parts || signedTextDigest(parts) !== shownSha256) return "textChanged";
  if (await standingSignature(db, ledger, { documentId, signerId })) return "alreadySigned";
  return null;
}
