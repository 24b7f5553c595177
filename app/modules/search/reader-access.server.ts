// Who may read members-only library entries: signed-in people of active member
// organisations, and the network's staff (coordinators, network admins). Everyone else
// never sees one: not in results, not in a facet count, not in a snippet.
import type { PrismaClient } from "~/generated/prisma/client";
import type { Actor } from "../auth/permissions";

export async function mayReadMembersOnly(db: PrismaClient, reader: Actor | null): Promise<boolean> {
  if (!reader) return false;
  if (reader.networkRole) return true;
  if (reader.memberships.length === 0) return false;
  const active = await db.organisation.count({
    where: { id: { in: reader.memberships.map((membership) => membership.organisationId) }, status: "active" },
  });
  return active > 0;
}
