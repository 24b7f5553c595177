// An organisation's twinning profile: what it can offer, what it seeks, the languages its
// staff work in, and whether and when it can host visitors. Read with the service
// descriptions (library) that host visitors, which offer their themes too.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { serviceDescriptionsHostingVisitors } from "~/modules/library/visiting-offers.server";
import type { Language } from "~/utils/languages";
import type { Origin } from "~/utils/origin";
import type { TwinningProfileInput } from "./profile.schemas";
import type { PartnerProfile } from "./suggestions";

type Db = PrismaClient | Prisma.TransactionClient;

export const profileSelect = { offers: true, seeks: true, languages: true, hostCapacity: true, hostMonths: true, updatedAt: true } as const;

/** The stored profile, or an empty one (nothing stated yet: `updatedAt` null). */
export async function readTwinningProfile(db: Db, organisationId: string) {
  const stored = await db.twinningProfile.findUnique({ where: { organisationId }, select: profileSelect });
  return stored ?? { offers: [], seeks: [], languages: [], hostCapacity: 0, hostMonths: [], updatedAt: null };
}

/** The profile as suggestions read it, with its library offers titled in `language`. */
export async function partnerProfileOf(db: Db, organisationId: string, language: Language): Promise<PartnerProfile & { updatedAt: Date | null }> {
  const profile = await readTwinningProfile(db, organisationId);
  const offers = await serviceDescriptionsHostingVisitors(db, [organisationId], language);
  return { organisationId, ...profile, serviceOffers: offers.get(organisationId) ?? [] };
}

/** Saves the whole profile (the form sends every field), audited. */
export async function saveTwinningProfile(
  prisma: PrismaClient,
  input: TwinningProfileInput & { organisationId: string; actorId: string },
  origin: Origin,
) {
  const { organisationId, actorId, intent: _intent, ...values } = input;
  await prisma.$transaction(async (tx) => {
    await tx.twinningProfile.upsert({
      where: { organisationId },
      create: { organisationId, ...values, updatedById: actorId },
      update: { ...values, updatedById: actorId },
    });
    await recordAudit(tx, {
      action: "twinning.profile_updated",
      actorId,
      organisationId,
      ipAddress: origin.clientAddress,
      details: { offers: values.offers.length, seeks: values.seeks.length, languages: values.languages, hostCapacity: values.hostCapacity, hostMonths: values.hostMonths },
    });
  });
}
