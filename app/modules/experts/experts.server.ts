// The people an organisation names as prepared to lend expertise, and the search
// coordinators run across the network's active members.
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Origin } from "~/utils/origin";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { isLanguageCode } from "~/utils/iso-codes";
import { themeFilter } from "../taxonomy/themes";
import { hasNoControlCharacters } from "~/utils/fields.schemas";

export const expertSearchPageSize = 25;

/** Only active members' experts are offered to coordinators. */
const searchableStatus = "active" as const;

const expertSelect = {
  id: true,
  name: true,
  email: true,
  topics: true,
  languages: true,
  availability: true,
} satisfies Prisma.ExpertSelect;

export async function listExperts(prisma: PrismaClient, organisationId: string) {
  return prisma.expert.findMany({
    where: { organisationId },
    select: expertSelect,
    orderBy: [{ name: "asc" }, { createdAt: "asc" }],
  });
}

type NewExpert = {
  organisationId: string;
  name: string;
  email?: string;
  /** Theme keys. */
  topics: string[];
  languages: string[];
  availability?: string;
  actorId: string;
};

export async function addExpert(prisma: PrismaClient, input: NewExpert, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    const expert = await tx.expert.create({
      data: {
        organisationId: input.organisationId,
        name: input.name,
        email: input.email ?? "",
        topics: input.topics,
        languages: input.languages,
        availability: input.availability ?? "",
      },
      select: { id: true },
    });
    // Ids and facts only: an expert's name and address stay out of the audit log.
    await recordAudit(tx, {
      action: "organisation.expert_added",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { expert: expert.id, topics: input.topics, languages: input.languages },
    });
    return { ok: true as const, expertId: expert.id };
  });
}

/** Removes one of the organisation's experts; an id from elsewhere, or already gone, is refused. */
export async function removeExpert(
  prisma: PrismaClient,
  input: { organisationId: string; expertId: string; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    const removed = await tx.expert.deleteMany({ where: { id: input.expertId, organisationId: input.organisationId } });
    if (removed.count === 0) return { ok: false as const, error: "expertNotFound" as const };
    await recordAudit(tx, {
      action: "organisation.expert_removed",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { expert: input.expertId },
    });
    return { ok: true as const };
  });
}

export type ExpertSearch = { topic?: string; language?: string; q?: string; page: number };

/** The search from the query string; anything invalid is dropped rather than failing the page. */
export function parseExpertSearch(searchParams: URLSearchParams, themeKeys: readonly string[]): ExpertSearch {
  const pick = <T,>(schema: z.ZodType<T>, key: string) => {
    const parsed = schema.safeParse(searchParams.get(key) ?? undefined);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    topic: pick(themeFilter(themeKeys), "topic"),
    language: pick(z.string().refine(isLanguageCode), "language"),
    q: pick(z.string().trim().min(1).max(200).refine(hasNoControlCharacters), "q"),
    page: pick(z.coerce.number().int().min(1).max(100_000), "page") ?? 1,
  };
}

/** `%` and `_` are wildcards to LIKE, which Prisma's `contains` does not escape. */
const literally = (text: string) => text.replace(/[\\%_]/g, "\\$&");

export async function searchExperts(prisma: PrismaClient, search: ExpertSearch) {
  const where: Prisma.ExpertWhereInput = { organisation: { status: searchableStatus } };
  if (search.topic) where.topics = { has: search.topic };
  if (search.language) where.languages = { has: search.language };
  if (search.q) {
    const contains = literally(search.q);
    where.OR = [
      { name: { contains, mode: "insensitive" } },
      { availability: { contains, mode: "insensitive" } },
    ];
  }
  const total = await prisma.expert.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / expertSearchPageSize));
  const page = Math.min(search.page, pageCount);
  const experts = await prisma.expert.findMany({
    where,
    select: { ...expertSelect, organisation: { select: { name: true, slug: true, countryCode: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * expertSearchPageSize,
    take: expertSearchPageSize,
  });
  return { experts, total, page, pageCount };
}

/** The languages coordinators can filter by: those some active member's expert speaks. */
export async function languagesOfExperts(prisma: PrismaClient) {
  const rows = await prisma.$queryRaw<{ code: string }[]>`
    SELECT DISTINCT spoken."code"
    FROM "Expert" AS expert
    JOIN "Organisation" AS organisation ON organisation."id" = expert."organisationId"
    CROSS JOIN LATERAL unnest(expert."languages") AS spoken("code")
    WHERE organisation."status" = ${searchableStatus}::"MembershipStatus"
    ORDER BY spoken."code"`;
  return rows.map((row) => row.code);
}
