// Machine translations of an organisation's description, from its original into the other
// portal languages: a timed job per (organisation, language), as for the library
// (app/modules/library/machine-translations.server.ts). A description a person wrote in a
// language (original or human translation) is never replaced.
import { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { rescheduleJob } from "~/mechanisms/jobs/schedule-job.server";
import { defineTimedJob } from "~/mechanisms/jobs/timed-job";
import { lockOrganisation } from "~/mechanisms/locks/locks.server";
import { machineTranslationAvailable, machineTranslator, translateField } from "~/mechanisms/translations/machine-translation.server";
import {
  failureOrRetry,
  finishRequest,
  machineTranslationAttempts,
  openRequest,
  unfinishedRequests,
  writeDescriptionMachineText,
  type Failed,
} from "~/mechanisms/translations/machine-translation-requests.server";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { isLanguage, languages } from "~/utils/languages";
import type { Origin } from "~/utils/origin";

const jobKey = (organisationId: string, target: string) => `${organisationId}:${target}`;

export type DescriptionRequestRefusal = "machineTranslationUnavailable" | "organisationGone" | "noOriginal" | "noTargets";

/** The languages a description can be machine-translated into: the portal's, but not its original's. */
export function descriptionTranslationTargets(descriptions: readonly { language: string; origin: string }[]) {
  const original = descriptions.find((description) => description.origin === "original");
  return original ? languages.filter((language) => language !== original.language) : [];
}

/** Asks for machine translations of the description into `targets`; the route has checked the permission. */
export async function requestDescriptionTranslations(
  prisma: PrismaClient,
  input: { organisationId: string; targets: readonly string[]; requestedBy: string },
  origin?: Origin,
): Promise<{ ok: true; targets: string[] } | { ok: false; error: DescriptionRequestRefusal }> {
  if (!machineTranslationAvailable()) return { ok: false, error: "machineTranslationUnavailable" };
  const { organisationId } = input;
  return prisma.$transaction(async (tx): Promise<{ ok: true; targets: string[] } | { ok: false; error: DescriptionRequestRefusal }> => {
    if (!(await lockOrganisation(tx, organisationId))) return { ok: false, error: "organisationGone" };
    const descriptions = await tx.organisationDescription.findMany({ where: { organisationId }, select: { language: true, origin: true } });
    if (!descriptions.some((description) => description.origin === "original")) return { ok: false, error: "noOriginal" };
    const targets = descriptionTranslationTargets(descriptions).filter((language) => input.targets.includes(language));
    if (targets.length === 0) return { ok: false, error: "noTargets" };
    for (const target of targets) {
      await openRequest(tx, { organisationId }, target);
      await rescheduleJob(tx, translateDescription, { key: jobKey(organisationId, target), payload: { organisationId, target }, runAt: new Date() });
    }
    await recordAudit(tx, {
      action: "organisation.machine_translation_requested",
      actorId: input.requestedBy,
      organisationId,
      ipAddress: origin?.clientAddress,
      details: { targets },
    });
    return { ok: true, targets };
  });
}

/** The description's requests that are pending or failed, for the profile page. */
export function unfinishedDescriptionTranslations(db: PrismaClient | Prisma.TransactionClient, organisationId: string) {
  return unfinishedRequests(db, { organisationId }, { kind: translateDescription.kind, key: (target) => jobKey(organisationId, target) });
}

type Prepared = { kind: "nothing" } | Failed | { kind: "translated"; text: string; sourceSha256: string };

const payloadSchema = z.object({ organisationId: z.string().min(1), target: z.string().refine(isLanguage) });

export const translateDescription = defineTimedJob<typeof payloadSchema, Prepared>({
  kind: "profile.description-machine-translation",
  payload: payloadSchema,
  maxAttempts: machineTranslationAttempts,
  async prepare(db, { organisationId, target }, { attempts }) {
    const descriptions = await db.organisationDescription.findMany({ where: { organisationId } });
    const original = descriptions.find((description) => description.origin === "original");
    if (!original) return { kind: "failed", failure: "originalMissing" };
    const current = descriptions.find((description) => description.language === target);
    const digest = sourceDigest(original.text);
    if (current && (current.origin !== "machine" || current.sourceSha256 === digest)) return { kind: "nothing" };
    const translator = machineTranslator();
    if (!translator) return { kind: "failed", failure: "unavailable" };
    try {
      if (!(await translator.offers(original.language, target))) return { kind: "failed", failure: "unsupportedLanguage" };
      const text = await translateField(translator, { text: original.text, source: original.language, target, markdown: false });
      return { kind: "translated", text, sourceSha256: digest };
    } catch (error) {
      return failureOrRetry(error, attempts);
    }
  },
  async run(tx, { organisationId, target }, { prepared }) {
    const subject = { organisationId };
    if (prepared.kind === "failed") return finishRequest(tx, subject, target, prepared.failure);
    if (prepared.kind === "nothing") return finishRequest(tx, subject, target, null);
    // The profile's own changes take this lock too (profile.server.ts).
    if (!(await lockOrganisation(tx, organisationId))) return;
    const original = await tx.organisationDescription.findFirst({ where: { organisationId, origin: "original" } });
    if (!original) return finishRequest(tx, subject, target, "originalMissing");
    if (original.language === target) return finishRequest(tx, subject, target, null);
    if (sourceDigest(original.text) !== prepared.sourceSha256) {
      // Changed while it was being translated: once more, with the current text.
      await rescheduleJob(tx, translateDescription, { key: jobKey(organisationId, target), payload: { organisationId, target }, runAt: new Date() });
      return;
    }
    await writeDescriptionMachineText(tx, { organisationId, language: target, text: prepared.text, sourceSha256: prepared.sourceSha256 });
    await finishRequest(tx, subject, target, null);
  },
});

/** What the profile page offers for the description; null without a translation service. */
export async function descriptionTranslationOffer(db: PrismaClient, organisationId: string, descriptions: readonly { language: string; origin: string }[]) {
  if (!machineTranslationAvailable()) return null;
  return { targets: descriptionTranslationTargets(descriptions), unfinished: await unfinishedDescriptionTranslations(db, organisationId) };
}
