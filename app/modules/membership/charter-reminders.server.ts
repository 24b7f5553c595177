// Reminding members to sign the current Charter version. Only those that still have
// not signed are reminded, so a stale page cannot remind one that signed meanwhile.
import type { PrismaClient } from "~/generated/prisma/client";
import type { Origin } from "~/utils/origin";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { sendReminders } from "~/modules/charter/versions.server";
import { listMembersNotSigned } from "./good-standing.server";

type Reminding = { organisationIds: string[] | "all"; actorId: string };

export async function remindToSign(prisma: PrismaClient, input: Reminding, origin: Origin) {
  const charter = await findCurrentCharter(prisma);
  if (!charter) return { ok: false as const, error: "versionNotCurrent" as const };
  const notSigned = await listMembersNotSigned(prisma, charter.id);
  const { organisationIds } = input;
  const targets = organisationIds === "all" ? notSigned : notSigned.filter((organisation) => organisationIds.includes(organisation.id));
  if (targets.length === 0) return { ok: false as const, error: "nothingToRemind" as const };
  const emails = await sendReminders(
    prisma,
    { versionNumber: charter.number, organisationIds: targets.map((organisation) => organisation.id), actorId: input.actorId },
    origin,
  );
  return { ok: true as const, emails };
}
