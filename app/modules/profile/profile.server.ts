// An organisation's public profile as its admins and editors keep it: the facts, and the
// description in each language. Descriptions are translations of one field: the rules
// (one original, which stays while translations are left, and at least one text) are
// those of app/mechanisms/translations/translations.ts, applied here under the
// organisation's lock.
import type { z } from "zod";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Origin } from "~/utils/origin";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { lockOrganisation } from "../../mechanisms/locks/locks.server";
import { whyRemovalIsRefused, whySaveIsRefused } from "~/mechanisms/translations/translations";
import {
  descriptionFieldsSchema,
  descriptionRefusals,
  profileFieldsSchema,
  type DescriptionFields,
  type ProfileFields,
} from "./profile.schemas";
import { themeKeys } from "../taxonomy/themes.server";



/** A refusal: a key in the `forms` namespace's errors, and the field it belongs to. */
type Refusal<E extends string = string> = { ok: false; error: E; field?: string };

function firstIssue(error: z.ZodError): Refusal {
  const issue = error.issues[0];
  return { ok: false, error: issue?.message ?? "invalid", field: issue?.path[0]?.toString() };
}

/** The profile with every description, for the people who edit it; null for an unknown slug. */
export async function findProfileForEditing(prisma: PrismaClient, slug: string) {
  return prisma.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      ...profileSelect,
      logoFile: true,
      status: true,
      descriptions: { select: { language: true, text: true, origin: true }, orderBy: { language: "asc" } },
    },
  });
}

const profileSelect = {
  name: true,
  type: true,
  countryCode: true,
  city: true,
  website: true,
  languages: true,
  themes: true,
  publicEmail: true,
} satisfies Prisma.OrganisationSelect;
const profileKeys = Object.keys(profileSelect) as (keyof typeof profileSelect)[];

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Saves the profile's facts. Nothing changed, nothing written; otherwise one audit entry naming the fields. */
export async function updateProfile(
  prisma: PrismaClient,
  input: { organisationId: string; actorId: string; fields: ProfileFields },
  origin: Origin,
): Promise<{ ok: true } | Refusal> {
  // An empty optional field means "none", however the caller says it.
  const given = { ...input.fields, website: input.fields.website || undefined, publicEmail: input.fields.publicEmail || undefined };
  const parsed = profileFieldsSchema(await themeKeys(prisma)).safeParse(given);
  if (!parsed.success) return firstIssue(parsed.error);
  const profile = { ...parsed.data, website: parsed.data.website ?? null, publicEmail: parsed.data.publicEmail ?? null };
  return prisma.$transaction(async (tx) => {
    if (!(await lockOrganisation(tx, input.organisationId))) return { ok: false as const, error: "organisationGone" };
    const current = await tx.organisation.findUniqueOrThrow({ where: { id: input.organisationId }, select: profileSelect });
    const changed = profileKeys.filter((key) => !sameValue(current[key], profile[key]));
    if (changed.length === 0) return { ok: true as const };
    await tx.organisation.update({ where: { id: input.organisationId }, data: profile });
    // Field names only: the audit log keeps no contact address.
    await recordAudit(tx, {
      action: "organisation.profile_updated",
      actorId: input.actorId,
      organisationId: input.organisationId,
      ipAddress: origin.clientAddress,
      details: { changed },
    });
    return { ok: true as const };
  });
}

export type DescriptionError = "organisationGone" | (typeof descriptionRefusals)[keyof typeof descriptionRefusals];

// Where each refusal shows on the page.
const refusalField = { translationExists: "language", originalExists: "origin" } as const;

/**
 * Writes the description in one language (any ISO 639-1 language, not only the portal's).
 * With `isNew`, a language that already has one is refused instead of overwritten.
 */
export async function saveDescription(
  prisma: PrismaClient,
  input: DescriptionFields & { organisationId: string; actorId: string; isNew?: boolean },
  origin: Origin,
): Promise<{ ok: true } | Refusal> {
  const parsed = descriptionFieldsSchema.safeParse(input);
  if (!parsed.success) return firstIssue(parsed.error);
  const { language, text, origin: textOrigin } = parsed.data;
  const { organisationId } = input;
  return prisma.$transaction(async (tx): Promise<{ ok: true } | Refusal<DescriptionError>> => {
    if (!(await lockOrganisation(tx, organisationId))) return { ok: false, error: "organisationGone" };
    const descriptions = await tx.organisationDescription.findMany({ where: { organisationId } });
    const current = descriptions.find((description) => description.language === language);
    const refusal = whySaveIsRefused(descriptions, { language, origin: textOrigin }, { isNew: input.isNew });
    if (refusal) return { ok: false, error: descriptionRefusals[refusal], field: refusalField[refusal] };
    if (current && current.text === text && current.origin === textOrigin) return { ok: true };
    await tx.organisationDescription.upsert({
      where: { organisationId_language: { organisationId, language } },
      create: { organisationId, language, text, origin: textOrigin },
      update: { text, origin: textOrigin },
    });
    await recordAudit(tx, {
      action: "organisation.profile_updated",
      actorId: input.actorId,
      organisationId,
      ipAddress: origin.clientAddress,
      details: { description: language, origin: textOrigin, change: current ? "updated" : "added" },
    });
    return { ok: true };
  });
}

export async function removeDescription(
  prisma: PrismaClient,
  input: { organisationId: string; language: string; actorId: string },
  origin: Origin,
): Promise<{ ok: true } | Refusal<DescriptionError>> {
  const { organisationId, language } = input;
  return prisma.$transaction(async (tx): Promise<{ ok: true } | Refusal<DescriptionError>> => {
    if (!(await lockOrganisation(tx, organisationId))) return { ok: false, error: "organisationGone" };
    const descriptions = await tx.organisationDescription.findMany({ where: { organisationId }, select: { language: true, origin: true } });
    const refusal = whyRemovalIsRefused(descriptions, language);
    if (refusal) return { ok: false, error: descriptionRefusals[refusal] };
    await tx.organisationDescription.delete({ where: { organisationId_language: { organisationId, language } } });
    await recordAudit(tx, {
      action: "organisation.profile_updated",
      actorId: input.actorId,
      organisationId,
      ipAddress: origin.clientAddress,
      details: { description: language, change: "removed" },
    });
    return { ok: true };
  });
}
