// The reading and translation pages, called as a browser would: who gets what, which
// language each field is shown in, and what a saved translation form does.
import { describe, expect, test } from "vitest";
import * as entryPage from "~/routes/$lang.library.$entryId._index";
import * as comparisonPage from "~/routes/$lang.library.$entryId.revisions.$number";
import * as translationPage from "~/routes/$lang.organisations.$slug.library_.$entryId.translations.$language";
import * as translationsPage from "~/routes/$lang.organisations.$slug.library_.$entryId.translations._index";
import { createLibraryEntry } from "../../../tests/fixtures/library-reading";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

type EntryData = Awaited<ReturnType<typeof entryPage.loader>>;

async function memberOf(organisationId: string, role: "member" | "editor" = "member") {
  const person = await createPerson(database.prisma);
  await database.prisma.organisationMembership.create({ data: { organisationId, userId: person.id, role } });
  return signedInCookie(database.prisma, person.id);
}

const openEntry = (path: string, params: Record<string, string>, cookie?: string) =>
  outcomeOf(() => entryPage.loader({ request: makeRequest(path, { cookie }), params, context: testContext }));

describe("the public entry page", () => {
  test("a members-only entry is a 404 to a visitor, exactly like no entry; a person of an active member reads it", async () => {
    const organisation = await createOrganisation(database.prisma);
    const { entry } = await createLibraryEntry(database.prisma, organisation.id, { visibility: "members" });
    const params = { lang: "en", entryId: entry.id };
    expect((await openEntry(`/en/library/${entry.id}`, params)).status).toBe(404);
    expect((await openEntry("/en/library/nosuchentry", { lang: "en", entryId: "nosuchentry" })).status).toBe(404);
    expect((await openEntry(`/en/library/${entry.id}`, params, await memberOf(organisation.id))).status).toBe(200);
  });

  test("in a language with no text, every field is the original, with the notice and no switch to offer", async () => {
    const organisation = await createOrganisation(database.prisma);
    const { entry } = await createLibraryEntry(database.prisma, organisation.id, { texts: { title: "Peer support", body: "# Aims\n\nText." } });
    const outcome = await openEntry(`/sv/library/${entry.id}`, { lang: "sv", entryId: entry.id });
    const data = outcome.data as EntryData;
    expect(data.entry.fields.title).toMatchObject({ text: "Peer support", language: "en", isFallback: true });
    expect(data.entry.reading).toMatchObject({ coverage: "none", readerLanguageName: "svenska", originalLanguageName: "engelska", canSwitchToOriginal: false });
    expect(data.canonical).toMatch(new RegExp(`/sv/library/${entry.id}$`));
  });

  test("a machine translation is shown and said to be one; ?text=original shows the original and offers the way back", async () => {
    const organisation = await createOrganisation(database.prisma);
    const { entry } = await createLibraryEntry(database.prisma, organisation.id, {
      texts: { title: "Peer support", summary: "Visits." },
      translations: [{ language: "fr", origin: "machine", texts: { title: "Soutien par les pairs" } }],
    });
    const translated = (await openEntry(`/fr/library/${entry.id}`, { lang: "fr", entryId: entry.id })).data as EntryData;
    expect(translated.entry.fields.title).toMatchObject({ language: "fr", origin: "machine" });
    expect(translated.entry.reading).toMatchObject({ coverage: "some", anyMachine: true, canSwitchToOriginal: true, canSwitchBack: false });
    const original = (await openEntry(`/fr/library/${entry.id}?text=original`, { lang: "fr", entryId: entry.id })).data as EntryData;
    expect(original.entry.fields.title).toMatchObject({ language: "en", origin: "original" });
    expect(original.entry.reading).toMatchObject({ original: true, anyMachine: false, canSwitchToOriginal: false, canSwitchBack: true });
  });

  test("the comparison of a revision that never was published is a 404", async () => {
    const organisation = await createOrganisation(database.prisma);
    const { entry } = await createLibraryEntry(database.prisma, organisation.id);
    const outcome = await outcomeOf(() =>
      comparisonPage.loader({ request: makeRequest(`/en/library/${entry.id}/revisions/7`), params: { lang: "en", entryId: entry.id, number: "7" }, context: testContext }),
    );
    expect(outcome.status).toBe(404);
  });
});

describe("the translation pages", () => {
  async function draft() {
    const organisation = await createOrganisation(database.prisma);
    const { entry, revision } = await createLibraryEntry(database.prisma, organisation.id, {
      status: "draft",
      texts: { title: "Peer support", summary: "Visits." },
      translations: [{ language: "it", origin: "machine", texts: { title: "Supporto tra pari" } }],
    });
    return { organisation, entry, revision, editor: await memberOf(organisation.id, "editor") };
  }
  const post = (path: string, params: Record<string, string>, cookie: string, form: Record<string, string | string[]>) =>
    outcomeOf(() => translationPage.action({ request: makeRequest(path, { method: "POST", cookie, form }), params, context: testContext }));

  test("an editor saves a field: redirected with a notice, stored as a person's translation", async () => {
    const { organisation, entry, revision, editor } = await draft();
    const path = `/en/organisations/${organisation.slug}/library/${entry.id}/translations/it`;
    const params = { lang: "en", slug: organisation.slug, entryId: entry.id, language: "it" };
    const outcome = await post(path, params, editor, { intent: "save", title: "Sostegno tra pari", summary: "Visite." });
    expect(outcome).toMatchObject({ status: 302, location: `${path}?notice=saved` });
    const stored = await database.prisma.libraryText.findMany({ where: { revisionId: revision.id, language: "it" }, orderBy: { field: "asc" } });
    expect(stored.map((text) => [text.field, text.text, text.origin])).toEqual([
      ["title", "Sostegno tra pari", "human"],
      ["summary", "Visite.", "human"],
    ]);
  });

  test("a draft sent for review meanwhile: refused with the reason, and the form keeps what was typed", async () => {
    const { organisation, entry, revision, editor } = await draft();
    await database.prisma.libraryRevision.update({ where: { id: revision.id }, data: { status: "in_review" } });
    const params = { lang: "en", slug: organisation.slug, entryId: entry.id, language: "it" };
    const outcome = await post(`/en/organisations/${organisation.slug}/library/${entry.id}/translations/it`, params, editor, {
      intent: "save",
      title: "Typed by the translator",
    });
    expect(outcome.status).toBe(409);
    expect(outcome.data).toMatchObject({ form: "translation", error: "notADraft", result: { initialValue: { title: "Typed by the translator" } } });
  });

  test("the original's own language has no translation page, and an entry is found only under its own organisation", async () => {
    const { organisation, entry, editor } = await draft();
    const load = (slug: string, language: string, cookie: string) =>
      outcomeOf(() =>
        translationPage.loader({
          request: makeRequest(`/en/organisations/${slug}/library/${entry.id}/translations/${language}`, { cookie }),
          params: { lang: "en", slug, entryId: entry.id, language },
          context: testContext,
        }),
      );
    expect((await load(organisation.slug, "en", editor)).status).toBe(404);
    expect((await load(organisation.slug, "it", editor)).status).toBe(200);
    const other = await createOrganisation(database.prisma);
    expect((await load(other.slug, "it", await memberOf(other.id, "editor"))).status).toBe(404);
  });

  test("the overview lists the portal's languages with what each has, and sends another language to its page", async () => {
    const { organisation, entry, editor } = await draft();
    const params = { lang: "en", slug: organisation.slug, entryId: entry.id };
    const base = `/en/organisations/${organisation.slug}/library/${entry.id}/translations`;
    const overview = await outcomeOf(() => translationsPage.loader({ request: makeRequest(base, { cookie: editor }), params, context: testContext }));
    const data = overview.data as Awaited<ReturnType<typeof translationsPage.loader>>;
    expect(data.languages.map((row) => row.language)).toEqual(["en", "fr", "it", "es", "sv"]);
    expect(data.languages[2]).toMatchObject({ origins: { machine: 1 }, missing: ["summary"] });
    const other = await outcomeOf(() => translationsPage.loader({ request: makeRequest(`${base}?language=pt`, { cookie: editor }), params, context: testContext }));
    expect(other).toMatchObject({ status: 302, location: `${base}/pt` });
  });
});
