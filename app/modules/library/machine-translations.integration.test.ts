// Machine translations of a library revision, end to end through the job runner, against
// the msw stand-in of the service (tests/mocks/translation-service.ts).
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { overrideTranslationService } from "~/mechanisms/translations/machine-translation.server";
import { machineTranslationAttempts } from "~/mechanisms/translations/machine-translation-requests.server";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { createEntryWithRevision, runJobsNow } from "../../../tests/fixtures/machine-translation";
import { createPerson } from "../../../tests/fixtures/people";
import { translationApiUrl, translationService } from "../../../tests/mocks/translation-service";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import {
  machineTranslationOffer,
  requestMachineTranslations,
  translateLibraryRevision,
  unfinishedMachineTranslations,
} from "./machine-translations.server";

const database = setUpTestDatabase();

beforeEach(async () => {
  translationService.reset();
  overrideTranslationService({ url: translationApiUrl });
  // Each test counts its own jobs.
  await database.prisma.scheduledJob.deleteMany();
});
afterEach(() => overrideTranslationService(undefined));

const texts = (revisionId: string, language: string) =>
  database.prisma.libraryText.findMany({ where: { revisionId, language }, orderBy: { field: "asc" }, select: { field: true, text: true, origin: true, sourceSha256: true } });

async function ask(revisionId: string, targets: string[]) {
  const editor = await createPerson(database.prisma);
  return requestMachineTranslations(database.prisma, { revisionId, targets, requestedBy: editor.id });
}

test("every field of the original is translated into each portal language, marked machine, with the original's digest", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, {
    texts: { title: "Hearing voices groups", summary: "Groups run by voice hearers.", body: "Weekly meetings." },
  });
  expect(await ask(revision.id, ["fr", "it", "es", "sv", "en"])).toEqual({ ok: true, targets: ["fr", "it", "es", "sv"] });
  expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toHaveLength(4);

  expect(await runJobsNow(database.prisma)).toEqual({ done: 4, failed: 0 });
  for (const language of ["fr", "it", "es", "sv"]) {
    expect(await texts(revision.id, language)).toEqual([
      { field: "title", text: `${language}: Hearing voices groups`, origin: "machine", sourceSha256: sourceDigest("Hearing voices groups") },
      { field: "summary", text: `${language}: Groups run by voice hearers.`, origin: "machine", sourceSha256: sourceDigest("Groups run by voice hearers.") },
      { field: "body", text: `${language}: Weekly meetings.`, origin: "machine", sourceSha256: sourceDigest("Weekly meetings.") },
    ]);
  }
  // The original is untouched, and nothing is left pending.
  expect((await texts(revision.id, "en")).map((text) => text.origin)).toEqual(["original", "original", "original"]);
  expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toEqual([]);
});

test("an entry written in Swedish is translated into English", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { originalLanguage: "sv", texts: { title: "Kamratstöd" } });
  await ask(revision.id, ["en"]);
  await runJobsNow(database.prisma);
  expect(await texts(revision.id, "en")).toEqual([{ field: "title", text: "en: Kamratstöd", origin: "machine", sourceSha256: sourceDigest("Kamratstöd") }]);
  expect(translationService.requests).toEqual([{ q: "Kamratstöd", source: "sv", target: "en", format: "text" }]);
});

test("the body keeps its Markdown: headings, list markers and link URLs are not sent and come back as they were", async () => {
  const body = "## What we do\n\n- home visits\n- [a guide](https://example.org/guide)\n\n```\nkeep me\n```";
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { body } });
  await ask(revision.id, ["it"]);
  await runJobsNow(database.prisma);
  const [translated] = await texts(revision.id, "it");
  expect(translated!.text).toBe("## it: What we do\n\n- it: home visits\n- it: [a guide](https://example.org/guide)\n\n```\nkeep me\n```");
  expect(translationService.requests.map((request) => request.q)).toEqual(["What we do", "home visits", "[a guide]"]);
});

test("a human translation, and a language's original, are never overwritten; a stale machine one is", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Recovery college", summary: "Courses." } });
  await database.prisma.libraryText.createMany({
    data: [
      { revisionId: revision.id, language: "fr", field: "title", text: "Collège du rétablissement", origin: "human", sourceSha256: sourceDigest("Recovery college") },
      { revisionId: revision.id, language: "fr", field: "summary", text: "fr: Old courses.", origin: "machine", sourceSha256: sourceDigest("Old courses.") },
    ],
  });
  await ask(revision.id, ["fr"]);
  await runJobsNow(database.prisma);
  expect(await texts(revision.id, "fr")).toEqual([
    { field: "title", text: "Collège du rétablissement", origin: "human", sourceSha256: sourceDigest("Recovery college") },
    { field: "summary", text: "fr: Courses.", origin: "machine", sourceSha256: sourceDigest("Courses.") },
  ]);
  expect(translationService.requests.map((request) => request.q)).toEqual(["Courses."]);
});

test("a human translation saved after the service answered, before the write, still stands", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Open dialogue" } });
  await ask(revision.id, ["es"]);
  // The person saves while the job is under way: here, as the service answers.
  translationService.onTranslate = async () => {
    await database.prisma.libraryText.create({ data: { revisionId: revision.id, language: "es", field: "title", text: "Diálogo abierto", origin: "human", sourceSha256: sourceDigest("Open dialogue") } });
  };
  expect(await runJobsNow(database.prisma)).toEqual({ done: 1, failed: 0 });
  expect(await texts(revision.id, "es")).toEqual([{ field: "title", text: "Diálogo abierto", origin: "human", sourceSha256: sourceDigest("Open dialogue") }]);
});

test("if the original changed while the job waited, the current text is translated", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "First title" } });
  await ask(revision.id, ["sv"]);
  await database.prisma.libraryText.update({ where: { revisionId_language_field: { revisionId: revision.id, language: "en", field: "title" } }, data: { text: "Second title" } });
  await runJobsNow(database.prisma);
  expect(await texts(revision.id, "sv")).toEqual([{ field: "title", text: "sv: Second title", origin: "machine", sourceSha256: sourceDigest("Second title") }]);
});

test("if the original changed while the service was translating, it is translated again with the current text", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "First title" } });
  await ask(revision.id, ["sv"]);
  let changed = false;
  translationService.onTranslate = async () => {
    if (changed) return;
    changed = true;
    await database.prisma.libraryText.update({ where: { revisionId_language_field: { revisionId: revision.id, language: "en", field: "title" } }, data: { text: "Second title" } });
  };
  await runJobsNow(database.prisma);
  // Nothing written from the old text: the job was scheduled again, and the request waits.
  expect(await texts(revision.id, "sv")).toEqual([]);
  expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ status: "pending" }]);
  await runJobsNow(database.prisma);
  expect(await texts(revision.id, "sv")).toEqual([{ field: "title", text: "sv: Second title", origin: "machine", sourceSha256: sourceDigest("Second title") }]);
  expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toEqual([]);
});

describe("failures", () => {
  test("429, then success: retried, and translated once", async () => {
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Crisis house" } });
    await ask(revision.id, ["fr"]);
    translationService.failNext = [429];
    expect(await runJobsNow(database.prisma)).toEqual({ done: 0, failed: 1 });
    expect(await texts(revision.id, "fr")).toEqual([]);
    expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ targetLanguage: "fr", status: "pending" }]);
    const job = await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "library.machine-translation" } });
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 20_000); // the runner's backoff
    expect(job.lastError).toMatch(/busy/);

    expect(await runJobsNow(database.prisma)).toEqual({ done: 1, failed: 0 });
    expect(await texts(revision.id, "fr")).toMatchObject([{ text: "fr: Crisis house", origin: "machine" }]);
    expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toEqual([]);
  });

  test("the service down: retried with backoff, then failed with a message for the editor", async () => {
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Crisis house" } });
    await ask(revision.id, ["it"]);
    translationService.failNext = Array.from({ length: machineTranslationAttempts }, () => 503);
    for (let attempt = 1; attempt < machineTranslationAttempts; attempt++) {
      expect(await runJobsNow(database.prisma)).toEqual({ done: 0, failed: 1 });
      expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ status: "pending" }]);
    }
    // The last attempt gives up: the request says why, and the job is over.
    expect(await runJobsNow(database.prisma)).toEqual({ done: 1, failed: 0 });
    expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ targetLanguage: "it", status: "failed", failure: "unavailable" }]);
    expect(await database.prisma.scheduledJob.count({ where: { status: "pending" } })).toBe(0);
    expect(translationService.requests).toHaveLength(machineTranslationAttempts);
    expect(await texts(revision.id, "it")).toEqual([]);
  });

  test("a language the service does not offer fails at once, and says so", async () => {
    translationService.offered = ["en", "fr", "it", "es"];
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Crisis house" } });
    await ask(revision.id, ["sv", "fr"]);
    expect(await runJobsNow(database.prisma)).toEqual({ done: 2, failed: 0 });
    expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ targetLanguage: "sv", status: "failed", failure: "unsupportedLanguage" }]);
    expect(translationService.requests.map((request) => request.target)).toEqual(["fr"]);
    expect(await database.prisma.scheduledJob.count({ where: { status: "pending" } })).toBe(0);
  });

  test("a key the service refuses fails at once", async () => {
    translationService.apiKey = "expected";
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Crisis house" } });
    await ask(revision.id, ["es"]);
    expect(await runJobsNow(database.prisma)).toEqual({ done: 1, failed: 0 });
    expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ status: "failed", failure: "badKey" }]);
  });

  test("asking again after a failure starts over", async () => {
    translationService.offered = ["en", "fr"];
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Crisis house" } });
    await ask(revision.id, ["sv"]);
    await runJobsNow(database.prisma);
    translationService.offered = ["en", "sv"];
    overrideTranslationService({ url: translationApiUrl }); // forgets the cached list of languages
    await ask(revision.id, ["sv"]);
    expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ status: "pending", failure: null }]);
    await runJobsNow(database.prisma);
    expect(await texts(revision.id, "sv")).toMatchObject([{ text: "sv: Crisis house" }]);
  });
});

test("a job the runner gave up on for another reason is shown as failed, not pending for ever", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Stuck" } });
  await ask(revision.id, ["fr", "it"]);
  // As runDueJobs leaves a job whose handler threw on its last attempt.
  await database.prisma.scheduledJob.updateMany({ where: { key: `${revision.id}:fr` }, data: { status: "failed", finishedAt: new Date(Date.now() + 1000) } });
  expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([
    { targetLanguage: "fr", status: "failed", failure: "unavailable" },
    { targetLanguage: "it", status: "pending" },
  ]);
});

describe("refusals", () => {
  test("a revision that is not open is refused, and nothing is scheduled", async () => {
    const { revision } = await createEntryWithRevision(database.prisma, { status: "published", texts: { title: "Published" } });
    expect(await ask(revision.id, ["fr"])).toEqual({ ok: false, error: "revisionNotOpen" });
    expect(await database.prisma.scheduledJob.count()).toBe(0);
    expect(await machineTranslationOffer(database.prisma, { id: revision.id, status: "published", originalLanguage: "en" })).toBeNull();
  });

  test("a revision in review may still be translated", async () => {
    const { revision } = await createEntryWithRevision(database.prisma, { status: "in_review", texts: { title: "Under review" } });
    expect(await ask(revision.id, ["fr"])).toMatchObject({ ok: true });
  });

  test("only the original language, or none, is refused", async () => {
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Only English" } });
    expect(await ask(revision.id, ["en", "de"])).toEqual({ ok: false, error: "noTargets" });
  });

  test("a revision published while its job waited gets nothing written, and the editor is told", async () => {
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Soon published" } });
    await ask(revision.id, ["fr"]);
    await database.prisma.libraryRevision.update({ where: { id: revision.id }, data: { status: "published" } });
    await runJobsNow(database.prisma);
    expect(await texts(revision.id, "fr")).toEqual([]);
    expect(await unfinishedMachineTranslations(database.prisma, revision.id)).toMatchObject([{ status: "failed", failure: "revisionClosed" }]);
  });

  test("without a service, nothing is offered and a request is refused", async () => {
    overrideTranslationService(null);
    const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "No service" } });
    expect(await machineTranslationOffer(database.prisma, { id: revision.id, status: "draft", originalLanguage: "en" })).toBeNull();
    expect(await ask(revision.id, ["fr"])).toEqual({ ok: false, error: "machineTranslationUnavailable" });
    expect(await database.prisma.scheduledJob.count()).toBe(0);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

raceTest("a machine translation written while a coordinator approves the revision: what was approved is what is published", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { status: "in_review", texts: { title: "Approved as seen" } });
  const prepared = {
    kind: "translated" as const,
    originalLanguage: "en",
    translations: [{ field: "title" as const, text: "fr: Approved as seen", sourceSha256: sourceDigest("Approved as seen") }],
  };
  let seenByApprover = -1;
  // The approval (as the editing module's performMove does it: a conditional update of the
  // status), then it reads what it approves, and commits a moment later.
  const approve = database.prisma.$transaction(async (tx) => {
    await tx.libraryRevision.updateMany({ where: { id: revision.id, status: "in_review" }, data: { status: "published" } });
    seenByApprover = await tx.libraryText.count({ where: { revisionId: revision.id } });
    await sleep(150);
  });
  const write = sleep(30).then(() =>
    database.prisma.$transaction((tx) =>
      translateLibraryRevision.run(tx, { revisionId: revision.id, target: "fr" }, { id: "race", attempts: 1, prepared }),
    ),
  );
  await Promise.all([approve, write]);
  expect(await database.prisma.libraryText.count({ where: { revisionId: revision.id } })).toBe(seenByApprover);
});

raceTest("two editors asking for the same languages at once: one request and one job per language, and neither is refused", async () => {
  const { revision } = await createEntryWithRevision(database.prisma, { texts: { title: "Asked twice" } });
  const [first, second] = await Promise.all([ask(revision.id, ["fr", "sv"]), ask(revision.id, ["sv", "fr"])]);
  expect([first.ok, second.ok]).toEqual([true, true]);
  expect(await database.prisma.machineTranslationRequest.count({ where: { revisionId: revision.id } })).toBe(2);
  expect(await database.prisma.scheduledJob.count({ where: { key: { startsWith: revision.id }, status: "pending" } })).toBe(2);
});
