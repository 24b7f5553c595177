// Joining the network and the life of a membership: an application (with the Charter
// signed as part of it), the coordinator's decision, and later status changes. Every
// change is one transaction with its history entry, audit entry and emails.
import type { MembershipStatus, OrganisationType, Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Origin } from "~/utils/origin";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { signCharter } from "~/modules/charter/signatures.server";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import { lockNames } from "~/mechanisms/locks/locks.server";
import { MoveRefused, performMove } from "~/mechanisms/workflows/perform-move.server";
import { standingOf } from "./good-standing.server";
import { applicationWorkflow, membershipStatusWorkflow, recordMembershipEvent } from "./status-workflows.server";

type Tx = Prisma.TransactionClient;

/** `Santé Mentale — Île de France` → `sante-mentale-ile-de-france`, unique among organisations. */
export async function uniqueSlug(tx: Tx | PrismaClient, name: string) {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/, "") || "organisation";
  const taken = new Set(
    (await tx.organisation.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

export type Application = {
  organisation: {
    name: string;
    type: OrganisationType;
    countryCode: string;
    city: string;
    website?: string;
    languages: string[];
    themes: string[];
    publicEmail?: string;
  };
  description: { language: string; text: string };
  motivation: string;
  charter: { versionId: string; language: string; shownSha256: string };
  signatoryTitle: string;
  applicant: { id: string; name: string };
};

/**
 * Creates the applicant organisation with the applicant as its admin and signatory, the
 * application, and the Charter signature, all or nothing; coordinators are told by email.
 */
export async function applyForMembership(prisma: PrismaClient, input: Application, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    // One application at a time: two at once could pick the same slug, and a double
    // submit must not make two organisations.
    await lockNames(tx, ["membership:applications"]);
    const pending = await tx.membershipApplication.findFirst({
      where: { applicantId: input.applicant.id, status: "submitted", organisation: { name: input.organisation.name } },
      include: { organisation: true },
    });
    if (pending) return pending.organisation;
    const organisation = await tx.organisation.create({
      data: {
        ...input.organisation,
        slug: await uniqueSlug(tx, input.organisation.name),
        status: "applicant",
        descriptions: { create: { language: input.description.language, text: input.description.text, origin: "original" } },
        memberships: { create: { userId: input.applicant.id, role: "admin", signatory: true } },
      },
    });
    await tx.membershipApplication.create({
      data: { organisationId: organisation.id, applicantId: input.applicant.id, motivation: input.motivation },
    });
    await recordMembershipEvent(tx, { organisationId: organisation.id, from: null, to: "applicant", actorId: input.applicant.id });
    const signed = await signCharter(
      tx,
      {
        organisationId: organisation.id,
        versionId: input.charter.versionId,
        language: input.charter.language,
        shownSha256: input.charter.shownSha256,
        signatory: input.applicant,
        signatoryTitle: input.signatoryTitle,
      },
      origin,
    );
    // Rolls the whole application back: nothing is half-written.
    if (!signed.ok) throw new ApplicationRefused(signed.error);
    await recordAudit(tx, {
      action: "membership.applied",
      actorId: input.applicant.id,
      organisationId: organisation.id,
      ipAddress: origin.clientAddress,
    });
    const staff = await tx.user.findMany({ where: { networkRole: { not: null }, email: { not: null } } });
    for (const person of staff) {
      await mailPerson(tx, person, "newApplication", (language) => ({
        organisation: organisation.name,
        link: link(`/${language}/coordination/applications`),
      }));
    }
    return organisation;
  });
}

export class ApplicationRefused extends Error {
  constructor(readonly reason: string) {
    super(`application refused: ${reason}`);
  }
}

export function listApplications(prisma: PrismaClient, status: "submitted" | "approved" | "rejected") {
  return prisma.membershipApplication.findMany({
    where: { status },
    orderBy: { createdAt: status === "submitted" ? "asc" : "desc" },
    take: 200,
    include: { organisation: { select: { name: true, slug: true, countryCode: true, type: true } } },
  });
}

export function findApplication(prisma: PrismaClient, id: string) {
  return prisma.membershipApplication.findUnique({
    where: { id },
    include: {
      organisation: {
        include: {
          descriptions: true,
          charterSignatures: { orderBy: { at: "asc" }, include: { version: { select: { number: true } } } },
        },
      },
    },
  });
}

/**
 * The Charter version an applicant would still have to sign if approved now: the one in
 * force, when the signature given with the application is of an older version (a new one
 * was published while the application waited). Null when its signature is current.
 * docs/decisions/016 says why approval is allowed then, once the coordinator has seen it.
 */
export async function charterToSignOnApproval(db: PrismaClient | Tx, organisation: { id: string; status: MembershipStatus }) {
  const { charter, signature } = await standingOf(db, organisation);
  return charter && !signature ? charter : null;
}

type Decision = {
  applicationId: string;
  approve: boolean;
  reason: string;
  actorId: string;
  /** The id of the Charter version the coordinator was warned is still to sign, if they were. */
  acknowledgedCharterId?: string | null;
};

/**
 * Approves (the organisation becomes active) or rejects with a reason; the applicant is
 * emailed either way. An approval whose signature is not of the Charter in force is made
 * only when the coordinator saw that very version named (`acknowledgedCharterId`); the
 * new member is then asked, in the same email, to sign it.
 */
export async function decideApplication(prisma: PrismaClient, input: Decision, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    const application = await tx.membershipApplication.findUnique({
      where: { id: input.applicationId },
      include: { organisation: true },
    });
    // Decided by a colleague already: said first, whatever else changed meanwhile (the page
    // no longer offers the decision, so a Charter warning would have nowhere to show).
    if (!application || application.status !== "submitted") return { ok: false as const, error: "alreadyDecided" as const };
    const { organisation } = application;
    const charterToSign = input.approve ? await charterToSignOnApproval(tx, organisation) : null;
    // Published after the confirmation page was shown, or never shown: the coordinator decides again, warned.
    if (charterToSign && charterToSign.id !== input.acknowledgedCharterId) {
      return { ok: false as const, error: "charterChanged" as const, charterToSign };
    }
    const move = { reason: input.reason, actorId: input.actorId, ipAddress: origin.clientAddress };
    // Conditional on the state, so of two decisions at once only one applies.
    const decided = await performMove(tx, applicationWorkflow, {
      ...move,
      id: application.id,
      from: application.status,
      to: input.approve ? "approved" : "rejected",
      by: "coordinator",
      organisationId: organisation.id,
    });
    // Decided already (by a colleague, or a double submit).
    if (!decided.ok) return { ok: false as const, error: "alreadyDecided" as const };
    if (input.approve) {
      const joined = await performMove(tx, membershipStatusWorkflow, {
        ...move,
        id: organisation.id,
        from: organisation.status,
        to: "active",
        by: "approval",
        memberSince: organisation.memberSince ?? new Date(),
      });
      // Only an approval moves an applicant, and the decision above was the only one.
      if (!joined.ok) throw new MoveRefused(joined.error, `approving ${organisation.id}`);
    }
    const applicant = application.applicantId ? await tx.user.findUnique({ where: { id: application.applicantId } }) : null;
    if (applicant && charterToSign) {
      await mailPerson(tx, applicant, "applicationApprovedToSign", (language) => ({
        name: applicant.name,
        organisation: organisation.name,
        version: String(charterToSign.number),
        link: link(`/${language}/organisations/${organisation.slug}/charter`),
      }));
    } else if (applicant && input.approve) {
      await mailPerson(tx, applicant, "applicationApproved", (language) => ({
        name: applicant.name,
        organisation: organisation.name,
        link: link(`/${language}/organisations/${organisation.slug}`),
      }));
    } else if (applicant) {
      await mailPerson(tx, applicant, "applicationRejected", { name: applicant.name, organisation: organisation.name, reason: input.reason });
    }
    return { ok: true as const, organisation, charterToSign };
  });
}

/** Suspends, marks lapsed, records a resignation or reinstates, with a reason. */
export async function changeMembershipStatus(
  prisma: PrismaClient,
  /** `from`: the status the coordinator was shown; the move is refused if it is no longer the organisation's. */
  input: { organisationId: string; from: MembershipStatus; to: MembershipStatus; reason: string; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    const moved = await performMove(tx, membershipStatusWorkflow, {
      id: input.organisationId,
      from: input.from,
      to: input.to,
      by: "coordinator",
      reason: input.reason,
      actorId: input.actorId,
      ipAddress: origin.clientAddress,
    });
    // Not in the table, or changed by a colleague since the page was shown.
    if (!moved.ok) return { ok: false as const, error: "statusChangeNotAllowed" as const };
    return { ok: true as const };
  });
}
