// Demo data for a first run: the six founder partners, invented member organisations,
// versions 1 and 2 of the Charter in every language, signed by each member's signatory
// (a few still to sign version 2), some logos and experts. Idempotent: it only adds what
// is missing and never overwrites what a user has since changed.
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PrismaClient } from "~/generated/prisma/client";
import { hashPassword } from "~/modules/auth/passwords.server";
import { charterTextDigest, signCharter } from "~/modules/charter/signatures.server";
import { addExpert } from "~/modules/experts/experts.server";
import { logoDirectory, replaceLogo } from "~/modules/profile/logos.server";
import { languages } from "~/utils/languages";
import { charterVersion1, charterVersion2, stillToSignVersion2, type CharterSeed } from "./seed-data/charter";
import { demoOrganisations } from "./seed-data/organisations";
import { demoPassword, demoPeople } from "./seed-data/people";
import { seedReadingDemoEntry } from "./seed-data/library-reading";
import { addDemoEvents } from "./seed-events";
import { addDemoLibraryEntries } from "./seed-library";
import { addDemoAgreements } from "./seed-twinning";
import { demoAccountSignatories, demoExperts, demoSignatories } from "./seed-data/signatories";
import { demoTwinningProfiles } from "./seed-data/twinning-profiles";

/** What the audit log records as the address of the seed's changes. */
const seedOrigin = { clientAddress: "127.0.0.1" };
const logosFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "seed-data", "logos");

export async function seedDemoData(prisma: PrismaClient, { accounts = true, logos = logoDirectory() } = {}) {
  const existing = new Set(
    (await prisma.organisation.findMany({ select: { slug: true } })).map((organisation) => organisation.slug),
  );
  let organisationsAdded = 0;
  for (const { descriptions, memberSince, ...organisation } of demoOrganisations) {
    if (existing.has(organisation.slug)) continue;
    await prisma.organisation.create({
      data: {
        ...organisation,
        memberSince: memberSince ? new Date(memberSince) : null,
        descriptions: { create: descriptions },
      },
    });
    organisationsAdded++;
  }

  const charterAdded = await addCharterVersion(prisma, 1, charterVersion1);
  const accountsAdded = accounts ? await seedDemoAccounts(prisma) : await lockDemoAccounts(prisma);
  const signatories = await demoSignatoryIds(prisma);
  // Version 1 is signed while it is the one in force, then version 2 is published and signed.
  let signaturesAdded = await signDemoCharter(prisma, 1, charterVersion1, signatories);
  // Version 2 is the demo network's own history: it goes only into a database whose Charter
  // the seed has just written. On one that already had a Charter (a network's real one, or
  // yesterday's demo), publishing it here would end every member's good standing unannounced.
  const charterVersion2Added = charterAdded && (await addCharterVersion(prisma, 2, charterVersion2));
  signaturesAdded += await signDemoCharter(prisma, 2, charterVersion2, signatories, stillToSignVersion2);
  const logosAdded = await addDemoLogos(prisma, signatories, logos);
  const expertsAdded = await addDemoExperts(prisma, signatories);
  const readingEntryAdded = await seedReadingDemoEntry(prisma);
  const libraryEntriesAdded = await addDemoLibraryEntries(prisma, signatories, seedOrigin);
  const eventsAdded = await addDemoEvents(prisma, signatories);
  const twinningProfilesAdded = await addDemoTwinningProfiles(prisma, signatories);
  const agreementsAdded = await addDemoAgreements(prisma, signatories);
  return {
    organisationsAdded,
    charterAdded,
    charterVersion2Added,
    accountsAdded,
    signaturesAdded,
    logosAdded,
    expertsAdded,
    readingEntryAdded,
    libraryEntriesAdded,
    eventsAdded,
    twinningProfilesAdded,
    agreementsAdded,
  };
}

async function addCharterVersion(prisma: PrismaClient, number: number, seed: CharterSeed) {
  if (await prisma.charterVersion.findUnique({ where: { number } })) return false;
  const effectiveFrom = new Date(seed.effectiveFrom);
  await prisma.charterVersion.create({
    data: {
      number,
      status: "published",
      effectiveFrom,
      publishedAt: effectiveFrom,
      texts: { create: languages.map((language) => ({ language, ...seed.texts[language] })) },
    },
  });
  return true;
}

/**
 * The person who signs for each active demo member: its demo account where README names
 * one (and demo accounts are on), else a signatory of its own, made once, who cannot sign in.
 */
async function demoSignatoryIds(prisma: PrismaClient) {
  const signatories = new Map<string, { id: string; name: string; title: string; language: string }>();
  for (const [slug, signatory] of Object.entries(demoSignatories)) {
    const organisation = await prisma.organisation.findUnique({ where: { slug }, select: { id: true, status: true } });
    if (!organisation || organisation.status !== "active") continue;
    const account = demoAccountSignatories[slug];
    const signingAccount = account
      ? await prisma.user.findFirst({
          where: { email: account, memberships: { some: { organisationId: organisation.id, signatory: true } } },
        })
      : null;
    if (signingAccount) {
      signatories.set(slug, { id: signingAccount.id, name: signingAccount.name, title: signingAccount.title, language: signingAccount.preferredLanguage });
      continue;
    }
    const id = `demo-signatory-${slug}`.slice(0, 60);
    const person =
      (await prisma.user.findUnique({ where: { id } })) ??
      (await prisma.user.create({
        data: {
          id,
          name: signatory.name,
          title: signatory.title,
          preferredLanguage: signatory.language,
          languagesSpoken: [signatory.language],
          memberships: { create: { organisationId: organisation.id, role: "admin", signatory: true } },
        },
      }));
    // Erased since: nobody signs in their name.
    if (person.erasedAt) continue;
    signatories.set(slug, { id: person.id, name: person.name, title: person.title, language: signatory.language });
  }
  return signatories;
}

type Signatories = Awaited<ReturnType<typeof demoSignatoryIds>>;

/**
 * Signs the seed's own version `number` for each demo member with a signatory, through the
 * charter module (the digest of the text in the signatory's language), while that version
 * is the one in force. A member with any record for it (a signature, or one withdrawn
 * since) is left as it is.
 */
async function signDemoCharter(prisma: PrismaClient, number: number, seed: CharterSeed, signatories: Signatories, skip: string[] = []) {
  const version = await prisma.charterVersion.findUnique({ where: { number }, include: { texts: true } });
  // A version 2 someone else wrote is theirs to have signed.
  if (!version || version.texts.find((text) => text.language === "en")?.body !== seed.texts.en.body) return 0;
  let added = 0;
  for (const [slug, signatory] of signatories) {
    if (skip.includes(slug)) continue;
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    if (await prisma.charterSignature.count({ where: { organisationId: organisation.id, versionId: version.id } })) continue;
    const text = version.texts.find((candidate) => candidate.language === signatory.language) ?? version.texts.find((candidate) => candidate.language === "en")!;
    const signed = await signCharter(
      prisma,
      {
        organisationId: organisation.id,
        versionId: version.id,
        language: text.language,
        shownSha256: charterTextDigest(text),
        signatory: { id: signatory.id, name: signatory.name },
        signatoryTitle: signatory.title,
      },
      seedOrigin,
    );
    // versionNotCurrent: version 1 on a database where version 2 is already in force.
    if (signed.ok) added++;
  }
  return added;
}

/** A logo for the demo members that have a file in seed-data/logos and no logo yet, stored as an upload is. */
async function addDemoLogos(prisma: PrismaClient, signatories: Signatories, directory: string) {
  let added = 0;
  for (const file of (await fs.readdir(logosFolder)).filter((name) => name.endsWith(".png")).sort()) {
    const slug = file.replace(/\.png$/, "");
    const organisation = await prisma.organisation.findUnique({ where: { slug }, select: { id: true, logoFile: true } });
    const actor = signatories.get(slug);
    if (!organisation || organisation.logoFile || !actor) continue;
    const stored = await replaceLogo(prisma, { organisationId: organisation.id, actorId: actor.id, upload: await fs.readFile(path.join(logosFolder, file)) }, seedOrigin, directory);
    if (!stored.ok) throw new Error(`demo logo ${file} refused: ${stored.error}`);
    added++;
  }
  return added;
}

/** The demo members' named experts, each added once (by name) through the experts module. */
async function addDemoExperts(prisma: PrismaClient, signatories: Signatories) {
  let added = 0;
  for (const [slug, experts] of Object.entries(demoExperts)) {
    const organisation = await prisma.organisation.findUnique({ where: { slug }, select: { id: true } });
    const actor = signatories.get(slug);
    if (!organisation || !actor) continue;
    for (const expert of experts) {
      if (await prisma.expert.count({ where: { organisationId: organisation.id, name: expert.name } })) continue;
      await addExpert(prisma, { organisationId: organisation.id, actorId: actor.id, ...expert }, seedOrigin);
      added++;
    }
  }
  return added;
}

/** A profile only where the organisation has none: one its admins changed is theirs. */
async function addDemoTwinningProfiles(prisma: PrismaClient, signatories: Signatories) {
  let added = 0;
  for (const [slug, profile] of Object.entries(demoTwinningProfiles)) {
    const organisation = await prisma.organisation.findUnique({ where: { slug }, select: { id: true, twinningProfile: { select: { organisationId: true } } } });
    if (!organisation || organisation.twinningProfile) continue;
    await prisma.twinningProfile.create({ data: { organisationId: organisation.id, ...profile, updatedById: signatories.get(slug)?.id ?? null } });
    added++;
  }
  return added;
}

async function seedDemoAccounts(prisma: PrismaClient) {
  let added = 0;
  const passwordHash = await hashPassword(demoPassword);
  for (const { membership, ...person } of demoPeople) {
    if (await prisma.user.findFirst({ where: { OR: [{ email: person.email }, { id: demoId(person.email) }] } })) continue;
    const organisation = membership
      ? await prisma.organisation.findUnique({ where: { slug: membership.organisation } })
      : null;
    await prisma.user.create({
      data: {
        // A fixed id: once erased, a demo account is not brought back by the next start.
        id: demoId(person.email),
        ...person,
        passwordHash,
        emailConfirmedAt: new Date(),
        memberships: organisation
          ? { create: { organisationId: organisation.id, role: membership!.role, signatory: membership!.signatory ?? false } }
          : undefined,
      },
    });
    added++;
  }
  return added;
}

/** With demo accounts turned off, ones made earlier can no longer sign in. Returns 0 (none added). */
async function lockDemoAccounts(prisma: PrismaClient) {
  const demo = { id: { startsWith: "demo-" } };
  await prisma.$transaction([
    prisma.session.deleteMany({ where: { user: demo } }),
    prisma.user.updateMany({ where: { ...demo, passwordHash: { not: null } }, data: { passwordHash: null } }),
  ]);
  return 0;
}

function demoId(email: string) {
  return `demo-${email.split("@")[0]}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { runWithDatabase } = await import("./setup");
  await runWithDatabase(async (database) => {
    const { demoAccountsEnabled, getEnv } = await import("~/utils/env.server");
    const result = await seedDemoData(database.prisma, { accounts: demoAccountsEnabled(getEnv()) });
    console.log(
      `Seeded ${result.organisationsAdded} organisations, ${result.accountsAdded} demo accounts, ` +
        `${result.signaturesAdded} Charter signatures, ${result.logosAdded} logos, ${result.expertsAdded} experts and ${result.libraryEntriesAdded} library entries` +
        `${result.charterAdded ? " and Charter version 1" : ""}${result.charterVersion2Added ? " and version 2" : ""}.`,
    );
  });
}
