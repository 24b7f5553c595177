// The guard of every page about one agreement, /organisations/<slug>/twinning/agreements/<id>/…:
// the organisation from the address and the permission within it first (organisation-guard),
// then the agreement only if that organisation is one of its two parties. Another pair's
// agreement is a 404 whoever asks, so its existence is not told. Coordinators reach every
// agreement through either party's address (they hold `agreements:view` everywhere).
import type { Permission } from "~/modules/auth/permissions";
import { requireOrganisationPermission } from "~/modules/organisations/organisation-guard.server";
import { db } from "~/utils/database/connection.server";
import { notFound } from "~/utils/params.server";

/** Which side of the agreement the organisation in the address is. */
export type AgreementSide = "a" | "b";

export async function requireAgreement(request: Request, slug: string | undefined, agreementId: string | undefined, permission: Permission) {
  const { organisation, user, scope } = await requireOrganisationPermission(request, slug, permission);
  if (!agreementId || !/^[A-Za-z0-9_-]{1,60}$/.test(agreementId)) notFound();
  const agreement = await db().twinningAgreement.findFirst({
    where: { id: agreementId, OR: [{ organisationAId: organisation.id }, { organisationBId: organisation.id }] },
    select: { id: true, status: true, organisationAId: true, organisationBId: true, inForceRevisionId: true },
  });
  if (!agreement) notFound();
  const side: AgreementSide = agreement.organisationAId === organisation.id ? "a" : "b";
  const partnerId = side === "a" ? agreement.organisationBId : agreement.organisationAId;
  return { organisation, user, scope, agreement, side, partnerId };
}
