// Charter versions: network admins write drafts (a text per language), publish one, and
// every active member is then asked to sign it again; coordinators send reminders.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Origin } from "~/utils/origin";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { lockNames, lockRow } from "~/mechanisms/locks/locks.server";
import { findCurrentCharter } from "./charter.server";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import { performMove } from "~/mechanisms/workflows/perform-move.server";
import { charterVersionWorkflow } from "./version-workflow.server";

type Tx = Prisma.TransactionClient;

export type VersionText = { language: string; title: string; body: string };

export async function listVersions(prisma: PrismaClient) {
  const versions = await prisma.charterVersion.findMany({
    orderBy: { number: "desc" },
    include: { texts: { select: { language: true } }, _count: { select: { signatures: true } } },
  });
  return versions;
}

export function findVersion(prisma: PrismaClient, number: number) {
  return prisma.charterVersion.findUnique({ where: { number }, include: { texts: true } });
}

export async function createDraft(
  prisma: PrismaClient,
  input: { effectiveFrom: Date; texts: VersionText[]; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    // Numbers are handed out one at a time.
    await lockNames(tx, ["charter:version-numbers"]);
    const last = await tx.charterVersion.aggregate({ _max: { number: true } });
    const number = (last._max.number ?? 0) + 1;
    await tx.charterVersion.create({
      data: { number, effectiveFrom: input.effectiveFrom, status: "draft", texts: { create: input.texts } },
    });
    await recordAudit(tx, { action: "charter.version_created", actorId: input.actorId, ipAddress: origin.clientAddress, details: { version: number } });
    return { ok: true as const, number };
  });
}

export async function updateDraft(
  prisma: PrismaClient,
  input: { number: number; effectiveFrom: Date; texts: VersionText[]; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    // Locked, so a publish cannot slip in between the check and the rewrite.
    const found = await tx.charterVersion.findUnique({ where: { number: input.number }, select: { id: true } });
    // Read again once locked: the status may have changed while we waited.
    const version = found && (await lockRow(tx, "CharterVersion", found.id)) ? await tx.charterVersion.findUnique({ where: { id: found.id } }) : null;
    if (!version) return { ok: false as const, error: "notFound" as const };
    // A published text is what people signed: it never changes.
    if (version.status !== "draft") return { ok: false as const, error: "alreadyPublished" as const };
    await tx.charterVersion.update({ where: { id: version.id }, data: { effectiveFrom: input.effectiveFrom } });
    await tx.charterText.deleteMany({ where: { versionId: version.id } });
    await tx.charterText.createMany({ data: input.texts.map((text) => ({ ...text, versionId: version.id })) });
    await recordAudit(tx, { action: "charter.version_updated", actorId: input.actorId, ipAddress: origin.clientAddress, details: { version: input.number } });
    return { ok: true as const };
  });
}

/** Publishes a draft and asks every active member, by email, to sign it. */
export async function publishVersion(prisma: PrismaClient, input: { number: number; actorId: string }, origin: Origin) {
  return prisma.$transaction(async (tx) => {
    // Members are asked to sign at once, so the version must be the one in force from now:
    // not dated in the future, and not before the version it replaces.
    const draft = await tx.charterVersion.findUnique({ where: { number: input.number } });
    if (!draft) return { ok: false as const, error: "notFound" as const };
    const current = await findCurrentCharter(tx);
    if (draft.effectiveFrom > new Date()) return { ok: false as const, error: "effectiveInFuture" as const };
    if (current && draft.effectiveFrom < current.effectiveFrom) return { ok: false as const, error: "effectiveBeforeCurrent" as const };
    // Conditional on the draft state, so of two publications at once only one applies.
    const published = await performMove(tx, charterVersionWorkflow, { id: draft.id, from: "draft", to: "published", by: "networkAdmin" });
    if (!published.ok) return { ok: false as const, error: "alreadyPublished" as const };
    const active = await tx.organisation.findMany({ where: { status: "active" }, select: { id: true } });
    const mails = await mailSigners(tx, active.map((organisation) => organisation.id), "charterNewVersion", input.number);
    await recordAudit(tx, {
      action: "charter.version_published",
      actorId: input.actorId,
      ipAddress: origin.clientAddress,
      details: { version: input.number, organisations: active.length, emails: mails },
    });
    return { ok: true as const, emails: mails };
  });
}

/** Reminds organisations that have not signed the version. */
export async function sendReminders(
  prisma: PrismaClient,
  input: { versionNumber: number; organisationIds: string[]; actorId: string },
  origin: Origin,
) {
  return prisma.$transaction(async (tx) => {
    const mails = await mailSigners(tx, input.organisationIds, "charterReminder", input.versionNumber);
    await recordAudit(tx, {
      action: "charter.reminders_sent",
      actorId: input.actorId,
      ipAddress: origin.clientAddress,
      details: { version: input.versionNumber, organisations: input.organisationIds.length, emails: mails },
    });
    return mails;
  });
}

/**
 * Mails each organisation's signatories (or, if it has none, its admins) in their own
 * language, with a link to sign. Returns how many emails were queued.
 */
async function mailSigners(tx: Tx, organisationIds: string[], template: "charterNewVersion" | "charterReminder", version: number) {
  if (organisationIds.length === 0) return 0;
  const organisations = await tx.organisation.findMany({
    where: { id: { in: organisationIds } },
    select: {
      name: true,
      slug: true,
      memberships: {
        where: { OR: [{ signatory: true }, { role: "admin" }], user: { email: { not: null } } },
        select: { signatory: true, user: { select: { email: true, preferredLanguage: true } } },
      },
    },
  });
  let queued = 0;
  for (const organisation of organisations) {
    const signatories = organisation.memberships.filter((membership) => membership.signatory);
    const recipients = signatories.length > 0 ? signatories : organisation.memberships;
    for (const { user } of recipients) {
      const mailed = await mailPerson(tx, user, template, (language) => ({
        organisation: organisation.name,
        version: String(version),
        link: link(`/${language}/organisations/${organisation.slug}/charter`),
      }));
      if (mailed) queued++;
    }
  }
  return queued;
}
