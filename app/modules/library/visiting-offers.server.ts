// The library's part in twinning: an organisation's published service descriptions that
// can host visitors count as offers of their themes (app/modules/twinning/suggestions.ts).
// Only what readers may see: the published revision of an entry that is not archived.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import type { Language } from "~/utils/languages";

type Db = PrismaClient | Prisma.TransactionClient;

export type VisitingOffer = { entryId: string; title: string; titleLanguage: string; themes: string[] };

/** Each organisation's service descriptions that host visitors, titled in `language` where it can be, newest first. */
export async function serviceDescriptionsHostingVisitors(db: Db, organisationIds: readonly string[], language: Language): Promise<Map<string, VisitingOffer[]>> {
  const entries = await db.libraryEntry.findMany({
    where: {
      organisationId: { in: [...organisationIds] },
      kind: "service_description",
      archivedAt: null,
      publishedRevision: { status: "published", hostsVisitors: true },
    },
    orderBy: { firstPublishedAt: "desc" },
    select: {
      id: true,
      organisationId: true,
      publishedRevision: { select: { themes: true, texts: { where: { field: "title" }, select: { language: true, text: true, origin: true } } } },
    },
  });
  const offers = new Map<string, VisitingOffer[]>();
  for (const entry of entries) {
    const revision = entry.publishedRevision;
    const title = revision ? pickTranslation(revision.texts, language)?.translation : undefined;
    if (!revision || !title) continue;
    const list = offers.get(entry.organisationId) ?? [];
    list.push({ entryId: entry.id, title: title.text, titleLanguage: title.language, themes: revision.themes });
    offers.set(entry.organisationId, list);
  }
  return offers;
}
