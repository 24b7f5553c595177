// The library's demo entries (prisma/seed-data/library.ts), written the way members write
// them: through the library's own commands. The original is written and its human
// translations saved by the organisation's signatory, machine ones stored as a machine
// translation job stores them, then a coordinator approves it, so each is published with
// its history, audit entries and search documents like any other.
import type { PrismaClient } from "~/generated/prisma/client";
import { writeLibraryMachineText } from "~/mechanisms/translations/machine-translation-requests.server";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { createEntry, submitForReview } from "~/modules/library/entries.server";
import { decide } from "~/modules/library/review.server";
import { saveTranslation } from "~/modules/library/translations.server";
import { demoLibraryEntries, type DemoEntry, type DemoEntryText } from "./seed-data/library";

type Origin = { clientAddress: string };

const fieldsOf = (text: DemoEntryText) => ({
  title: text.title,
  summary: text.summary,
  body: text.body,
  easy_read: text.easyRead,
  target_group: text.targetGroup,
  outcomes: text.outcomes,
});

/** Adds each demo entry its organisation does not have yet (by its original title); returns how many. */
export async function addDemoLibraryEntries(prisma: PrismaClient, writers: ReadonlyMap<string, { id: string }>, origin: Origin) {
  const reviewer = await prisma.user.findFirst({ where: { networkRole: { not: null }, erasedAt: null }, orderBy: { createdAt: "asc" } });
  let added = 0;
  for (const demo of demoLibraryEntries) {
    const writer = writers.get(demo.organisationSlug);
    const organisation = await prisma.organisation.findUnique({ where: { slug: demo.organisationSlug }, select: { id: true } });
    if (!writer || !organisation) continue;
    const original = demo.texts[demo.originalLanguage]!;
    const exists = await prisma.libraryText.findFirst({
      where: { field: "title", text: original.title, revision: { entry: { organisationId: organisation.id } } },
    });
    if (exists) continue;
    const entry = await writeDemoEntry(prisma, demo, { organisationId: organisation.id, actorId: writer.id }, origin);
    if (reviewer) {
      const decided = await decide(prisma, { revisionId: entry.revisionId, seenStatus: "in_review", decision: "approve", actorId: reviewer.id }, origin);
      if (!decided.ok) throw new Error(`The demo entry "${original.title}" could not be approved: ${decided.error}`);
    }
    added++;
  }
  return added;
}

async function writeDemoEntry(prisma: PrismaClient, demo: DemoEntry, who: { organisationId: string; actorId: string }, origin: Origin) {
  const original = demo.texts[demo.originalLanguage]!;
  const created = await createEntry(
    prisma,
    {
      ...who,
      kind: demo.kind,
      originalLanguage: demo.originalLanguage,
      content: {
        title: original.title,
        summary: original.summary,
        body: original.body,
        easyRead: original.easyRead,
        targetGroup: original.targetGroup,
        outcomes: original.outcomes,
        visibility: demo.visibility,
        themes: demo.themes,
        audiences: demo.audiences,
        countryCode: demo.countryCode ?? undefined,
        links: demo.links,
        settings: demo.service?.settings ?? [],
        evidence: demo.service?.evidence,
        serviceLanguages: demo.service?.languages ?? [],
        hostsVisitors: demo.service?.hostsVisitors ?? false,
      },
    },
    origin,
  );
  if (!created.ok) throw new Error(`The demo entry "${original.title}" could not be written: ${created.error}`);
  const originalFields = fieldsOf(original);
  for (const [language, text] of Object.entries(demo.texts)) {
    if (text.origin === "human") {
      const saved = await saveTranslation(prisma, { ...who, entryId: created.entryId, language, input: { ...fieldsOf(text), reviewed: [] } });
      if (!saved.ok) throw new Error(`The demo translation into ${language} could not be saved: ${saved.error}`);
    } else if (text.origin === "machine") {
      await prisma.$transaction(async (tx) => {
        for (const [field, value] of Object.entries(fieldsOf(text))) {
          const source = originalFields[field as keyof typeof originalFields];
          if (!value || !source) continue;
          await writeLibraryMachineText(tx, { revisionId: created.revisionId, language, field, text: value, sourceSha256: sourceDigest(source) });
        }
      });
    }
  }
  const { updatedAt } = await prisma.libraryRevision.findUniqueOrThrow({ where: { id: created.revisionId }, select: { updatedAt: true } });
  const submitted = await submitForReview(prisma, { ...who, entryId: created.entryId, revisionId: created.revisionId, seenUpdatedAt: updatedAt }, origin);
  if (!submitted.ok) throw new Error(`The demo entry "${original.title}" could not be submitted: ${submitted.error}`);
  return created;
}
