// Network staff roles, granted and revoked by network admins. The network always keeps
// at least one network admin.
import type { NetworkRole, Prisma, PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { hasNoControlCharacters } from "~/utils/fields.schemas";
import type { Origin } from "~/utils/origin";

/**
 * The search and page of the people list from its query string. A search that cannot be
 * in a name or address (control characters, NUL…) is dropped, as other bad filters are.
 */
export function parsePeopleSearch(searchParams: URLSearchParams) {
  const query = searchParams.get("q")?.trim().slice(0, 254);
  const page = Math.min(Math.max(1, Number.parseInt(searchParams.get("page") ?? "1", 10) || 1), 100_000);
  return { search: query && hasNoControlCharacters(query) ? query : undefined, page };
}

/** People for the network admin's list: staff first, then anyone matching `search`. */
export async function listPeopleForNetworkRoles(prisma: PrismaClient, { search, page = 1 }: { search?: string; page?: number }) {
  const pageSize = 25;
  const where = {
    erasedAt: null,
    ...(search
      ? { OR: [{ email: { contains: search, mode: "insensitive" as const } }, { name: { contains: search, mode: "insensitive" as const } }] }
      : {}),
  };
  const [people, total] = await Promise.all([
    prisma.user.findMany({
      where,
      select: { id: true, name: true, email: true, networkRole: true, createdAt: true },
      orderBy: [{ networkRole: { sort: "asc", nulls: "last" } }, { email: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    prisma.user.count({ where }),
  ]);
  return { people, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/**
 * True when `userId` is the only network admin, so taking the role from them (revoking it
 * or erasing their account) would leave the network with none. Takes the network-roles
 * lock first: two admins revoking or erasing each other at once are serialised, and the
 * answer holds until the caller's transaction commits.
 */
export async function isLastNetworkAdmin(tx: Prisma.TransactionClient, userId: string) {
  await lockNames(tx, ["accounts:network-roles"]);
  const user = await tx.user.findUnique({ where: { id: userId }, select: { networkRole: true } });
  if (user?.networkRole !== "network_admin") return false;
  return (await tx.user.count({ where: { networkRole: "network_admin", id: { not: userId } } })) === 0;
}

export async function setNetworkRole(
  prisma: PrismaClient,
  input: { userId: string; role: NetworkRole | null; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    // Taken first (it also serialises every change of network role), then the user is read under it.
    const lastNetworkAdmin = await isLastNetworkAdmin(tx, input.userId);
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user || user.erasedAt) return { ok: false as const, error: "notFound" as const };
    if (user.networkRole === input.role) return { ok: true as const };
    if (lastNetworkAdmin) return { ok: false as const, error: "lastNetworkAdmin" as const };
    await tx.user.update({ where: { id: user.id }, data: { networkRole: input.role } });
    await recordAudit(tx, {
      action: input.role ? "network.role_granted" : "network.role_revoked",
      actorId: input.actorId,
      subjectUserId: user.id,
      ipAddress: origin.clientAddress,
      details: { from: user.networkRole, to: input.role },
    });
    return { ok: true as const };
  });
}
