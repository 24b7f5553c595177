import { beforeAll, describe, expect, test } from "vitest";
import { isOutOfDate, sourceDigest } from "~/mechanisms/translations/source-digest";
import { createLibraryEntry, editorOf, revisionContent } from "../../../tests/fixtures/library";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { newEntrySchema } from "./entries.schemas";
import { themeKeys } from "~/modules/taxonomy/themes.server";
import { createEntry, listOrganisationEntries, moveEntry, saveOpenRevision, startNewRevision, submitForReview } from "./entries.server";
import { decide, listReviewQueue, revisionForReview } from "./review.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.9" };
let seededThemeKeys: string[] = [];
beforeAll(async () => {
  seededThemeKeys = await themeKeys(database.prisma);
});

const updatedAtOf = async (revisionId: string) =>
  (await database.prisma.libraryRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { updatedAt: true } })).updatedAt;

const textsOf = (revisionId: string) =>
  database.prisma.libraryText.findMany({ where: { revisionId }, orderBy: [{ language: "asc" }, { field: "asc" }] });

const coordinator = () => createPerson(database.prisma, { networkRole: "coordinator" });

describe("writing an entry", () => {
  test("creates the entry, revision 1 in draft and its original texts, with a history row and an audit entry", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const editor = await editorOf(prisma, organisation.id);
    const content = revisionContent({ title: "Maison des usagers", easyRead: "Un lieu pour parler.", targetGroup: "ignored" });
    const created = await createEntry(prisma, { organisationId: organisation.id, actorId: editor.id, kind: "good_practice", originalLanguage: "fr", content }, origin);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const revision = await prisma.libraryRevision.findUniqueOrThrow({ where: { id: created.revisionId }, include: { history: true } });
    expect(revision).toMatchObject({ number: 1, status: "draft", authorId: editor.id, themes: ["peer-support"], countryCode: "IT" });
    expect(revision.history.map((event) => [event.from, event.to])).toEqual([[null, "draft"]]);
    const texts = await textsOf(created.revisionId);
    expect(texts.map((text) => [text.language, text.field, text.origin])).toEqual([
      ["fr", "title", "original"],
      ["fr", "summary", "original"],
      ["fr", "body", "original"],
      ["fr", "easy_read", "original"],
      ["fr", "target_group", "original"],
    ]);
    expect(await prisma.auditEvent.count({ where: { action: "library.entry_created", organisationId: organisation.id } })).toBe(1);
  });

  test("an organisation that is not an active member writes nothing", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma, { status: "suspended" });
    const editor = await editorOf(prisma, organisation.id);
    const created = await createEntry(prisma, { organisationId: organisation.id, actorId: editor.id, kind: "report", originalLanguage: "en", content: revisionContent() }, origin);
    expect(created).toEqual({ ok: false, error: "notActiveMember" });
    expect(await prisma.libraryEntry.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  test("the form refuses what it must: empty title, javascript: links, an unknown theme, a service without its target group", () => {
    const base = { intent: "create", kind: "good_practice", originalLanguage: "fr", title: "T", summary: "S", body: "B", visibility: "public" };
    const errors = (input: Record<string, unknown>) => {
      const parsed = newEntrySchema(seededThemeKeys).safeParse({ ...base, ...input });
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
    };
    expect(errors({})).toEqual({});
    expect(errors({ title: "  " })).toEqual({ title: "required" });
    expect(errors({ links: [{ label: "Film", url: "javascript:alert(1)" }] })).toEqual({ "links.0.url": "invalidUrl" });
    expect(errors({ links: [{ label: "Film", url: " JavaScript:alert(1)" }] })).toEqual({ "links.0.url": "invalidUrl" });
    expect(errors({ links: [{ label: "Data", url: "data:text/html,<script>" }] })).toEqual({ "links.0.url": "invalidUrl" });
    expect(errors({ links: [{}, { label: "Film", url: "https://example.org/film" }] })).toEqual({});
    expect(errors({ links: Array.from({ length: 11 }, () => ({ label: "x", url: "https://example.org" })) })).toEqual({ links: "tooMany:10" });
    expect(errors({ themes: ["not-a-theme"] })).toEqual({ themes: "invalidChoice" });
    expect(errors({ title: "a\u0000b" })).toEqual({ title: "controlCharacters" });
    expect(errors({ originalLanguage: "xx" })).toEqual({ originalLanguage: "invalidLanguage" });
    expect(errors({ kind: "service_description" })).toEqual({ targetGroup: "required", settings: "chooseAtLeastOne" });
    expect(errors({ body: "x".repeat(50_001) })).toEqual({ body: "tooLong:50000" });
  });
});

describe("saving the open revision", () => {
  test("changes the fields and the original texts; translations keep their digest and so show as out of date", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { content: { title: "Old title" } });
    await prisma.libraryText.create({
      data: { revisionId: ids.revisionId, language: "fr", field: "title", text: "Ancien titre", origin: "human", sourceSha256: sourceDigest("Old title") },
    });
    const saved = await saveOpenRevision(
      prisma,
      { ...ids, actorId: ids.authorId, seenUpdatedAt: await updatedAtOf(ids.revisionId), content: revisionContent({ title: "New title", countryCode: "FR" }) },
      origin,
    );
    expect(saved.ok).toBe(true);
    const texts = await textsOf(ids.revisionId);
    expect(texts.find((text) => text.language === "en" && text.field === "title")?.text).toBe("New title");
    const french = texts.find((text) => text.language === "fr")!;
    expect(french.text).toBe("Ancien titre");
    expect(isOutOfDate(french, "New title")).toBe(true);
    expect((await prisma.libraryRevision.findUniqueOrThrow({ where: { id: ids.revisionId } })).countryCode).toBe("FR");
  });

  test("a save over a colleague's newer save is refused and writes nothing", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma);
    const seen = await updatedAtOf(ids.revisionId);
    const first = await saveOpenRevision(prisma, { ...ids, actorId: ids.authorId, seenUpdatedAt: seen, content: revisionContent({ title: "Mine" }) }, origin);
    expect(first.ok).toBe(true);
    const second = await saveOpenRevision(prisma, { ...ids, actorId: ids.authorId, seenUpdatedAt: seen, content: revisionContent({ title: "Theirs" }) }, origin);
    expect(second).toEqual({ ok: false, error: "editedMeanwhile" });
    const title = (await textsOf(ids.revisionId)).find((text) => text.field === "title");
    expect(title?.text).toBe("Mine");
  });

  test("a revision of another of the organisation's entries is not saved through this entry's page", async () => {
    const { prisma } = database;
    const first = await createLibraryEntry(prisma);
    const other = await createLibraryEntry(prisma, { organisationId: first.organisationId, authorId: first.authorId });
    const seen = await updatedAtOf(other.revisionId);
    const input = { ...first, revisionId: other.revisionId, actorId: first.authorId, seenUpdatedAt: seen, content: revisionContent({ title: "Crossed" }) };
    expect(await saveOpenRevision(prisma, input, origin)).toEqual({ ok: false, error: "entryGone" });
    expect(await submitForReview(prisma, { ...input }, origin)).toEqual({ ok: false, error: "entryGone" });
    expect((await textsOf(other.revisionId)).find((text) => text.field === "title")?.text).not.toBe("Crossed");
    expect((await prisma.libraryRevision.findUniqueOrThrow({ where: { id: other.revisionId } })).status).toBe("draft");
  });

  test("a revision in review, or another organisation's, cannot be saved", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "in_review" });
    const seen = await updatedAtOf(ids.revisionId);
    expect(await saveOpenRevision(prisma, { ...ids, actorId: ids.authorId, seenUpdatedAt: seen, content: revisionContent() }, origin)).toEqual({
      ok: false,
      error: "revisionNotOpen",
    });
    const other = await createOrganisation(prisma);
    expect(
      await saveOpenRevision(prisma, { ...ids, organisationId: other.id, actorId: ids.authorId, seenUpdatedAt: seen, content: revisionContent() }, origin),
    ).toEqual({ ok: false, error: "entryGone" });
  });
});

describe("review", () => {
  test("a submitted revision is in the queue, oldest first, titled in the reviewer's language where there is one", async () => {
    const { prisma } = database;
    const first = await createLibraryEntry(prisma, { status: "in_review", content: { title: "First" } });
    const second = await createLibraryEntry(prisma, { status: "in_review", content: { title: "Second" } });
    await prisma.libraryText.create({
      data: { revisionId: second.revisionId, language: "fr", field: "title", text: "Deuxième", origin: "machine", sourceSha256: sourceDigest("Second") },
    });
    const queue = (await listReviewQueue(prisma, "fr")).filter((item) => [first.revisionId, second.revisionId].includes(item.id));
    expect(queue.map((item) => item.title)).toEqual(["First", "Deuxième"]);
  });

  test("sending back needs notes, returns the revision to draft with them, and mails the author in their language", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const author = await createPerson(prisma, { preferredLanguage: "fr" });
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: author.id, role: "editor" } });
    const ids = await createLibraryEntry(prisma, { organisationId: organisation.id, authorId: author.id, status: "in_review", content: { title: "Groupe" } });
    const reviewer = await coordinator();
    expect(await decide(prisma, { revisionId: ids.revisionId, seenStatus: "in_review", decision: "sendBack", actorId: reviewer.id }, origin)).toEqual({
      ok: false,
      error: "notesRequired",
    });
    const sent = await decide(prisma, { revisionId: ids.revisionId, seenStatus: "in_review", decision: "sendBack", notes: "Say who runs it.", actorId: reviewer.id }, origin);
    expect(sent.ok).toBe(true);
    const revision = await prisma.libraryRevision.findUniqueOrThrow({ where: { id: ids.revisionId }, include: { history: { orderBy: { createdAt: "asc" } } } });
    expect(revision).toMatchObject({ status: "draft", reviewNotes: "Say who runs it.", reviewerId: reviewer.id });
    expect(revision.history.map((event) => [event.from, event.to, event.notes])).toEqual([
      [null, "draft", null],
      ["draft", "in_review", null],
      ["in_review", "draft", "Say who runs it."],
    ]);
    const [mail] = await prisma.outboxEmail.findMany({ where: { to: author.email! } });
    expect(mail?.subject).toBe("Votre fiche de la bibliothèque est à revoir\u202f: Groupe");
    expect(mail?.text).toContain("Say who runs it.");
    expect(await prisma.auditEvent.count({ where: { action: "library.revision_sent_back", organisationId: organisation.id } })).toBe(1);
  });

  test("approving publishes the revision, dates the entry's first publication and mails the author", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "in_review" });
    const reviewer = await coordinator();
    expect((await decide(prisma, { revisionId: ids.revisionId, seenStatus: "in_review", decision: "approve", actorId: reviewer.id }, origin)).ok).toBe(true);
    const entry = await prisma.libraryEntry.findUniqueOrThrow({ where: { id: ids.entryId }, include: { publishedRevision: true } });
    expect(entry.publishedRevisionId).toBe(ids.revisionId);
    expect(entry.publishedRevision?.status).toBe("published");
    expect(entry.firstPublishedAt).not.toBeNull();
    const author = await prisma.user.findUniqueOrThrow({ where: { id: ids.authorId } });
    expect((await prisma.outboxEmail.findMany({ where: { to: author.email! } })).map((mail) => mail.subject)).toEqual([
      expect.stringContaining("Your library entry is published"),
    ]);
  });

  test("a decision on a page that is out of date is refused and changes nothing", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "published" });
    const reviewer = await coordinator();
    expect(await decide(prisma, { revisionId: ids.revisionId, seenStatus: "in_review", decision: "sendBack", notes: "late", actorId: reviewer.id }, origin)).toEqual({
      ok: false,
      error: "decidedMeanwhile",
      status: "published",
    });
  });
});

describe("changing a published entry", () => {
  test("starts a new revision copying fields, texts with their digests and attachments; readers keep the published one until the change is approved", async () => {
    const { prisma } = database;
    const same = { summary: "The same summary.", body: "The same body.", themes: ["housing" as const] };
    const ids = await createLibraryEntry(prisma, { status: "published", content: { title: "Version one", ...same } });
    await prisma.libraryText.create({
      data: { revisionId: ids.revisionId, language: "it", field: "title", text: "Versione uno", origin: "machine", sourceSha256: sourceDigest("Version one") },
    });
    await prisma.libraryAttachment.create({ data: { revisionId: ids.revisionId, fileName: "guide.pdf", contentType: "application/pdf", byteSize: 10, sha256: "a".repeat(64) } });
    const started = await startNewRevision(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, actorId: ids.authorId }, origin);
    expect(started).toMatchObject({ ok: true, started: true });
    if (!started.ok) return;
    const revision = await prisma.libraryRevision.findUniqueOrThrow({ where: { id: started.revisionId }, include: { texts: true, attachments: true } });
    expect(revision).toMatchObject({ number: 2, status: "draft", themes: ["housing"] });
    expect(revision.texts.find((text) => text.language === "it")).toMatchObject({ text: "Versione uno", origin: "machine", sourceSha256: sourceDigest("Version one") });
    expect(revision.attachments.map((attachment) => attachment.sha256)).toEqual(["a".repeat(64)]);
    // Starting again finds the same open revision.
    expect(await startNewRevision(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, actorId: ids.authorId }, origin)).toMatchObject({
      revisionId: started.revisionId,
      started: false,
    });

    const saved = await saveOpenRevision(
      prisma,
      { ...ids, revisionId: started.revisionId, actorId: ids.authorId, seenUpdatedAt: revision.updatedAt, content: revisionContent({ title: "Version two", ...same }) },
      origin,
    );
    expect(saved.ok).toBe(true);
    expect((await prisma.libraryEntry.findUniqueOrThrow({ where: { id: ids.entryId } })).publishedRevisionId).toBe(ids.revisionId);
    const submitted = await submitForReview(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, revisionId: started.revisionId, actorId: ids.authorId, seenUpdatedAt: await updatedAtOf(started.revisionId) }, origin);
    expect(submitted.ok).toBe(true);
    const review = await revisionForReview(prisma, started.revisionId);
    expect(review?.changed).toEqual(["title"]);
    expect(review?.previous).toEqual({ title: "Version one" });

    const reviewer = await coordinator();
    expect((await decide(prisma, { revisionId: started.revisionId, seenStatus: "in_review", decision: "approve", actorId: reviewer.id }, origin)).ok).toBe(true);
    const statuses = await prisma.libraryRevision.findMany({ where: { entryId: ids.entryId }, orderBy: { number: "asc" }, select: { status: true } });
    expect(statuses.map((row) => row.status)).toEqual(["superseded", "published"]);
    expect((await prisma.libraryEntry.findUniqueOrThrow({ where: { id: ids.entryId } })).publishedRevisionId).toBe(started.revisionId);
  });

  test("an entry never published has nothing to start from", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "in_review" });
    // The open revision is the one to work on.
    expect(await startNewRevision(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, actorId: ids.authorId }, origin)).toMatchObject({
      ok: true,
      revisionId: ids.revisionId,
      started: false,
    });
  });
});

describe("archiving", () => {
  test("the organisation's admin archives a published entry, the author is told, and only a coordinator brings it back", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "published" });
    const admin = await editorOf(prisma, ids.organisationId, "admin");
    const archive = (by: "coordinator" | "organisationAdmin", to: "archived" | "published", actorId: string) =>
      moveEntry(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, actorId, by, to }, origin);
    expect(await archive("organisationAdmin", "archived", admin.id)).toEqual({ ok: true });
    expect((await prisma.libraryEntry.findUniqueOrThrow({ where: { id: ids.entryId } })).archivedAt).not.toBeNull();
    const author = await prisma.user.findUniqueOrThrow({ where: { id: ids.authorId } });
    expect((await prisma.outboxEmail.findMany({ where: { to: author.email! } })).map((mail) => mail.subject)).toContainEqual(
      expect.stringContaining("was archived"),
    );
    expect(await archive("organisationAdmin", "published", admin.id)).toEqual({ ok: false, error: "statusChangeNotAllowed" });
    const reviewer = await coordinator();
    expect(await archive("coordinator", "published", reviewer.id)).toEqual({ ok: true });
    expect((await prisma.libraryEntry.findUniqueOrThrow({ where: { id: ids.entryId } })).archivedAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { organisationId: ids.organisationId, action: { in: ["library.entry_archived", "library.entry_unarchived"] } } })).toBe(2);
  });

  test("an entry never published cannot be archived", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma);
    const reviewer = await coordinator();
    expect(await moveEntry(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, actorId: reviewer.id, by: "coordinator", to: "archived" }, origin)).toEqual({
      ok: false,
      error: "statusChangeNotAllowed",
    });
  });
});

describe("the organisation's list", () => {
  test("says where each entry stands and what to do next", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const draft = await createLibraryEntry(prisma, { organisationId: organisation.id, content: { title: "Draft one" } });
    const published = await createLibraryEntry(prisma, { organisationId: organisation.id, status: "published", content: { title: "Out there" } });
    const entries = await listOrganisationEntries(prisma, organisation.id, "en");
    expect(Object.fromEntries(entries.map((entry) => [entry.title, entry.next]))).toEqual({ "Draft one": "write", "Out there": "change" });
    expect(entries.map((entry) => entry.id).sort()).toEqual([draft.entryId, published.entryId].sort());
  });
});

describe("at the same moment", () => {
  raceTest("two coordinators deciding on one revision: one decision stands, with one history row and one mail", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "in_review" });
    const [first, second] = [await coordinator(), await coordinator()];
    const results = await Promise.all([
      decide(prisma, { revisionId: ids.revisionId, seenStatus: "in_review", decision: "approve", actorId: first.id }, origin),
      decide(prisma, { revisionId: ids.revisionId, seenStatus: "in_review", decision: "sendBack", notes: "No.", actorId: second.id }, origin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ ok: false, error: "decidedMeanwhile" });
    const history = await prisma.libraryRevisionEvent.findMany({ where: { revisionId: ids.revisionId, from: "in_review" } });
    expect(history).toHaveLength(1);
    const author = await prisma.user.findUniqueOrThrow({ where: { id: ids.authorId } });
    expect(await prisma.outboxEmail.count({ where: { to: author.email! } })).toBe(1);
  });

  raceTest("two editors starting a change of a published entry: both get the same new revision", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "published" });
    const other = await editorOf(prisma, ids.organisationId);
    const results = await Promise.all([
      startNewRevision(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, actorId: ids.authorId }, origin),
      startNewRevision(prisma, { organisationId: ids.organisationId, entryId: ids.entryId, actorId: other.id }, origin),
    ]);
    expect(results.every((result) => result.ok)).toBe(true);
    const revisionIds = new Set(results.map((result) => (result.ok ? result.revisionId : null)));
    expect(revisionIds.size).toBe(1);
    expect(await prisma.libraryRevision.count({ where: { entryId: ids.entryId } })).toBe(2);
  });
});
