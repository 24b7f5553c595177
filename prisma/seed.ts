// Demo data for a first run: the six founder partners, invented member organisations,
// and version 1 of the Charter in every language. Idempotent: it only adds what is
// missing and never overwrites what a user has since changed.
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "~/generated/prisma/client";
import { hashPassword } from "~/modules/auth/passwords.server";
import { languages } from "~/utils/languages";
import { charterVersion1 } from "./seed-data/charter";
import { demoOrganisations } from "./seed-data/organisations";
import { demoPassword, demoPeople } from "./seed-data/people";

export async function seedDemoData(prisma: PrismaClient, { accounts = true } = {}) {
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

  let charterAdded = false;
  if (!(await prisma.charterVersion.findUnique({ where: { number: 1 } }))) {
    const effectiveFrom = new Date(charterVersion1.effectiveFrom);
    await prisma.charterVersion.create({
      data: {
        number: 1,
        status: "published",
        effectiveFrom,
        publishedAt: effectiveFrom,
        texts: {
          create: languages.map((language) => ({ language, ...charterVersion1.texts[language] })),
        },
      },
    });
    charterAdded = true;
  }
  const accountsAdded = accounts ? await seedDemoAccounts(prisma) : await lockDemoAccounts(prisma);
  return { organisationsAdded, charterAdded, accountsAdded };
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
      `Seeded ${result.organisationsAdded} organisations, ${result.accountsAdded} demo accounts` +
        `${result.charterAdded ? " and Charter version 1" : ""}.`,
    );
  });
}
