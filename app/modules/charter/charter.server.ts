// Reading the Charter of Purpose and Action.
import type { PrismaClient } from "~/generated/prisma/client";

/** The version in force: the published one with the latest effective date not in the future. */
export async function findCurrentCharter(db: PrismaClient, now = new Date()) {
  return db.charterVersion.findFirst({
    where: { status: "published", effectiveFrom: { lte: now } },
    orderBy: [{ effectiveFrom: "desc" }, { number: "desc" }],
    select: {
      number: true,
      effectiveFrom: true,
      texts: { select: { language: true, title: true, body: true, origin: true } },
    },
  });
}
