// "The latest record wins": a signer's signature of a document stands while the latest
// of its records for that document is a signature, not a withdrawal. This is the one
// place that rule is written, as one query over a signature ledger.
import { Prisma, type PrismaClient } from "~/generated/prisma/client";
import { sqlIdentifier } from "~/utils/database/sql-identifier";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * A table of signatures and withdrawals, made append-only (see README.md). Besides the
 * two columns named here, it has `id`, `kind` ('signature' | 'withdrawal'), `language`,
 * `textSha256` and `at`.
 */
export type SignatureLedger = {
  table: string;
  /** Who signs: the organisation, for the Charter and agreements. */
  signerColumn: string;
  /** What is signed: a Charter version, an agreement revision. */
  documentColumn: string;
};

export type LatestRecord = {
  id: string;
  signerId: string;
  kind: "signature" | "withdrawal";
  language: string;
  textSha256: string;
  at: Date;
};

/**
 * Each signer's latest record for the document (or only the given signer's), latest by
 * time and then by id, whichever its kind: callers decide what a withdrawal means.
 */
export function latestRecords(db: Db, ledger: SignatureLedger, where: { documentId: string; signerId?: string }): Promise<LatestRecord[]> {
  return latestRecordsOf(db, ledger, [where.documentId], where.signerId).then((records) => records.map(({ documentId: _, ...record }) => record));
}

/** The same for several documents in one query (a list of agreements and who has signed each). */
function latestRecordsOf(db: Db, ledger: SignatureLedger, documentIds: readonly string[], signerId?: string) {
  const table = sqlIdentifier(ledger.table);
  const signer = sqlIdentifier(ledger.signerColumn);
  const document = sqlIdentifier(ledger.documentColumn);
  const oneSigner = signerId === undefined ? Prisma.empty : Prisma.sql`AND ${signer} = ${signerId}`;
  if (documentIds.length === 0) return Promise.resolve([]);
  return db.$queryRaw<(LatestRecord & { documentId: string })[]>`
    SELECT DISTINCT ON (${document}, ${signer}) "id", ${document} AS "documentId", ${signer}::text AS "signerId", "kind"::text AS "kind", "language", "textSha256", "at"
    FROM ${table}
    WHERE ${document} IN (${Prisma.join(documentIds)}) ${oneSigner}
    ORDER BY ${document}, ${signer}, "at" DESC, "id" DESC`;
}

/** The signer's standing signature of the document: its latest record, if that is a signature. */
export async function standingSignature(db: Db, ledger: SignatureLedger, where: { documentId: string; signerId: string }) {
  const [latest] = await latestRecords(db, ledger, where);
  return latest?.kind === "signature" ? latest : null;
}

/** Every standing signature of the document, one per signer. */
export async function standingSignatures(db: Db, ledger: SignatureLedger, documentId: string) {
  return (await latestRecords(db, ledger, { documentId })).filter((record) => record.kind === "signature");
}

/** Who has a standing signature on each of the documents, by document id, in one query. */
export async function standingSigners(db: Db, ledger: SignatureLedger, documentIds: readonly string[]) {
  const signers = new Map<string, Set<string>>(documentIds.map((id) => [id, new Set()]));
  for (const record of await latestRecordsOf(db, ledger, documentIds)) {
    if (record.kind === "signature") signers.get(record.documentId)!.add(record.signerId);
  }
  return signers;
}
