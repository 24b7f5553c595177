// "A member in good standing": an active member whose latest record for the Charter in
// force is a signature (not a withdrawal, not none). The one home of that rule: the
// public list of signatories, the coordinators' reminders, an organisation's dashboard
// and its public page all ask here.
import type { MembershipStatus, Prisma, PrismaClient } from "~/generated/prisma/client";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { currentSignature, listSignatures } from "~/modules/charter/signatures.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** The status of a member; the other statuses are on their way in or out. */
const memberStatus: MembershipStatus = "active";

export function isInGoodStanding(organisation: { status: MembershipStatus }, hasSignedCurrentCharter: boolean) {
  return organisation.status === memberStatus && hasSignedCurrentCharter;
}

export type Standing = {
  /** The Charter in force; null before any is published. */
  charter: { id: string; number: number } | null;
  /** The organisation's signature of it, if its latest record for it is one. */
  signature: { id: string; at: Date } | null;
  inGoodStanding: boolean;
};

export async function standingOf(db: Db, organisation: { id: string; status: MembershipStatus }): Promise<Standing> {
  const charter = await findCurrentCharter(db);
  const signature = charter ? await currentSignature(db, organisation.id, charter.id) : null;
  return {
    charter: charter ? { id: charter.id, number: charter.number } : null,
    signature: signature ? { id: signature.id, at: signature.at } : null,
    inGoodStanding: isInGoodStanding(organisation, signature !== null),
  };
}

/** The members in good standing for the version (the one in force), by name, with their signature. */
export async function listMembersInGoodStanding(db: PrismaClient, versionId: string) {
  const signed = await listSignatures(db, versionId);
  return signed
    .filter((entry) => isInGoodStanding(entry.organisation, true))
    .map(({ organisation: { status: _status, ...organisation }, ...signature }) => ({ ...signature, organisation }));
}

/** Members not in good standing only for want of a signature of the version: whom coordinators remind. */
export async function listMembersNotSigned(db: PrismaClient, versionId: string) {
  const signed = new Set((await listSignatures(db, versionId)).map((entry) => entry.organisation.id));
  const members = await db.organisation.findMany({
    where: { status: memberStatus },
    select: { id: true, name: true, slug: true, countryCode: true },
    orderBy: { name: "asc" },
  });
  return members.filter((organisation) => !signed.has(organisation.id));
}
