// The public member directory: active members only, filtered and paged.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { DirectoryFilters } from "./directory.schema";

export const directoryPageSize = 12;

/** Statuses whose organisations appear in public. */
const publicStatus = "active" as const;

const listItemSelect = {
  slug: true,
  name: true,
  type: true,
  countryCode: true,
  city: true,
  isFounderPartner: true,
  memberSince: true,
} satisfies Prisma.OrganisationSelect;

export async function listDirectory(db: PrismaClient, filters: DirectoryFilters) {
  // One grouped count gives the total and both filters' option counts.
  const groups = await db.organisation.groupBy({
    by: ["countryCode", "type"],
    where: { status: publicStatus },
    _count: { _all: true },
  });
  const inCountry = (group: (typeof groups)[number]) => !filters.country || group.countryCode === filters.country;
  const ofType = (group: (typeof groups)[number]) => !filters.type || group.type === filters.type;
  const total = groups.filter((g) => inCountry(g) && ofType(g)).reduce((sum, g) => sum + g._count._all, 0);
  const pageCount = Math.max(1, Math.ceil(total / directoryPageSize));
  const page = Math.min(filters.page, pageCount);
  const organisations = await db.organisation.findMany({
    where: { status: publicStatus, countryCode: filters.country, type: filters.type },
    select: listItemSelect,
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    skip: (page - 1) * directoryPageSize,
    take: directoryPageSize,
  });
  return {
    organisations,
    total,
    page,
    pageCount,
    // Each filter's options count what choosing them would show, given the other filter.
    // The chosen options stay listed (with 0) so the form still shows what is filtered.
    countries: countBy(groups.filter(ofType), (group) => group.countryCode, filters.country).map(([code, count]) => ({ code, count })),
    types: countBy(groups.filter(inCountry), (group) => group.type, filters.type).map(([type, count]) => ({ type, count })),
  };
}

function countBy<G extends { _count: { _all: number } }, K extends string>(groups: G[], key: (group: G) => K, keep?: K) {
  const counts = new Map<K, number>(keep ? [[keep, 0]] : []);
  for (const group of groups) counts.set(key(group), (counts.get(key(group)) ?? 0) + group._count._all);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** An active member's public profile, or null (unknown slug, or not a public member). */
export async function findPublicOrganisation(db: PrismaClient, slug: string) {
  return db.organisation.findFirst({
    where: { slug, status: publicStatus },
    select: {
      ...listItemSelect,
      website: true,
      publicEmail: true,
      languages: true,
      descriptions: { select: { language: true, text: true, origin: true } },
    },
  });
}

/** The figures the home page shows about the network. */
export async function networkFigures(db: PrismaClient) {
  const [members, countries, founders] = await Promise.all([
    db.organisation.count({ where: { status: publicStatus } }),
    db.organisation.groupBy({ by: ["countryCode"], where: { status: publicStatus } }),
    db.organisation.count({ where: { status: publicStatus, isFounderPartner: true } }),
  ]);
  return { members, countries: countries.length, founders };
}
