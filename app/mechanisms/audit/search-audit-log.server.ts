// Reading the audit log: network admins filter it by action, person and date.
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { auditActions } from "./audit-actions";
import { hasNoControlCharacters } from "~/utils/fields.schemas";

export const auditPageSize = 50;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(value)));

/** The filters from the query string; anything invalid is dropped rather than failing the page. */
export function parseAuditFilters(searchParams: URLSearchParams) {
  const pick = <T,>(schema: z.ZodType<T>, key: string) => {
    const parsed = schema.safeParse(searchParams.get(key) ?? undefined);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    // Not `action`: a field of that name would shadow the form's own `action` property.
    action: pick(z.enum(auditActions), "kind"),
    person: pick(z.string().trim().min(1).max(254).refine(hasNoControlCharacters), "person"),
    from: pick(date, "from"),
    to: pick(date, "to"),
    page: pick(z.coerce.number().int().min(1).max(100_000), "page") ?? 1,
  };
}

export type AuditFilters = ReturnType<typeof parseAuditFilters>;

export async function listAuditEvents(prisma: PrismaClient, filters: AuditFilters) {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.action) where.action = filters.action;
  if (filters.from || filters.to) {
    where.at = {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + 24 * 60 * 60 * 1000) } : {}),
    };
  }
  if (filters.person) {
    // By email or name, as the actor or the person the event is about.
    const people = await prisma.user.findMany({
      where: {
        OR: [
          { email: { contains: filters.person, mode: "insensitive" } },
          { name: { contains: filters.person, mode: "insensitive" } },
        ],
      },
      select: { id: true },
      take: 200,
    });
    const ids = people.map((person) => person.id);
    where.OR = [{ actorId: { in: ids } }, { subjectUserId: { in: ids } }];
  }
  const [events, total] = await Promise.all([
    prisma.auditEvent.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * auditPageSize,
      take: auditPageSize,
    }),
    prisma.auditEvent.count({ where }),
  ]);
  // Names for the ids on this page, in two queries.
  const userIds = [...new Set(events.flatMap((event) => [event.actorId, event.subjectUserId]).filter((id) => id !== null))];
  const organisationIds = [...new Set(events.map((event) => event.organisationId).filter((id) => id !== null))];
  const [users, organisations] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
    prisma.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } }),
  ]);
  const userLabel = new Map(users.map((user) => [user.id, user.email ? `${user.name} <${user.email}>` : null]));
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / auditPageSize)),
    events: events.map((event) => ({
      id: event.id.toString(),
      at: event.at.toISOString(),
      action: event.action,
      actor: event.actorId ? (userLabel.get(event.actorId) ?? null) : undefined,
      subject: event.subjectUserId ? (userLabel.get(event.subjectUserId) ?? null) : undefined,
      organisation: event.organisationId ? (organisationName.get(event.organisationId) ?? event.organisationId) : null,
      ipAddress: event.ipAddress,
      details: JSON.stringify(event.details),
    })),
  };
}
