import { describe, expect, test } from "vitest";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { createLibraryEntry, type TranslationFixture } from "../../../tests/fixtures/library-reading";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { findEntryToTranslate, languageStates, removeTranslation, saveTranslation } from "./translations.server";

const database = setUpTestDatabase();

const original = { title: "Peer support at home", summary: "Visits by peers.", body: "Peers visit weekly." };

async function draftEntry(translations: TranslationFixture[] = []) {
  const { prisma } = database;
  const organisation = await createOrganisation(prisma);
  const { entry, revision } = await createLibraryEntry(prisma, organisation.id, { status: "draft", texts: original, translations });
  return { organisationId: organisation.id, entryId: entry.id, revisionId: revision.id };
}

const textsOf = (revisionId: string, language: string) =>
  database.prisma.libraryText.findMany({ where: { revisionId, language }, orderBy: { field: "asc" }, select: { field: true, text: true, origin: true, sourceSha256: true } });

const noReview = { reviewed: [] };

describe("translating an open draft by hand", () => {
  test("saved fields are a person's translation, made from the original's current text; fields left empty stay untranslated", async () => {
    const { organisationId, entryId, revisionId } = await draftEntry();
    const result = await saveTranslation(database.prisma, { organisationId, entryId, language: "fr", input: { title: "Soutien par les pairs à domicile", ...noReview } });
    expect(result).toEqual({ ok: true, changed: 1 });
    expect(await textsOf(revisionId, "fr")).toEqual([{ field: "title", text: "Soutien par les pairs à domicile", origin: "human", sourceSha256: sourceDigest(original.title) }]);
  });

  test("a machine translation edited and saved becomes a person's; one kept unchanged stays machine unless ticked as reviewed", async () => {
    const { organisationId, entryId, revisionId } = await draftEntry([
      { language: "it", origin: "machine", texts: { title: "Supporto tra pari a domicilio", summary: "Visite da parte di pari." } },
    ]);
    await saveTranslation(database.prisma, {
      organisationId,
      entryId,
      language: "it",
      input: { title: "Sostegno tra pari a domicilio", summary: "Visite da parte di pari.", ...noReview },
    });
    expect((await textsOf(revisionId, "it")).map((text) => [text.field, text.origin])).toEqual([
      ["title", "human"],
      ["summary", "machine"],
    ]);
    await saveTranslation(database.prisma, {
      organisationId,
      entryId,
      language: "it",
      input: { title: "Sostegno tra pari a domicilio", summary: "Visite da parte di pari.", reviewed: ["summary"] },
    });
    expect((await textsOf(revisionId, "it")).map((text) => [text.field, text.origin])).toEqual([
      ["title", "human"],
      ["summary", "human"],
    ]);
  });

  test("an out-of-date translation kept as it is stays out of date, until reviewed", async () => {
    const { organisationId, entryId, revisionId } = await draftEntry([
      { language: "es", origin: "human", texts: { body: "Los pares visitan cada mes." }, madeFrom: { body: "Peers visit monthly." } },
    ]);
    const stateOf = async () => {
      const found = await findEntryToTranslate(database.prisma, organisationId, entryId);
      return languageStates(found!.openRevision!.texts, "en").find((state) => state.language === "es");
    };
    expect((await stateOf())?.outOfDate).toEqual(["body"]);
    await saveTranslation(database.prisma, { organisationId, entryId, language: "es", input: { body: "Los pares visitan cada mes.", ...noReview } });
    expect((await stateOf())?.outOfDate).toEqual(["body"]);
    await saveTranslation(database.prisma, { organisationId, entryId, language: "es", input: { body: "Los pares visitan cada semana.", ...noReview } });
    expect((await stateOf())?.outOfDate).toEqual([]);
    expect((await textsOf(revisionId, "es"))[0]?.sourceSha256).toBe(sourceDigest(original.body));
  });

  test("the languages of a draft: which exist, by origin, which fields are missing, the portal's five first and any other after", async () => {
    const { organisationId, entryId } = await draftEntry([
      { language: "fr", origin: "machine", texts: { title: "Soutien", summary: "Visites." } },
      { language: "pt", origin: "human", texts: { title: "Apoio" } },
    ]);
    const found = await findEntryToTranslate(database.prisma, organisationId, entryId);
    const states = languageStates(found!.openRevision!.texts, "en");
    expect(states.map((state) => state.language)).toEqual(["en", "fr", "it", "es", "sv", "pt"]);
    expect(states[0]).toMatchObject({ isOriginal: true, missing: [] });
    expect(states[1]).toMatchObject({ origins: { machine: 2 }, missing: ["body"] });
    expect(states[2]).toMatchObject({ origins: {}, missing: ["title", "summary", "body"] });
    expect(states[5]).toMatchObject({ origins: { human: 1 }, missing: ["summary", "body"] });
  });

  test("emptying a field removes its translation; removing a language removes every field of it, never the original", async () => {
    const { organisationId, entryId, revisionId } = await draftEntry([{ language: "sv", origin: "human", texts: { title: "Kamratstöd", summary: "Besök." } }]);
    await saveTranslation(database.prisma, { organisationId, entryId, language: "sv", input: { title: "Kamratstöd", ...noReview } });
    expect((await textsOf(revisionId, "sv")).map((text) => text.field)).toEqual(["title"]);
    expect(await removeTranslation(database.prisma, { organisationId, entryId, language: "sv" })).toEqual({ ok: true, removed: 1 });
    expect(await textsOf(revisionId, "sv")).toEqual([]);
    expect(await removeTranslation(database.prisma, { organisationId, entryId, language: "en" })).toEqual({ ok: false, error: "originalLanguage" });
    expect(await textsOf(revisionId, "en")).toHaveLength(3);
  });

  test("refused: the original's own language, an entry of another organisation, a revision in review or published", async () => {
    const { prisma } = database;
    const { organisationId, entryId } = await draftEntry();
    const input = { title: "X", ...noReview };
    expect(await saveTranslation(prisma, { organisationId, entryId, language: "en", input })).toEqual({ ok: false, error: "originalLanguage" });
    const other = await createOrganisation(prisma);
    expect(await saveTranslation(prisma, { organisationId: other.id, entryId, language: "fr", input })).toEqual({ ok: false, error: "noSuchEntry" });
    for (const status of ["in_review", "published"] as const) {
      const { entry, revision } = await createLibraryEntry(prisma, organisationId, { status });
      expect(await saveTranslation(prisma, { organisationId, entryId: entry.id, language: "fr", input })).toEqual({ ok: false, error: "notADraft" });
      expect(await textsOf(revision.id, "fr")).toEqual([]);
    }
  });
});

describe("translating while the draft is sent for review", () => {
  raceTest("a translation saved at the moment the draft is submitted lands before the submission or not at all", async () => {
    const { prisma } = database;
    const { organisationId, entryId, revisionId } = await draftEntry();
    // The submission as performMove makes it: a conditional update from draft.
    const submit = prisma.$transaction(async (tx) => {
      const moved = await tx.libraryRevision.updateMany({ where: { id: revisionId, status: "draft" }, data: { status: "in_review", submittedAt: new Date() } });
      // Whatever the reviewer will see is what is there when the submission commits.
      await new Promise((resolve) => setTimeout(resolve, 30));
      return moved.count === 1 ? await tx.libraryText.count({ where: { revisionId } }) : null;
    });
    const save = saveTranslation(prisma, { organisationId, entryId, language: "fr", input: { title: "Soutien par les pairs", ...noReview } });
    const [textsSubmitted, saved] = await Promise.all([submit, save]);
    const textsNow = await prisma.libraryText.count({ where: { revisionId } });
    // Either the translation was saved before the submission took its texts, or it was refused.
    expect(textsNow).toBe(textsSubmitted);
    expect(saved.ok ? textsNow : textsNow + 1).toBe(4);
  });
});
