import { beforeAll, describe, expect, test } from "vitest";
import * as expertsRoute from "~/routes/$lang.organisations.$slug.experts";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import {
  addExpert,
  expertSearchPageSize,
  languagesOfExperts,
  listExperts,
  parseExpertSearch,
  removeExpert,
  searchExperts,
} from "./experts.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.9" };

async function organisationWithEditor(overrides: Parameters<typeof createOrganisation>[1] = {}) {
  const { prisma } = database;
  const organisation = await createOrganisation(prisma, overrides);
  const editor = await createPerson(prisma);
  await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: editor.id, role: "editor" } });
  return { organisation, editor };
}

const anExpert = { name: "Ada Rossi", topics: ["peer-support" as const], languages: ["it"] };

describe("naming experts", () => {
  test("an added expert is listed with what was entered, and the change is in the audit log without their name", async () => {
    const { prisma } = database;
    const { organisation, editor } = await organisationWithEditor();
    const added = await addExpert(
      prisma,
      {
        organisationId: organisation.id,
        name: "Marta Bianchi",
        email: "marta@example.org",
        topics: ["hearing-voices", "peer-support"],
        languages: ["it", "en"],
        availability: "Two days a month",
        actorId: editor.id,
      },
      origin,
    );
    expect(added.ok).toBe(true);
    expect(await listExperts(prisma, organisation.id)).toEqual([
      {
        id: added.expertId,
        name: "Marta Bianchi",
        email: "marta@example.org",
        topics: ["hearing-voices", "peer-support"],
        languages: ["it", "en"],
        availability: "Two days a month",
      },
    ]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { organisationId: organisation.id, action: "organisation.expert_added" } });
    expect(event).toMatchObject({ actorId: editor.id, ipAddress: origin.clientAddress });
    expect(JSON.stringify(event.details)).not.toMatch(/Marta|marta@/);
  });

  test("without an address or availability, both are stored empty", async () => {
    const { prisma } = database;
    const { organisation, editor } = await organisationWithEditor();
    await addExpert(prisma, { ...anExpert, organisationId: organisation.id, actorId: editor.id }, origin);
    expect(await listExperts(prisma, organisation.id)).toMatchObject([{ email: "", availability: "" }]);
  });

  test("an expert is removed only through their own organisation", async () => {
    const { prisma } = database;
    const { organisation, editor } = await organisationWithEditor();
    const { organisation: other, editor: otherEditor } = await organisationWithEditor();
    const { expertId } = await addExpert(prisma, { ...anExpert, organisationId: organisation.id, actorId: editor.id }, origin);

    // Another organisation's editor who knows the id cannot remove it.
    expect(await removeExpert(prisma, { organisationId: other.id, expertId, actorId: otherEditor.id }, origin)).toEqual({
      ok: false,
      error: "expertNotFound",
    });
    expect(await listExperts(prisma, organisation.id)).toHaveLength(1);

    expect(await removeExpert(prisma, { organisationId: organisation.id, expertId, actorId: editor.id }, origin)).toEqual({ ok: true });
    expect(await listExperts(prisma, organisation.id)).toEqual([]);
    // Gone is gone: a second removal, or an id that never existed, is an error, not a crash.
    expect(await removeExpert(prisma, { organisationId: organisation.id, expertId, actorId: editor.id }, origin)).toEqual({
      ok: false,
      error: "expertNotFound",
    });
    expect(await removeExpert(prisma, { organisationId: organisation.id, expertId: "no-such-expert", actorId: editor.id }, origin)).toMatchObject({
      ok: false,
    });
    const removals = await prisma.auditEvent.findMany({ where: { action: "organisation.expert_removed", organisationId: { in: [organisation.id, other.id] } } });
    expect(removals).toHaveLength(1);
    expect(removals[0]).toMatchObject({ organisationId: organisation.id, actorId: editor.id, details: { expert: expertId } });
  });

  test("each organisation lists only its own experts", async () => {
    const { prisma } = database;
    const { organisation, editor } = await organisationWithEditor();
    const { organisation: other, editor: otherEditor } = await organisationWithEditor();
    await addExpert(prisma, { ...anExpert, name: "Ours", organisationId: organisation.id, actorId: editor.id }, origin);
    await addExpert(prisma, { ...anExpert, name: "Theirs", organisationId: other.id, actorId: otherEditor.id }, origin);
    expect((await listExperts(prisma, organisation.id)).map((expert) => expert.name)).toEqual(["Ours"]);
  });
});

describe("the experts page", () => {
  const path = (slug: string) => `/fr/organisations/${slug}/experts`;
  const post = async (slug: string, userId: string, form: Record<string, string | string[]>) =>
    outcomeOf(async () =>
      expertsRoute.action({
        request: makeRequest(path(slug), { method: "POST", form, cookie: await signedInCookie(database.prisma, userId) }),
        params: { lang: "fr", slug },
        context: testContext,
      }),
    );

  test("a form with mistakes comes back with message keys against each field and what was typed", async () => {
    const { organisation, editor } = await organisationWithEditor();
    const outcome = await post(organisation.slug, editor.id, {
      intent: "add",
      name: "x".repeat(121),
      email: "not-an-email",
      topics: ["housing", "no-such-theme"],
      languages: [],
      availability: "y".repeat(501),
    });
    expect(outcome.status).toBe(400);
    const { result } = outcome.data as { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(result.error).toEqual({
      name: ["tooLong:120"],
      email: ["invalidEmail"],
      topics: ["invalidChoice"],
      languages: ["chooseAtLeastOne"],
      availability: ["tooLong:500"],
    });
    expect(result.initialValue).toMatchObject({ email: "not-an-email", topics: ["housing", "no-such-theme"] });
    expect(await database.prisma.expert.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  test("too many topics, or languages that are not ISO 639-1, are refused", async () => {
    const { organisation, editor } = await organisationWithEditor();
    const outcome = await post(organisation.slug, editor.id, {
      intent: "add",
      name: "Ada",
      topics: ["housing", "advocacy", "anti-stigma", "co-production", "peer-support", "human-rights", "hearing-voices", "crisis-response", "deinstitutionalisation"],
      languages: ["it", "xx"],
    });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { result: { error: Record<string, string[]> } }).result.error).toEqual({
      topics: ["tooMany:8"],
      languages: ["invalidLanguage"],
    });
  });

  test("adds to the organisation in the address, whatever the form says", async () => {
    const { prisma } = database;
    const { organisation, editor } = await organisationWithEditor();
    const other = await createOrganisation(prisma);
    const outcome = await post(organisation.slug, editor.id, {
      intent: "add",
      organisationId: other.id,
      name: "  Ada Rossi ",
      email: "Ada@Example.org",
      topics: "housing",
      languages: ["it", "it", "fr"],
    });
    expect(outcome).toMatchObject({ status: 302, location: `/fr/organisations/${organisation.slug}/experts?notice=added` });
    expect(await listExperts(prisma, organisation.id)).toMatchObject([
      { name: "Ada Rossi", email: "ada@example.org", topics: ["housing"], languages: ["it", "fr"], availability: "" },
    ]);
    expect(await listExperts(prisma, other.id)).toEqual([]);
  });

  test("removing another organisation's expert through one's own page is a 400 with a message, and removes nothing", async () => {
    const { prisma } = database;
    const { organisation, editor } = await organisationWithEditor();
    const { organisation: other, editor: otherEditor } = await organisationWithEditor();
    const { expertId } = await addExpert(prisma, { ...anExpert, organisationId: other.id, actorId: otherEditor.id }, origin);
    const outcome = await post(organisation.slug, editor.id, { intent: "remove", expertId });
    expect(outcome).toMatchObject({ status: 400, data: { error: "expertNotFound" } });
    expect(await listExperts(prisma, other.id)).toHaveLength(1);
  });

  test("members see the experts but not their addresses; editors see both", async () => {
    const { prisma } = database;
    const { organisation, editor } = await organisationWithEditor();
    const member = await createPerson(prisma);
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: member.id, role: "member" } });
    await addExpert(prisma, { ...anExpert, email: "ada@example.org", organisationId: organisation.id, actorId: editor.id }, origin);
    const load = async (userId: string) =>
      outcomeOf(async () =>
        expertsRoute.loader({
          request: makeRequest(path(organisation.slug), { cookie: await signedInCookie(prisma, userId) }),
          params: { lang: "fr", slug: organisation.slug },
          context: testContext,
        }),
      );
    type Page = { canEdit: boolean; experts: { name: string; email: string }[] };
    const asMember = (await load(member.id)).data as Page;
    expect(asMember).toMatchObject({ canEdit: false, experts: [{ name: "Ada Rossi", email: "" }] });
    const asEditor = (await load(editor.id)).data as Page;
    expect(asEditor).toMatchObject({ canEdit: true, experts: [{ name: "Ada Rossi", email: "ada@example.org" }] });
  });
});

describe("coordinators' search", () => {
  // A database of its own, so the counts are exact.
  const searchDatabase = setUpTestDatabase();
  beforeAll(async () => {
    const { prisma } = searchDatabase;
    const actor = await createPerson(prisma);
    const trieste = await createOrganisation(prisma, { name: "Trieste Mental Health", countryCode: "IT" });
    const lund = await createOrganisation(prisma, { name: "Lund Peer Network", countryCode: "SE" });
    const suspended = await createOrganisation(prisma, { name: "Suspended Org", status: "suspended" });
    const applicant = await createOrganisation(prisma, { name: "Applicant Org", status: "applicant" });
    const add = (organisationId: string, name: string, topics: ("housing" | "peer-support" | "hearing-voices")[], languages: string[], availability = "") =>
      addExpert(prisma, { organisationId, name, topics, languages, availability, email: `${name.split(" ")[0]!.toLowerCase()}@example.org`, actorId: actor.id }, origin);
    await add(trieste.id, "Ada Rossi", ["housing", "peer-support"], ["it", "en"], "Weekends, ONLINE only");
    await add(trieste.id, "Bruno Verdi", ["hearing-voices"], ["it"], "100% remote");
    await add(lund.id, "Cecilia Lind", ["peer-support"], ["sv", "en"], "Evenings");
    await add(suspended.id, "Dario Suspended", ["peer-support"], ["de"]);
    await add(applicant.id, "Elena Applicant", ["peer-support"], ["pt"]);
  });

  const names = async (search: Partial<Parameters<typeof searchExperts>[1]>) =>
    (await searchExperts(searchDatabase.prisma, { page: 1, ...search })).experts.map((expert) => expert.name);

  test("finds only experts of active members, with their organisation", async () => {
    const result = await searchExperts(searchDatabase.prisma, { page: 1 });
    expect(result.total).toBe(3);
    expect(result.experts.map((expert) => expert.name)).toEqual(["Ada Rossi", "Bruno Verdi", "Cecilia Lind"]);
    expect(result.experts[2]).toMatchObject({
      email: "cecilia@example.org",
      organisation: { name: "Lund Peer Network", countryCode: "SE" },
    });
    expect(result.experts[2]!.organisation.slug).toMatch(/^organisation-/);
  });

  test("a suspended organisation's experts are not found, even by name", async () => {
    expect(await names({ q: "Dario" })).toEqual([]);
    expect(await names({ language: "de" })).toEqual([]);
    expect(await names({ q: "Elena" })).toEqual([]);
  });

  test("filters by topic, by language, and both", async () => {
    expect(await names({ topic: "peer-support" })).toEqual(["Ada Rossi", "Cecilia Lind"]);
    expect(await names({ language: "en" })).toEqual(["Ada Rossi", "Cecilia Lind"]);
    expect(await names({ topic: "peer-support", language: "sv" })).toEqual(["Cecilia Lind"]);
    expect(await names({ topic: "housing", language: "sv" })).toEqual([]);
  });

  test("searches names and availability, ignoring case, with % and _ taken literally", async () => {
    expect(await names({ q: "rOSSi" })).toEqual(["Ada Rossi"]);
    expect(await names({ q: "online" })).toEqual(["Ada Rossi"]);
    expect(await names({ q: "evening" })).toEqual(["Cecilia Lind"]);
    expect(await names({ q: "100%" })).toEqual(["Bruno Verdi"]);
    expect(await names({ q: "%" })).toEqual(["Bruno Verdi"]);
    expect(await names({ q: "_" })).toEqual([]);
  });

  test("offers the languages active members' experts speak", async () => {
    expect(await languagesOfExperts(searchDatabase.prisma)).toEqual(["en", "it", "sv"]);
  });

  test("pages through the results 25 at a time, and a page past the end shows the last", async () => {
    const { prisma } = searchDatabase;
    const actor = await createPerson(prisma);
    const big = await createOrganisation(prisma);
    for (let index = 0; index < expertSearchPageSize + 5; index++) {
      await addExpert(prisma, { organisationId: big.id, name: `Paged ${String(index).padStart(2, "0")}`, topics: ["co-production"], languages: ["fi"], actorId: actor.id }, origin);
    }
    const first = await searchExperts(prisma, { topic: "co-production", page: 1 });
    expect(first).toMatchObject({ total: 30, page: 1, pageCount: 2 });
    expect(first.experts).toHaveLength(25);
    const second = await searchExperts(prisma, { topic: "co-production", page: 2 });
    expect(second.experts.map((expert) => expert.name)).toEqual(["Paged 25", "Paged 26", "Paged 27", "Paged 28", "Paged 29"]);
    expect(await searchExperts(prisma, { topic: "co-production", page: 99 })).toMatchObject({ page: 2 });
  });

  test("reads the search from the address, dropping what is not valid", () => {
    expect(parseExpertSearch(new URLSearchParams("topic=housing&language=sv&q=+peer+&page=3"), ["housing", "peer-support"])).toEqual({
      topic: "housing",
      language: "sv",
      q: "peer",
      page: 3,
    });
    expect(parseExpertSearch(new URLSearchParams("topic=astrology&language=xx&q=&page=-1"), ["housing", "peer-support"])).toEqual({
      topic: undefined,
      language: undefined,
      q: undefined,
      page: 1,
    });
  });
});
