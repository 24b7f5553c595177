// Reading the Charter of Purpose and Action.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

/**
 * The version in force, with its texts: the published one with the latest effective date
 * not in the future. It is the one shown, and the one members are asked to sign.
 */
export async function findCurrentCharter(db: PrismaClient | Prisma.TransactionClient, now = new Date()) {
  return db.charterVersion.findFirst({
    where: { status: "published", effectiveFrom: { lte: now } },
    orderBy: [{ effectiveFrom: "desc" }, { number: "desc" }],
    // In a fixed order: when a reader's language is missing and every text is marked
    // original, the fallback (pickTranslation) takes the first, which must not be by chance.
    include: { texts: { orderBy: { language: "asc" } } },
  });
}
