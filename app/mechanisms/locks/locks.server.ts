// Changes to one organisation's people, status, profile or signatures take its row lock,
// so that checks like "another admin is left" or "not signed yet" hold until the commit.
import type { Prisma } from "~/generated/prisma/client";

/** Takes the lock; false when there is no such organisation. */
export async function lockOrganisation(tx: Prisma.TransactionClient, organisationId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Organisation" WHERE "id" = ${organisationId} FOR UPDATE`;
  return rows.length === 1;
}
