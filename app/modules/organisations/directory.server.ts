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
  const where: Prisma.OrganisationWhereInput = {
    status: publicStatus,
    countryCode: filters.country,
    type: filters.type,
  };
  const [total, byCountry, byType] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.groupBy({
      by: ["countryCode"],
      where: { status: publicStatus },
      _count: { _all: true },
      orderBy: { countryCode: "asc" },
    }),
    db.organisation.groupBy({
      by: ["type"],
      where: { status: publicStatus },
      _count: { _all: true },
      orderBy: { type: "asc" },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / directoryPageSize));
  const page = Math.min(filters.page, pageCount);
  const organisations = await db.organisation.findMany({
    where,
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
    countries: byCountry.map((row) => ({ code: row.countryCode, count: row._count._all })),
    types: byType.map((row) => ({ type: row.type, count: row._count._all })),
  };
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
