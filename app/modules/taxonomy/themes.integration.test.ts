import { describe, expect, test } from "vitest";
import * as membersRoute from "~/routes/$lang.members._index";
import * as themesRoute from "~/routes/$lang.coordination.themes";
import { languages } from "~/utils/languages";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { parseDirectoryFilters } from "../directory/directory.schemas";
import { updateProfile } from "../profile/profile.server";
import { addTheme, listThemes, renameTheme, themeKeys, themeNames, themeOptions } from "./themes.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.30" };
const path = "/it/coordination/themes";

const openDialogue = {
  en: "Open dialogue",
  fr: "Dialogue ouvert",
  it: "Dialogo aperto",
  es: "Diálogo abierto",
  sv: "Öppen dialog",
};

/** The names as Conform sends them: names.en, names.fr… */
const nameFields = (names: Record<string, string>) => Object.fromEntries(Object.entries(names).map(([language, name]) => [`names.${language}`, name]));

async function coordinator() {
  return createPerson(database.prisma, { networkRole: "coordinator" });
}

async function post(userId: string, form: Record<string, string>, url = path) {
  return outcomeOf(async () =>
    themesRoute.action({
      request: makeRequest(url, { method: "POST", form, cookie: await signedInCookie(database.prisma, userId) }),
      params: { lang: "it" },
      context: testContext,
    }),
  );
}

/** A name no other test or round uses. */
const unique = (name: string) => `${name} ${Math.random().toString(36).slice(2, 8)}`;

describe("the taxonomy as the migration leaves it", () => {
  test("has the fifteen themes of the old constant, in its order, named in every language as the interface named them", async () => {
    const themes = await listThemes(database.prisma);
    expect(themes.map((theme) => theme.key)).toEqual([
      "whole-life-recovery",
      "community-mental-health-development",
      "deinstitutionalisation",
      "crisis-response",
      "housing",
      "work-and-education",
      "peer-support",
      "hearing-voices",
      "human-rights",
      "advocacy",
      "anti-stigma",
      "children-and-young-people",
      "families-and-carers",
      "management-of-change",
      "co-production",
    ]);
    for (const theme of themes) expect(Object.keys(theme.names).sort(), theme.key).toEqual([...languages].sort());
    expect(themes.find((theme) => theme.key === "deinstitutionalisation")?.names.fr).toBe("Désinstitutionnalisation");
    expect((await themeNames(database.prisma, "sv"))["peer-support"]).toBe("Kamratstöd");
  });
});

describe("a coordinator adds a theme", () => {
  test("with a name in every language: it goes last, its key made from the English name, and is offered at once", async () => {
    const person = await coordinator();
    // Read once, so the cached list is the one that must be dropped.
    expect(await themeKeys(database.prisma)).not.toContain("open-dialogue");
    const outcome = await post(person.id, { intent: "add", ...nameFields(openDialogue) });
    expect(outcome).toMatchObject({ status: 302, location: "/it/coordination/themes?notice=added" });

    const themes = await listThemes(database.prisma);
    expect(themes.at(-1)).toMatchObject({ key: "open-dialogue", names: openDialogue });
    expect(await themeOptions(database.prisma, "it")).toContainEqual({ value: "open-dialogue", label: "Dialogo aperto" });
    const audit = await database.prisma.auditEvent.findFirst({ where: { action: "taxonomy.theme_added" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: person.id, details: { theme: "open-dialogue" } });

    // An organisation can say it works on it, and the directory can be filtered by it.
    const organisation = await createOrganisation(database.prisma, { status: "active" });
    const saved = await updateProfile(
      database.prisma,
      {
        organisationId: organisation.id,
        actorId: person.id,
        fields: { name: organisation.name, type: "ngo_or_charity", countryCode: "FI", city: "Tornio", languages: ["fi"], themes: ["open-dialogue"] },
      },
      origin,
    );
    expect(saved).toEqual({ ok: true });
    expect(parseDirectoryFilters(new URLSearchParams("theme=open-dialogue"), await themeKeys(database.prisma)).filters.theme).toBe("open-dialogue");
    const directory = await membersRoute.loader({ request: makeRequest("/it/members?theme=open-dialogue"), params: { lang: "it" }, context: testContext });
    expect(directory.themes).toContainEqual({ value: "open-dialogue", label: "Dialogo aperto (1)" });
  });

  test("missing a name in one language is refused against that field, keeping what was typed, and nothing is added", async () => {
    const person = await coordinator();
    const before = await database.prisma.theme.count();
    const outcome = await post(person.id, { intent: "add", ...nameFields({ ...openDialogue, en: "Recovery colleges", sv: "  " }) });
    expect(outcome.status).toBe(400);
    const { form, result } = outcome.data as { form: string; result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(form).toBe("add-theme");
    expect(result.error).toEqual({ "names.sv": ["required"] });
    expect(result.initialValue).toMatchObject({ names: { en: "Recovery colleges", it: "Dialogo aperto" } });
    expect(await database.prisma.theme.count()).toBe(before);
  });

  test("whose English name makes an existing key, or whose name another theme has in a language, is refused", async () => {
    const person = await coordinator();
    const before = await database.prisma.themeName.count();
    const sameKey = await post(person.id, { intent: "add", ...nameFields({ ...openDialogue, en: "Peer Support!", fr: unique("Pairs") }) });
    expect(sameKey.status).toBe(400);
    expect((sameKey.data as { result: { error: Record<string, string[]> } }).result.error).toEqual({ "names.en": ["themeExists"] });

    // "Logement" is Housing's French name; case does not make it another name.
    const sameName = await post(person.id, { intent: "add", ...nameFields({ ...openDialogue, en: unique("Shelter"), fr: "LOGEMENT" }) });
    expect(sameName.status).toBe(400);
    expect((sameName.data as { result: { error: Record<string, string[]> } }).result.error).toEqual({ "names.fr": ["themeNameTaken"] });

    const noLetters = await post(person.id, { intent: "add", ...nameFields({ ...openDialogue, en: "!!!" }) });
    expect((noLetters.data as { result: { error: Record<string, string[]> } }).result.error).toEqual({ "names.en": ["themeNameNeedsLetters"] });
    expect(await database.prisma.themeName.count()).toBe(before);
  });

  test("is for coordinators only: a person who is not one is refused and nothing is added", async () => {
    const person = await createPerson(database.prisma);
    const before = await database.prisma.theme.count();
    const outcome = await post(person.id, { intent: "add", ...nameFields({ ...openDialogue, en: unique("Forbidden") }) });
    expect(outcome.status).toBe(403);
    expect(await database.prisma.theme.count()).toBe(before);
  });

  raceTest("two coordinators adding themes at the same moment both succeed, one after the other", async () => {
    const person = await coordinator();
    const names = (english: string) => Object.fromEntries(languages.map((language) => [language, unique(`${english} ${language}`)])) as typeof openDialogue;
    const first = names("Arts");
    const second = names("Sport");
    const results = await Promise.all([
      addTheme(database.prisma, { names: first, actorId: person.id }, origin),
      addTheme(database.prisma, { names: second, actorId: person.id }, origin),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const positions = (await database.prisma.theme.findMany({ orderBy: { position: "desc" }, take: 2 })).map((theme) => theme.position);
    expect(positions[0]! - positions[1]!).toBe(1);
  });

  raceTest("the same theme added twice at the same moment is added once; the other is told it exists", async () => {
    const person = await coordinator();
    const names = Object.fromEntries(languages.map((language) => [language, unique(`Twice ${language}`)])) as typeof openDialogue;
    const results = await Promise.all([
      addTheme(database.prisma, { names, actorId: person.id }, origin),
      addTheme(database.prisma, { names, actorId: person.id }, origin),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({ error: "themeExists" });
  });
});

describe("a coordinator renames a theme", () => {
  test("its names change in every list; its key, and what organisations chose, stay", async () => {
    const person = await coordinator();
    const organisation = await createOrganisation(database.prisma, { status: "active", themes: ["housing"] });
    expect((await themeNames(database.prisma, "en")).housing).toBe("Housing");
    const names = { en: "Housing and home", fr: "Logement et chez-soi", it: "Casa e abitare", es: "Vivienda y hogar", sv: "Boende och hem" };
    const outcome = await post(person.id, { intent: "rename", key: "housing", ...nameFields(names) }, `${path}?rename=housing`);
    expect(outcome).toMatchObject({ status: 302, location: "/it/coordination/themes?notice=renamed" });
    expect((await themeNames(database.prisma, "en")).housing).toBe("Housing and home");
    expect((await themeNames(database.prisma, "it")).housing).toBe("Casa e abitare");
    expect((await database.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).themes).toEqual(["housing"]);
    const audit = await database.prisma.auditEvent.findFirst({ where: { action: "taxonomy.theme_renamed" }, orderBy: { id: "desc" } });
    expect(audit?.details).toEqual({ theme: "housing", languages: [...languages] });
  });

  test("to a name another theme has is refused against that language; an unknown theme is refused as not found", async () => {
    const person = await coordinator();
    const current = (await listThemes(database.prisma)).find((theme) => theme.key === "advocacy")!;
    const clash = await renameTheme(database.prisma, { key: "advocacy", names: { ...current.names, sv: "Kamratstöd" } as typeof openDialogue, actorId: person.id }, origin);
    expect(clash).toEqual({ ok: false, error: "themeNameTaken", field: "names.sv" });
    const unknown = await post(person.id, { intent: "rename", key: "no-such-theme", ...nameFields(openDialogue) });
    expect(unknown.status).toBe(404);
    expect(unknown.data).toMatchObject({ form: "page", error: "themeNotFound" });
  });

  test("with the names it already has writes nothing", async () => {
    const person = await coordinator();
    const current = (await listThemes(database.prisma)).find((theme) => theme.key === "anti-stigma")!;
    const before = await database.prisma.auditEvent.count({ where: { action: "taxonomy.theme_renamed" } });
    expect(await renameTheme(database.prisma, { key: "anti-stigma", names: current.names as typeof openDialogue, actorId: person.id }, origin)).toEqual({ ok: true });
    expect(await database.prisma.auditEvent.count({ where: { action: "taxonomy.theme_renamed" } })).toBe(before);
  });
});

describe("the themes page", () => {
  test("lists every theme with its names, and the rename form for the theme asked for", async () => {
    const person = await coordinator();
    const data = await themesRoute.loader({
      request: makeRequest(`${path}?rename=peer-support`, { cookie: await signedInCookie(database.prisma, person.id) }),
      params: { lang: "it" },
      context: testContext,
    });
    expect(data.themes.length).toBeGreaterThanOrEqual(15);
    expect(data.renaming).toMatchObject({ key: "peer-support", names: { it: "Supporto tra pari" } });
    expect(data.languageLabels.map((label) => label.label)).toEqual(["Inglese", "Francese", "Italiano", "Spagnolo", "Svedese"]);
  });
});
