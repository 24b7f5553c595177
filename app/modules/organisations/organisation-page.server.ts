// The organisation an /organisations/<slug>/… page is about, or a 404.
import { db } from "~/utils/db.server";
import { notFound, requireSlug } from "~/utils/params.server";

export async function requireOrganisation(slug: string | undefined) {
  const organisation = await db().organisation.findUnique({
    where: { slug: requireSlug(slug) },
    select: { id: true, name: true, slug: true, status: true, memberSince: true },
  });
  if (!organisation) notFound();
  return organisation;
}
