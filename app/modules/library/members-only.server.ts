// Who reads members-only library entries: signed-in people of an active member
// organisation, and the network's staff. The one rule for the entry page, its files, the
// search (results, facet counts, snippets) and the organisation's public page.
import type { PrismaClient } from "~/generated/prisma/client";
import type { Actor } from "~/modules/auth/permissions";

type Db = Pick<PrismaClient, "organisationMembership">;

export async function maySeeMembersOnly(db: Db, reader: Pick<Actor, "id" | "networkRole" | "memberships"> | null): Promise<boolean> {
  if (!reader) return false;
  if (reader.networkRole) return true;
  if (reader.memberships.length === 0) return false;
  const active = await db.organisationMembership.count({ where: { userId: reader.id, organisation: { status: "active" } } });
  return active > 0;
}
