// Demo data for a first run: the six founder partners, invented member organisations,
// and version 1 of the Charter in every language. Idempotent: it only adds what is
// missing and never overwrites what a user has since changed.
import { pathToFileURL } from "node:url";
import type { PrismaClient } from "~/generated/prisma/client";
import { languages } from "~/utils/languages";
import { charterVersion1 } from "./seed-data/charter";
import { demoOrganisations } from "./seed-data/organisations";

export async function seedDemoData(prisma: PrismaClient) {
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
  return { organisationsAdded, charterAdded };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { runWithDatabase } = await import("./setup");
  await runWithDatabase(async (database) => {
    const result = await seedDemoData(database.prisma);
    console.log(`Seeded ${result.organisationsAdded} organisations${result.charterAdded ? " and Charter version 1" : ""}.`);
  });
}
