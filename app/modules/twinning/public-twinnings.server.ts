// The public face of twinning: which organisations are twinned, with whom and under which
// title, from the revision in force. Only agreements that are agreed (all three signed)
// or active count; a draft, a proposal or a revision being negotiated is never shown, and
// neither is any agreement's text beyond its title. Membership's "take part in twinning"
// commitment asks hasActiveTwinning.
import type { AgreementStatus, Prisma, PrismaClient } from "~/generated/prisma/client";
import { defaultLanguage, type Language } from "~/utils/languages";
import { revisionTextFor } from "./agreement-record.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** Agreed (signed by all three, not yet started) and active agreements are public. */
export const publicAgreementStatuses: readonly AgreementStatus[] = ["agreed", "active"];

const partySelect = { id: true, name: true, slug: true, countryCode: true, status: true } as const;

const publicSelect = {
  id: true,
  status: true,
  organisationA: { select: partySelect },
  organisationB: { select: partySelect },
  inForceRevision: { select: { startsOn: true, endsOn: true, texts: { where: { field: "title" }, select: { language: true, field: true, text: true, origin: true } } } },
} satisfies Prisma.TwinningAgreementSelect;

type PublicRow = Prisma.TwinningAgreementGetPayload<{ select: typeof publicSelect }>;

const party = (organisation: PublicRow["organisationA"]) => ({
  name: organisation.name,
  countryCode: organisation.countryCode,
  // Linked only while its public page exists (an active member's).
  slug: organisation.status === "active" ? organisation.slug : null,
});

function shape(row: PublicRow, reader: Language) {
  const title = row.inForceRevision ? revisionTextFor(row.inForceRevision.texts, reader) : null;
  return {
    id: row.id,
    status: row.status,
    organisationA: party(row.organisationA),
    organisationB: party(row.organisationB),
    title: title?.title ?? "",
    titleLanguage: title?.language ?? reader,
    startsOn: row.inForceRevision?.startsOn ?? null,
    endsOn: row.inForceRevision?.endsOn ?? null,
  };
}

const publicWhere = { status: { in: [...publicAgreementStatuses] }, inForceRevisionId: { not: null } } satisfies Prisma.TwinningAgreementWhereInput;

/** The organisation's agreed and active twinnings, each with its partner, title (in the reader's language, else the original) and dates. */
export async function activeTwinningsOf(db: Db, organisationId: string, reader: Language = defaultLanguage) {
  const rows = await db.twinningAgreement.findMany({
    where: { ...publicWhere, OR: [{ organisationAId: organisationId }, { organisationBId: organisationId }] },
    select: publicSelect,
    orderBy: { agreedAt: "desc" },
  });
  return rows.map((row) => {
    const shown = shape(row, reader);
    const isA = row.organisationA.id === organisationId;
    return { ...shown, partner: isA ? shown.organisationB : shown.organisationA };
  });
}

/** True when the organisation has an agreed or active twinning: membership's "take part in twinning" commitment. */
export async function hasActiveTwinning(db: Db, organisationId: string) {
  return (await db.twinningAgreement.count({ where: { ...publicWhere, OR: [{ organisationAId: organisationId }, { organisationBId: organisationId }] } })) > 0;
}

/** Every agreed and active twinning in the network, for the public table. */
export async function networkTwinnings(db: Db, reader: Language) {
  const rows = await db.twinningAgreement.findMany({ where: publicWhere, select: publicSelect, orderBy: [{ agreedAt: "desc" }, { id: "asc" }] });
  return rows.map((row) => shape(row, reader));
}

/** The public pages of twinning, for the sitemap. */
export const publicTwinningPages = [{ path: "/twinning" }] as const;
