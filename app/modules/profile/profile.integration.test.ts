import { describe, expect, test } from "vitest";
import * as profileRoute from "~/routes/$lang.organisations.$slug.profile";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import type { ProfileFields } from "./profile.schemas";
import { removeDescription, saveDescription, updateProfile } from "./profile.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.21" };

async function organisationAndEditor() {
  const { prisma } = database;
  const organisation = await createOrganisation(prisma);
  const editor = await createPerson(prisma);
  await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: editor.id, role: "editor" } });
  return { organisation, editor };
}

const validProfile: ProfileFields = {
  name: "Dipartimento di Salute Mentale",
  type: "public_health_service",
  countryCode: "it",
  city: "Trieste",
  website: "www.example.org/dsm",
  languages: ["it", "en", "it"],
  themes: ["deinstitutionalisation", "human-rights"],
  publicEmail: "Info@Example.org",
};

function audits(organisationId: string) {
  return database.prisma.auditEvent.findMany({ where: { organisationId, action: "organisation.profile_updated" }, orderBy: { id: "asc" } });
}

describe("the profile's facts", () => {
  test("are saved as normalised values, with one audit entry naming the changed fields", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const input = { organisationId: organisation.id, actorId: editor.id, fields: validProfile };
    expect(await updateProfile(database.prisma, input, origin)).toEqual({ ok: true });
    const saved = await database.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(saved).toMatchObject({
      name: "Dipartimento di Salute Mentale",
      type: "public_health_service",
      countryCode: "IT",
      website: "https://www.example.org/dsm",
      languages: ["it", "en"],
      themes: ["deinstitutionalisation", "human-rights"],
      publicEmail: "info@example.org",
      // The address stays where it was: links to the organisation keep working.
      slug: organisation.slug,
    });
    const [entry] = await audits(organisation.id);
    expect(entry).toMatchObject({ actorId: editor.id, ipAddress: origin.clientAddress });
    expect((entry!.details as { changed: string[] }).changed).toEqual(
      expect.arrayContaining(["name", "type", "website", "themes", "publicEmail"]),
    );
    // Saving the same again changes nothing and logs nothing.
    expect(await updateProfile(database.prisma, input, origin)).toEqual({ ok: true });
    expect(await audits(organisation.id)).toHaveLength(1);
  });

  test("an empty website or contact address removes it", async () => {
    const { organisation, editor } = await organisationAndEditor();
    await updateProfile(database.prisma, { organisationId: organisation.id, actorId: editor.id, fields: validProfile }, origin);
    const fields = { ...validProfile, website: "", publicEmail: "" };
    expect(await updateProfile(database.prisma, { organisationId: organisation.id, actorId: editor.id, fields }, origin)).toEqual({ ok: true });
    expect(await database.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      website: null,
      publicEmail: null,
    });
  });

  test.each([
    ["a name over 200 characters", { name: "n".repeat(201) }, "name", "tooLong:200"],
    ["a type that does not exist", { type: "hospital" }, "type", "invalidChoice"],
    ["a country that is not ISO 3166-1", { countryCode: "ZZ" }, "countryCode", "invalidChoice"],
    ["a city over 120 characters", { city: "c".repeat(121) }, "city", "tooLong:120"],
    ["a website that is not http(s)", { website: "javascript:alert(1)" }, "website", "invalidWebsite"],
    ["a website over 300 characters", { website: `https://example.org/${"p".repeat(290)}` }, "website", "tooLong:300"],
    ["a language that is not ISO 639-1", { languages: ["it", "xx"] }, "languages", "invalidLanguage"],
    ["no language at all", { languages: [] }, "languages", "chooseAtLeastOne"],
    ["a theme outside the taxonomy", { themes: ["astrology"] }, "themes", "invalidChoice"],
    ["a contact address that is not one", { publicEmail: "not-an-address" }, "publicEmail", "invalidEmail"],
  ])("%s is refused, and nothing is stored", async (_case, change, field, error) => {
    const { organisation, editor } = await organisationAndEditor();
    const fields = { ...validProfile, ...change } as ProfileFields;
    expect(await updateProfile(database.prisma, { organisationId: organisation.id, actorId: editor.id, fields }, origin)).toEqual({
      ok: false,
      error,
      field,
    });
    expect((await database.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).name).toBe(organisation.name);
    expect(await audits(organisation.id)).toHaveLength(0);
  });
});

describe("descriptions", () => {
  test("can be written in any ISO 639-1 language, each marked original, human or machine", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const base = { organisationId: organisation.id, actorId: editor.id };
    expect(await saveDescription(database.prisma, { ...base, language: "it", text: "Servizi aperti 24 ore.\r\n\r\nNella comunità.", origin: "original" }, origin)).toEqual({ ok: true });
    expect(await saveDescription(database.prisma, { ...base, language: "sl", text: "Odprte storitve.", origin: "machine" }, origin)).toEqual({ ok: true });
    expect(await saveDescription(database.prisma, { ...base, language: "en", text: "Services open 24 hours.", origin: "human" }, origin)).toEqual({ ok: true });
    const stored = await database.prisma.organisationDescription.findMany({ where: { organisationId: organisation.id }, orderBy: { language: "asc" } });
    expect(stored.map(({ language, origin: textOrigin }) => [language, textOrigin])).toEqual([
      ["en", "human"],
      ["it", "original"],
      ["sl", "machine"],
    ]);
    // Line breaks are kept as the reader typed them, without the browser's carriage returns.
    expect(stored.find((d) => d.language === "it")?.text).toBe("Servizi aperti 24 ore.\n\nNella comunità.");
    const entries = await audits(organisation.id);
    expect(entries.map((entry) => entry.details)).toEqual([
      { description: "it", origin: "original", change: "added" },
      { description: "sl", origin: "machine", change: "added" },
      { description: "en", origin: "human", change: "added" },
    ]);
  });

  test("editing replaces the text and origin of that language only", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const base = { organisationId: organisation.id, actorId: editor.id };
    await saveDescription(database.prisma, { ...base, language: "fr", text: "Texte d'origine.", origin: "original" }, origin);
    await saveDescription(database.prisma, { ...base, language: "en", text: "Machine text.", origin: "machine" }, origin);
    expect(await saveDescription(database.prisma, { ...base, language: "en", text: "Reviewed text.", origin: "human" }, origin)).toEqual({ ok: true });
    const english = await database.prisma.organisationDescription.findUniqueOrThrow({
      where: { organisationId_language: { organisationId: organisation.id, language: "en" } },
    });
    expect(english).toMatchObject({ text: "Reviewed text.", origin: "human" });
  });

  test.each([
    ["a language that is not ISO 639-1", { language: "xx" }, "language", "invalidLanguage"],
    ["a text over 5000 characters", { text: "t".repeat(5001) }, "text", "tooLong:5000"],
    ["an empty text", { text: "  \r\n " }, "text", "required"],
    ["an origin that does not exist", { origin: "guessed" }, "origin", "invalidChoice"],
  ])("%s is refused", async (_case, change, field, error) => {
    const { organisation, editor } = await organisationAndEditor();
    const input = { organisationId: organisation.id, actorId: editor.id, language: "en", text: "Text.", origin: "original", ...change };
    expect(await saveDescription(database.prisma, input as Parameters<typeof saveDescription>[1], origin)).toEqual({ ok: false, error, field });
    expect(await database.prisma.organisationDescription.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  test("5000 characters are accepted, counting a line break as one", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const text = `${"a".repeat(2499)}\r\n${"b".repeat(2500)}`;
    expect(await saveDescription(database.prisma, { organisationId: organisation.id, actorId: editor.id, language: "en", text, origin: "original" }, origin)).toEqual({ ok: true });
  });

  test("only one of them is the original", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const base = { organisationId: organisation.id, actorId: editor.id };
    await saveDescription(database.prisma, { ...base, language: "it", text: "Originale.", origin: "original" }, origin);
    expect(await saveDescription(database.prisma, { ...base, language: "en", text: "Original?", origin: "original" }, origin)).toEqual({
      ok: false,
      error: "originalExists",
      field: "origin",
    });
    // Marking the Italian one a translation first lets the English one become the original.
    await saveDescription(database.prisma, { ...base, language: "it", text: "Originale.", origin: "human" }, origin);
    expect(await saveDescription(database.prisma, { ...base, language: "en", text: "Original.", origin: "original" }, origin)).toEqual({ ok: true });
  });

  test("adding a language that already has a description is refused, not overwritten", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const base = { organisationId: organisation.id, actorId: editor.id };
    await saveDescription(database.prisma, { ...base, language: "sv", text: "Första.", origin: "original" }, origin);
    expect(await saveDescription(database.prisma, { ...base, language: "sv", text: "Andra.", origin: "original", isNew: true }, origin)).toEqual({
      ok: false,
      error: "descriptionExists",
      field: "language",
    });
    const swedish = await database.prisma.organisationDescription.findFirstOrThrow({ where: { organisationId: organisation.id } });
    expect(swedish.text).toBe("Första.");
  });

  test("an organisation keeps at least one, and keeps its original while translations remain", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const base = { organisationId: organisation.id, actorId: editor.id };
    await saveDescription(database.prisma, { ...base, language: "es", text: "Original.", origin: "original" }, origin);
    await saveDescription(database.prisma, { ...base, language: "en", text: "Translation.", origin: "machine" }, origin);
    expect(await removeDescription(database.prisma, { ...base, language: "es" }, origin)).toEqual({ ok: false, error: "originalHasTranslations" });
    expect(await removeDescription(database.prisma, { ...base, language: "en" }, origin)).toEqual({ ok: true });
    expect(await removeDescription(database.prisma, { ...base, language: "en" }, origin)).toEqual({ ok: false, error: "descriptionGone" });
    expect(await removeDescription(database.prisma, { ...base, language: "es" }, origin)).toEqual({ ok: false, error: "lastDescription" });
    expect(await database.prisma.organisationDescription.count({ where: { organisationId: organisation.id } })).toBe(1);
    const removals = (await audits(organisation.id)).filter((entry) => (entry.details as { change?: string }).change === "removed");
    expect(removals.map((entry) => entry.details)).toEqual([{ description: "en", change: "removed" }]);
  });

  raceTest("two translations removed at the same moment leave one description", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const base = { organisationId: organisation.id, actorId: editor.id };
    // No original: two translations, each the last but for the other.
    await saveDescription(database.prisma, { ...base, language: "de", text: "Maschine.", origin: "machine" }, origin);
    await saveDescription(database.prisma, { ...base, language: "nl", text: "Machine.", origin: "machine" }, origin);
    const results = await Promise.all([
      removeDescription(database.prisma, { ...base, language: "de" }, origin),
      removeDescription(database.prisma, { ...base, language: "nl" }, origin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.prisma.organisationDescription.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  test("another organisation's descriptions are out of reach", async () => {
    const { organisation, editor } = await organisationAndEditor();
    const other = await createOrganisation(database.prisma);
    await saveDescription(database.prisma, { organisationId: other.id, actorId: editor.id, language: "en", text: "Theirs.", origin: "original" }, origin);
    await saveDescription(database.prisma, { organisationId: other.id, actorId: editor.id, language: "fr", text: "Le leur.", origin: "human" }, origin);
    expect(await removeDescription(database.prisma, { organisationId: organisation.id, actorId: editor.id, language: "fr" }, origin)).toEqual({
      ok: false,
      error: "descriptionGone",
    });
    expect(await database.prisma.organisationDescription.count({ where: { organisationId: other.id } })).toBe(2);
  });
});

describe("the profile page", () => {
  async function post(form: Record<string, string | string[]>) {
    const { organisation, editor } = await organisationAndEditor();
    const cookie = await signedInCookie(database.prisma, editor.id);
    const path = `/fr/organisations/${organisation.slug}/profile`;
    const send = (fields: Record<string, string | string[]>) =>
      outcomeOf(() =>
        profileRoute.action({
          request: makeRequest(path, { method: "POST", cookie, form: fields }),
          params: { lang: "fr", slug: organisation.slug },
          context: testContext,
        }),
      );
    return { organisation, outcome: await send(form), send };
  }

  test("a refused profile comes back with its errors and everything that was typed", async () => {
    const { organisation, outcome } = await post({
      intent: "profile",
      name: "Nouveau nom",
      type: "ngo_or_charity",
      countryCode: "FR",
      city: "Lille",
      website: "ftp://example.org",
      languages: ["fr", "en"],
      themes: ["housing"],
    });
    expect(outcome.status).toBe(400);
    const reply = outcome.data as { form: string; result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(reply.form).toBe("profile");
    expect(reply.result.error).toEqual({ website: ["invalidWebsite"] });
    expect(reply.result.initialValue).toMatchObject({ name: "Nouveau nom", city: "Lille", website: "ftp://example.org", languages: ["fr", "en"] });
    expect((await database.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).name).toBe(organisation.name);
  });

  test("a saved profile leads back to the page with a notice", async () => {
    const { organisation, outcome } = await post({
      intent: "profile",
      name: "EPSM Lille",
      type: "public_health_service",
      countryCode: "FR",
      city: "Lille",
      languages: "fr",
    });
    expect(outcome).toMatchObject({ status: 302, location: `/fr/organisations/${organisation.slug}/profile?notice=saved` });
    expect(await database.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).toMatchObject({
      name: "EPSM Lille",
      languages: ["fr"],
      themes: [],
    });
  });

  test("a description's refusal is shown against its own form", async () => {
    const { send } = await post({ intent: "add-description", language: "fr", text: "Texte original.", origin: "original" });
    const second = await send({ intent: "add-description", language: "en", text: "Another original.", origin: "original" });
    expect(second.status).toBe(400);
    expect(second.data).toMatchObject({ form: "description-new", result: { error: { origin: ["originalExists"] } } });
    const removal = await send({ intent: "remove-description", language: "fr" });
    expect(removal.data).toEqual({ form: "description-fr", error: "lastDescription" });
  });
});
