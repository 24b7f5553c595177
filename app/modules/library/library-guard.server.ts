// The guard of the pages that change an organisation's draft entry beside its editing page
// (translations, machine translations, attachments): an editor or admin of the
// organisation, which must be an active member (libraryAccess), or a 403.
import { forbidden } from "~/modules/auth/permissions.server";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { libraryAccess } from "./library-access";

export async function requireLibraryWriter(request: Request, slug: string | undefined) {
  const guarded = await requireOrganisationPermission(request, slug, "library:write");
  if (!libraryAccess(guarded.user, guarded.organisation, guarded.scope).canWrite) throw forbidden();
  return guarded;
}
