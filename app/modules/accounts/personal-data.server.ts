// A person's own data: everything the portal holds about them as JSON, and erasure. This
// file only orchestrates; each area says what it holds in its own `privacy.server.ts`
// (see app/mechanisms/privacy and docs/decisions/014-each-area-owns-its-personal-data.md).
import type { PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { LockTimeout } from "~/mechanisms/locks/locks.server";
import type { PersonalDataArea } from "~/mechanisms/privacy/personal-data-area";
import { collectExport, eraseInAreas, orderAreas } from "~/mechanisms/privacy/run-personal-data.server";
import { verifyPassword } from "~/modules/auth/passwords.server";
import type { Origin } from "~/utils/origin";

// Every area's part, found by its file name: a new area only adds its own file.
const areaFiles = import.meta.glob<PersonalDataArea>(["/app/modules/*/privacy.server.ts", "/app/mechanisms/*/privacy.server.ts"], {
  eager: true,
  import: "personalData",
});

/** Every area's part, in the order they run; a file that exports none is an error here, not a silent gap. */
export const personalDataAreas = orderAreas(
  Object.entries(areaFiles).map(([file, area]) => {
    if (!area) throw new Error(`${file} must export \`personalData = definePersonalData({...})\``);
    return area;
  }),
);

/** Everything stored about the person, machine-readable. Secrets (hashes of passwords and tokens) are left out. */
export async function exportPersonalData(prisma: PrismaClient, userId: string, origin: Origin) {
  const person = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const sections = await collectExport(prisma, personalDataAreas, person);
  await recordAudit(prisma, { action: "account.exported", actorId: userId, subjectUserId: userId, ipAddress: origin.clientAddress });
  return { exportedAt: new Date().toISOString(), ...sections };
}

/**
 * Erases an account, in one transaction: every area's refusal check (the last admin of an
 * organisation, the last network admin), then every area's erase step. The User row stays,
 * emptied of everything personal, because records others rely on point to it.
 */
export async function eraseAccount(prisma: PrismaClient, input: { userId: string; password: string }) {
  const person = await prisma.user.findUniqueOrThrow({ where: { id: input.userId } });
  if (!(await verifyPassword(person.passwordHash, input.password))) return { ok: false as const, error: "wrongPassword" as const };
  try {
    return await prisma.$transaction(async (tx) => {
      const refusal = await eraseInAreas(tx, personalDataAreas, person);
      if (refusal) return { ok: false as const, ...refusal };
      // Written after the audit log's addresses were blanked, so this entry keeps none either.
      await recordAudit(tx, { action: "account.erased", actorId: person.id, subjectUserId: person.id });
      return { ok: true as const };
    });
  } catch (error) {
    // An area's step waited too long for a lock (an event's places, say, under a burst of
    // registrations): everything rolled back, and the person may simply try again.
    if (error instanceof LockTimeout) return { ok: false as const, error: "busy" as const, organisation: null };
    throw error;
  }
}
