import { describe, expect, test } from "vitest";
import type { Actor } from "~/modules/auth/permissions";
import { addRevision, createLibraryEntry, publish } from "../../../tests/fixtures/library-reading";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { compareWithPrevious, findEntryForReader, listPublishedRevisions } from "./reading.server";

const database = setUpTestDatabase();

async function personOf(organisationStatus: "active" | "suspended" | "applicant"): Promise<Actor> {
  const { prisma } = database;
  const organisation = await createOrganisation(prisma, { status: organisationStatus });
  const person = await createPerson(prisma);
  await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: person.id, role: "member" } });
  return { id: person.id, networkRole: null, memberships: [{ organisationId: organisation.id, role: "member", signatory: false }] };
}

describe("who reads an entry", () => {
  test("a visitor reads a published public entry: its texts in every language, its organisation and attachments", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma, { name: "Peer Network Lille", countryCode: "FR" });
    const { entry, revision } = await createLibraryEntry(prisma, organisation.id, {
      texts: { title: "Peer support at home", body: "Body." },
      translations: [{ language: "fr", origin: "human", texts: { title: "Soutien par les pairs à domicile" } }],
    });
    await prisma.libraryAttachment.create({ data: { revisionId: revision.id, fileName: "guide.pdf", contentType: "application/pdf", byteSize: 1234, sha256: "a".repeat(64) } });
    const read = await findEntryForReader(prisma, entry.id, null);
    expect(read?.organisation).toEqual({ name: "Peer Network Lille", slug: organisation.slug, type: "ngo_or_charity", countryCode: "FR" });
    expect(read?.revision.texts.map((text) => [text.language, text.field]).sort()).toEqual([
      ["en", "body"],
      ["en", "title"],
      ["fr", "title"],
    ]);
    expect(read?.revision.attachments).toEqual([expect.objectContaining({ fileName: "guide.pdf", byteSize: 1234 })]);
  });

  test("a draft or a revision in review is never shown: an entry with nothing published does not exist for readers", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const staff: Actor = { id: (await createPerson(prisma, { networkRole: "coordinator" })).id, networkRole: "coordinator", memberships: [] };
    for (const status of ["draft", "in_review"] as const) {
      const { entry } = await createLibraryEntry(prisma, organisation.id, { status });
      expect(await findEntryForReader(prisma, entry.id, null)).toBeNull();
      expect(await findEntryForReader(prisma, entry.id, staff)).toBeNull();
    }
  });

  test("readers keep seeing the published revision while a new one is written", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const { entry } = await createLibraryEntry(prisma, organisation.id, { texts: { title: "Published title" } });
    await addRevision(prisma, entry, 2, { status: "draft", texts: { title: "Draft title" } });
    const read = await findEntryForReader(prisma, entry.id, null);
    expect(read?.revision.texts.find((text) => text.field === "title")?.text).toBe("Published title");
  });

  test("an archived entry is shown to nobody", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const { entry } = await createLibraryEntry(prisma, organisation.id, { archived: true });
    expect(await findEntryForReader(prisma, entry.id, null)).toBeNull();
    expect(await findEntryForReader(prisma, entry.id, await personOf("active"))).toBeNull();
  });

  test("a members-only entry: people of active members and network staff read it; visitors, people of no member, or of a suspended one, do not", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const { entry } = await createLibraryEntry(prisma, organisation.id, { visibility: "members" });
    const loner = await createPerson(prisma);
    const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
    expect(await findEntryForReader(prisma, entry.id, null)).toBeNull();
    expect(await findEntryForReader(prisma, entry.id, { id: loner.id, networkRole: null, memberships: [] })).toBeNull();
    expect(await findEntryForReader(prisma, entry.id, await personOf("suspended"))).toBeNull();
    expect(await findEntryForReader(prisma, entry.id, await personOf("applicant"))).toBeNull();
    expect(await findEntryForReader(prisma, entry.id, await personOf("active"))).not.toBeNull();
    expect(await findEntryForReader(prisma, entry.id, { id: coordinator.id, networkRole: "coordinator", memberships: [] })).not.toBeNull();
    // Its history is as hidden as the entry.
    expect(await listPublishedRevisions(prisma, entry.id, null)).toBeNull();
    expect(await compareWithPrevious(prisma, entry.id, 1, null)).toBeNull();
  });

  test("an address that is no entry id is no entry, before any query", async () => {
    expect(await findEntryForReader(database.prisma, "'; DROP TABLE x; --", null)).toBeNull();
  });
});

describe("an entry's history", () => {
  test("lists every published revision, newest first, never the draft; and compares one with the one before, word by word", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const { entry } = await createLibraryEntry(prisma, organisation.id, {
      texts: { title: "Peer support", body: "Peers visit weekly." },
      themes: ["peer-support"],
    });
    const second = await addRevision(prisma, entry, 2, {
      status: "draft",
      texts: { title: "Peer support", body: "Peers visit monthly." },
      themes: ["peer-support", "housing"],
    });
    await publish(prisma, entry.id, second.id);
    await addRevision(prisma, entry, 3, { status: "draft", texts: { title: "Secret draft" } });

    const history = await listPublishedRevisions(prisma, entry.id, null);
    expect(history?.revisions.map((revision) => [revision.number, revision.status])).toEqual([
      [2, "published"],
      [1, "superseded"],
    ]);
    const comparison = await compareWithPrevious(prisma, entry.id, 2, null);
    expect(comparison?.previous?.number).toBe(1);
    expect(comparison?.fields.find((field) => field.field === "body")?.parts).toEqual([
      { kind: "same", text: "Peers visit " },
      { kind: "removed", text: "weekly." },
      { kind: "added", text: "monthly." },
    ]);
    expect(comparison?.themes).toEqual({ added: ["housing"], removed: [] });
    expect(await compareWithPrevious(prisma, entry.id, 3, null)).toBeNull();
    const first = await compareWithPrevious(prisma, entry.id, 1, null);
    expect(first?.previous).toBeNull();
    expect(first?.fields.find((field) => field.field === "title")?.parts).toEqual([{ kind: "added", text: "Peer support" }]);
  });

  test("an entry made public later never shows a visitor its members-only past; a member reads all of it", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const { entry } = await createLibraryEntry(prisma, organisation.id, {
      texts: { title: "Crisis plans", body: "For members: our internal crisis protocol." },
      visibility: "members",
    });
    const second = await addRevision(prisma, entry, 2, { status: "draft", texts: { title: "Crisis plans", body: "Our crisis plans, for everyone." } });
    await publish(prisma, entry.id, second.id);

    const history = await listPublishedRevisions(prisma, entry.id, null);
    expect(history?.revisions.map((revision) => revision.number)).toEqual([2]);
    expect(await compareWithPrevious(prisma, entry.id, 1, null)).toBeNull();
    const comparison = await compareWithPrevious(prisma, entry.id, 2, null);
    expect(comparison?.previous).toBeNull();
    expect(JSON.stringify(comparison)).not.toContain("internal crisis protocol");

    const member = await personOf("active");
    expect((await listPublishedRevisions(prisma, entry.id, member))?.revisions.map((revision) => revision.number)).toEqual([2, 1]);
    expect((await compareWithPrevious(prisma, entry.id, 2, member))?.previous?.number).toBe(1);
  });
});
