// The organisation an /organisations/<slug>/… page is about, or a 404.
import type { Permission } from "~/modules/auth/permissions";
import { requirePermission, requireUser } from "~/modules/auth/permissions.server";
import { db } from "~/utils/database/connection.server";
import { notFound, requireSlug } from "~/utils/params.server";

export async function requireOrganisation(slug: string | undefined) {
  const organisation = await db().organisation.findUnique({
    where: { slug: requireSlug(slug) },
    select: { id: true, name: true, slug: true, status: true, memberSince: true },
  });
  if (!organisation) notFound();
  return organisation;
}

/**
 * The guard of every /organisations/<slug>/… loader and action: signed in first (so a
 * visitor cannot learn from 404s which organisations exist), then the organisation from
 * the address (never from a form), then the permission within it.
 */
export async function requireOrganisationPermission(request: Request, slug: string | undefined, permission: Permission) {
  await requireUser(request);
  const organisation = await requireOrganisation(slug);
  const user = await requirePermission(request, permission, { organisationId: organisation.id });
  return { organisation, user, scope: { organisationId: organisation.id } };
}
