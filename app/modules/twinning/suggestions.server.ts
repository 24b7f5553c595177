// Suggestions as the pages read them: the profiles of the active members (with their
// library offers), ranked by the pure function in suggestions.ts, leaving out the
// organisation itself, non-active members and those it already has a live agreement
// with (draft to active, either side).
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { serviceDescriptionsHostingVisitors } from "~/modules/library/visiting-offers.server";
import { themeFilter } from "~/modules/taxonomy/themes";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { formatDate } from "~/utils/format";
import { isCountryCode, isLanguageCode } from "~/utils/iso-codes";
import type { Language } from "~/utils/languages";
import { partnerProfileOf } from "./profile.server";
import { bestPairs, offeredThemes, rankPartners, type PartnerProfile } from "./suggestions";

type Db = PrismaClient | Prisma.TransactionClient;

/** An agreement that is still live: the pair is already twinned (or about to be). */
export const liveAgreementStatuses = ["draft", "proposed", "revised", "agreed", "active"] as const;

export async function hasLiveAgreement(db: Db, aId: string, bId: string) {
  const count = await db.twinningAgreement.count({
    where: {
      status: { in: [...liveAgreementStatuses] },
      OR: [
        { organisationAId: aId, organisationBId: bId },
        { organisationAId: bId, organisationBId: aId },
      ],
    },
  });
  return count > 0;
}

/** Every live pair, as "id:id" with the smaller id first. */
async function livePairs(db: Db, organisationId?: string) {
  const agreements = await db.twinningAgreement.findMany({
    where: {
      status: { in: [...liveAgreementStatuses] },
      ...(organisationId ? { OR: [{ organisationAId: organisationId }, { organisationBId: organisationId }] } : {}),
    },
    select: { organisationAId: true, organisationBId: true },
  });
  return new Set(agreements.map((agreement) => pairKey(agreement.organisationAId, agreement.organisationBId)));
}

export const pairKey = (a: string, b: string) => [a, b].sort().join(":");

export type ListedPartner = PartnerProfile & { name: string; slug: string; countryCode: string };

/** The active members' profiles (only those that stated one), named and sorted by name. */
async function activeProfiles(db: Db, language: Language): Promise<ListedPartner[]> {
  const organisations = await db.organisation.findMany({
    where: { status: "active", twinningProfile: { isNot: null } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      slug: true,
      countryCode: true,
      twinningProfile: { select: { offers: true, seeks: true, languages: true, hostCapacity: true, hostMonths: true } },
    },
  });
  const offers = await serviceDescriptionsHostingVisitors(db, organisations.map((organisation) => organisation.id), language);
  return organisations.flatMap(({ id, name, slug, countryCode, twinningProfile }) =>
    twinningProfile ? [{ organisationId: id, name, slug, countryCode, ...twinningProfile, serviceOffers: offers.get(id) ?? [] }] : [],
  );
}

/** The filters of the suggestions (a GET form): anything not offered is ignored, never an error. */
export const suggestionFiltersSchema = (themeKeys: readonly string[]) =>
  z.object({
    theme: themeFilter(themeKeys).optional().catch(undefined),
    language: z
      .string()
      .trim()
      .toLowerCase()
      .refine(isLanguageCode)
      .optional()
      .catch(undefined),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isCountryCode)
      .optional()
      .catch(undefined),
    canHost: z
      .literal("on")
      .optional()
      .catch(undefined),
  });

export type SuggestionFilters = z.infer<ReturnType<typeof suggestionFiltersSchema>>;

/** The filters read from an address's query string. */
export function readSuggestionFilters(url: URL, themeKeys: readonly string[]): SuggestionFilters {
  const query = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ""));
  return suggestionFiltersSchema(themeKeys).parse(query);
}

function passes(partner: ListedPartner, filters: SuggestionFilters) {
  if (filters.theme && !offeredThemes(partner).includes(filters.theme) && !partner.seeks.includes(filters.theme)) return false;
  if (filters.language && !partner.languages.includes(filters.language)) return false;
  if (filters.country && partner.countryCode !== filters.country) return false;
  if (filters.canHost && !(partner.hostCapacity > 0 && partner.hostMonths.length > 0)) return false;
  return true;
}

/** Ranked partners for `you` (its profile with library offers), at most `limit`. */
export async function suggestionsFor(db: Db, you: PartnerProfile, language: Language, { filters = {}, limit = 20 }: { filters?: SuggestionFilters; limit?: number } = {}) {
  const [profiles, twinned] = await Promise.all([activeProfiles(db, language), livePairs(db, you.organisationId)]);
  const candidates = profiles.filter(
    (partner) => partner.organisationId !== you.organisationId && !twinned.has(pairKey(you.organisationId, partner.organisationId)) && passes(partner, filters),
  );
  return rankPartners(you, candidates).slice(0, limit);
}

/** The best pairs across the network, for coordinators: each pair once, none already twinned. */
export async function networkPairs(db: Db, language: Language, limit = 20) {
  const [profiles, twinned] = await Promise.all([activeProfiles(db, language), livePairs(db)]);
  return bestPairs(profiles, { limit, excluded: (a, b) => twinned.has(pairKey(a.organisationId, b.organisationId)) });
}

/** What the filters offer: the languages and countries of the active members that stated a profile. */
export async function filterChoices(db: Db) {
  const organisations = await db.organisation.findMany({
    where: { status: "active", twinningProfile: { isNot: null } },
    select: { countryCode: true, twinningProfile: { select: { languages: true } } },
  });
  return {
    languages: [...new Set(organisations.flatMap((organisation) => organisation.twinningProfile?.languages ?? []))],
    countries: [...new Set(organisations.map((organisation) => organisation.countryCode))],
  };
}

/** The twelve month names in `language`, made on the server so a page hydrates with the same words. */
export const monthNamesIn = (language: Language) =>
  Array.from({ length: 12 }, (_, index) => formatDate(new Date(Date.UTC(2026, index, 15)), language, { dateStyle: undefined, month: "long" }));

/**
 * The dashboard's short list: the organisation's best three partners with their reasons,
 * and the words to say them in. Empty for a member that is not active or has no profile.
 */
export async function topSuggestions(db: Db, organisation: { id: string; status: string }, language: Language, limit = 3) {
  if (organisation.status !== "active") return null;
  const own = await partnerProfileOf(db, organisation.id, language);
  if (!own.updatedAt) return null;
  const [ranked, names] = await Promise.all([suggestionsFor(db, own, language, { limit }), themeNames(db, language)]);
  return {
    partners: ranked.map(({ partner, suggestion }) => ({ id: partner.organisationId, name: partner.name, slug: partner.slug, score: suggestion.score, reasons: suggestion.reasons })),
    words: { language, themeNames: names, monthNames: monthNamesIn(language) },
  };
}
