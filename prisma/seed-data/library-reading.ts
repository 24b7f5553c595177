// One demo library entry for the reading pages: written in English by the Trieste founder
// partner, published twice (so its history has a comparison), with an Italian machine
// translation of its title and summary, and a third revision being written (so its
// translations can be edited). The library's own demo entries (issue 11) come with the
// editing part; this one gives the reading pages and their end-to-end test something to show.
import type { PrismaClient } from "~/generated/prisma/client";
import { sourceDigest } from "~/mechanisms/translations/source-digest";

export const readingDemoEntryId = "demo-entry-peer-home-visits";

const title = "Peer workers visiting people at home after a crisis";
const summary = "How a community mental health centre pairs people leaving a crisis bed with a peer worker who visits them at home for the first weeks.";
const bodyV1 = `# Why we started

People leaving a crisis bed often said the first weeks at home were the hardest. We asked peer workers, who have lived through a crisis themselves, to visit them at home.

# How it works

- A peer worker meets the person before they leave.
- They visit weekly for six weeks.
- The team meets every month to look at what worked.`;
const bodyV2 = bodyV1
  .replace("They visit weekly for six weeks.", "They visit twice a week for the first two weeks, then weekly until the eighth week.")
  .replace("every month", "every fortnight");

export async function seedReadingDemoEntry(prisma: PrismaClient) {
  if (await prisma.libraryEntry.findUnique({ where: { id: readingDemoEntryId } })) return false;
  const organisation = await prisma.organisation.findUnique({ where: { slug: "trieste-mental-health-department" }, select: { id: true } });
  if (!organisation) return false;
  const texts = (body: string) => [
    { field: "title" as const, language: "en", text: title, origin: "original" as const },
    { field: "summary" as const, language: "en", text: summary, origin: "original" as const },
    { field: "body" as const, language: "en", text: body, origin: "original" as const },
  ];
  const machineItalian = [
    { field: "title" as const, language: "it", text: "Operatori alla pari che visitano le persone a casa dopo una crisi", origin: "machine" as const, sourceSha256: sourceDigest(title) },
    {
      field: "summary" as const,
      language: "it",
      text: "Come un centro di salute mentale affianca alle persone che lasciano un letto di crisi un operatore alla pari che le visita a casa nelle prime settimane.",
      origin: "machine" as const,
      sourceSha256: sourceDigest(summary),
    },
  ];
  const common = { themes: ["peer-support", "crisis-response"], audiences: ["staff", "managers"], countryCode: "IT" };
  await prisma.$transaction(async (tx) => {
    await tx.libraryEntry.create({
      data: { id: readingDemoEntryId, organisationId: organisation.id, kind: "good_practice", originalLanguage: "en", firstPublishedAt: new Date("2026-03-02T10:00:00Z") },
    });
    await tx.libraryRevision.create({
      data: { entryId: readingDemoEntryId, number: 1, status: "superseded", ...common, decidedAt: new Date("2026-03-02T10:00:00Z"), texts: { create: texts(bodyV1) } },
    });
    const published = await tx.libraryRevision.create({
      data: {
        entryId: readingDemoEntryId,
        number: 2,
        status: "published",
        ...common,
        themes: [...common.themes, "families-and-carers"],
        links: [{ url: "https://example.org/peer-home-visits", label: "The centre's page on home visits" }],
        decidedAt: new Date("2026-06-15T10:00:00Z"),
        texts: { create: [...texts(bodyV2), ...machineItalian] },
      },
    });
    await tx.libraryEntry.update({ where: { id: readingDemoEntryId }, data: { publishedRevisionId: published.id } });
    await tx.libraryRevision.create({
      data: { entryId: readingDemoEntryId, number: 3, status: "draft", ...common, texts: { create: [...texts(bodyV2), ...machineItalian] } },
    });
  });
  return true;
}
