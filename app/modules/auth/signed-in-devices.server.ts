// A person's list of signed-in devices, and signing them out.
import type { PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import type { Origin } from "~/utils/origin";


export function listSessions(prisma: PrismaClient, userId: string) {
  return prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ipAddress: true },
    orderBy: { lastSeenAt: "desc" },
  });
}

export async function revokeSession(prisma: PrismaClient, input: { userId: string; sessionId: string }, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { id: input.sessionId, userId: input.userId } });
    if (count) {
      await recordAudit(tx, { action: "auth.session_revoked", actorId: input.userId, subjectUserId: input.userId, ipAddress: origin.clientAddress });
    }
    return count > 0;
  });
}

export async function signOutOtherSessions(prisma: PrismaClient, input: { userId: string; keepSessionId: string }, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId: input.userId, id: { not: input.keepSessionId } } });
    await recordAudit(tx, {
      action: "auth.signed_out_elsewhere",
      actorId: input.userId,
      subjectUserId: input.userId,
      ipAddress: origin.clientAddress,
      details: { sessions: count },
    });
    return count;
  });
}

/** "Firefox on Linux" from a User-Agent header, or the header itself when unknown. */
export function describeUserAgent(userAgent: string) {
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : null;
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  if (browser && system) return `${browser}, ${system}`;
  return browser ?? system ?? (userAgent.slice(0, 60) || "?");
}
