// The entry's machine translation page and the profile's description form, as a browser
// gets them (the whole app in-process): shown only with a service, guarded, and a request
// that keeps what was ticked when it is refused.
import { afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { overrideTranslationService } from "~/mechanisms/translations/machine-translation.server";
import { createEntryWithRevision, runJobsNow } from "../../../tests/fixtures/machine-translation";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { translationApiUrl, translationService } from "../../../tests/mocks/translation-service";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

let editorCookie = "";
let memberCookie = "";
let organisation: { id: string; slug: string };
beforeAll(async () => {
  organisation = await createOrganisation(database.prisma);
  const editor = await createPerson(database.prisma);
  const member = await createPerson(database.prisma);
  await database.prisma.organisationMembership.createMany({
    data: [
      { organisationId: organisation.id, userId: editor.id, role: "editor" },
      { organisationId: organisation.id, userId: member.id, role: "member" },
    ],
  });
  editorCookie = await signedInCookie(database.prisma, editor.id);
  memberCookie = await signedInCookie(database.prisma, member.id);
});
beforeEach(() => {
  translationService.reset();
  overrideTranslationService({ url: translationApiUrl });
});
afterEach(() => overrideTranslationService(undefined));

const pagePath = (entryId: string, language = "en") => `/${language}/organisations/${organisation.slug}/library/${entryId}/machine-translation`;
const get = async (path: string, cookie = editorCookie) => answer(makeRequest(path, { cookie }), testContext);
const post = async (path: string, form: Record<string, string | string[]>, cookie = editorCookie) =>
  answer(makeRequest(path, { method: "POST", cookie, form }), testContext);

describe("an entry's page", () => {
  test("offers every language but the original, and asks for the ones ticked", async () => {
    const { entry, revision } = await createEntryWithRevision(database.prisma, { organisationId: organisation.id, texts: { title: "Peer support" } });
    const page = await (await get(pagePath(entry.id))).text();
    expect(page).toContain("Translate into");
    for (const code of ["fr", "it", "es", "sv"]) expect(page).toContain(`value="${code}"`);
    expect(page).not.toContain('value="en"');

    const sent = await post(pagePath(entry.id), { targets: ["fr", "sv"] });
    expect(sent.status).toBe(302);
    expect(sent.headers.get("Location")).toBe(`${pagePath(entry.id)}?notice=requested`);
    const status = await (await get(`${pagePath(entry.id)}?notice=requested`)).text();
    expect(status).toContain("Machine translations were asked for.");
    expect(status).toContain("The machine translation into French is waiting or under way.");
    expect(status).toContain("The machine translation into Swedish is waiting or under way.");
    expect(await database.prisma.scheduledJob.count({ where: { key: { startsWith: revision.id } } })).toBe(2);
  });

  test("a failure is shown to the editor in their language", async () => {
    translationService.offered = ["en", "fr"];
    const { entry } = await createEntryWithRevision(database.prisma, { organisationId: organisation.id, texts: { title: "Peer support" } });
    await post(pagePath(entry.id), { targets: ["sv"] });
    await runJobsNow(database.prisma);
    expect(await (await get(pagePath(entry.id))).text()).toContain("The machine translation into Swedish failed: the service does not offer this language.");
    expect(await (await get(pagePath(entry.id, "fr"))).text()).toContain("La traduction automatique en suédois a échoué\u202f: le service ne propose pas cette langue.");
  });

  test("nothing ticked is refused with a message, and nothing is scheduled", async () => {
    const { entry, revision } = await createEntryWithRevision(database.prisma, { organisationId: organisation.id, texts: { title: "Peer support" } });
    const refused = await post(pagePath(entry.id), {});
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Tick at least one language.");
    expect(await database.prisma.scheduledJob.count({ where: { key: { startsWith: revision.id } } })).toBe(0);
  });

  test("a language that is not offered is refused, and what was ticked stays ticked", async () => {
    const { entry } = await createEntryWithRevision(database.prisma, { organisationId: organisation.id, texts: { title: "Peer support" } });
    const refused = await post(pagePath(entry.id), { targets: ["fr", "xx"] });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain("Choose languages from the list.");
    expect(page).toMatch(/<input[^>]*checked=""[^>]*value="fr"/);
    expect(page).not.toMatch(/<input[^>]*checked=""[^>]*value="it"/);
  });

  test("without a service, no form is shown and a request is refused", async () => {
    overrideTranslationService(null);
    const { entry, revision } = await createEntryWithRevision(database.prisma, { organisationId: organisation.id, texts: { title: "Peer support" } });
    const page = await (await get(pagePath(entry.id))).text();
    expect(page).toContain("Machine translation is not available on this portal.");
    expect(page).not.toContain('name="targets"');
    const refused = await post(pagePath(entry.id), { targets: ["fr"] });
    expect(refused.status).toBe(409);
    expect(await database.prisma.scheduledJob.count({ where: { key: { startsWith: revision.id } } })).toBe(0);
  });

  test("a member who does not edit is refused; another organisation's entry is not found", async () => {
    const { entry } = await createEntryWithRevision(database.prisma, { organisationId: organisation.id, texts: { title: "Peer support" } });
    expect((await get(pagePath(entry.id), memberCookie)).status).toBe(403);
    expect((await post(pagePath(entry.id), { targets: ["fr"] }, memberCookie)).status).toBe(403);
    const elsewhere = await createEntryWithRevision(database.prisma, { texts: { title: "Not theirs" } });
    expect((await get(pagePath(elsewhere.entry.id))).status).toBe(404);
    expect((await post(pagePath(elsewhere.entry.id), { targets: ["fr"] })).status).toBe(404);
  });

  test("an entry with no open revision offers nothing", async () => {
    const { entry } = await createEntryWithRevision(database.prisma, { organisationId: organisation.id, status: "published", texts: { title: "Done" } });
    const page = await (await get(pagePath(entry.id))).text();
    expect(page).toContain("This entry has no draft or revision in review");
    expect(page).not.toContain('name="targets"');
    expect((await post(pagePath(entry.id), { targets: ["fr"] })).status).toBe(409);
  });
});

describe("the profile page", () => {
  const profilePath = () => `/en/organisations/${organisation.slug}/profile`;

  test("offers machine translations of the description once it has an original, and asks for them", async () => {
    expect(await (await get(profilePath())).text()).not.toContain("machine-translate-description");
    await database.prisma.organisationDescription.create({ data: { organisationId: organisation.id, language: "en", text: "We run crisis houses.", origin: "original" } });
    const page = await (await get(profilePath())).text();
    expect(page).toContain('value="machine-translate-description"');
    const sent = await post(profilePath(), { intent: "machine-translate-description", targets: ["it"] });
    expect(sent.headers.get("Location")).toBe(`${profilePath()}?notice=machineTranslationsRequested`);
    await runJobsNow(database.prisma);
    expect(await database.prisma.organisationDescription.findUnique({ where: { organisationId_language: { organisationId: organisation.id, language: "it" } } })).toMatchObject({
      text: "it: We run crisis houses.",
      origin: "machine",
    });
  });

  test("without a service, the profile offers no machine translation and refuses one", async () => {
    overrideTranslationService(null);
    expect(await (await get(profilePath())).text()).not.toContain("machine-translate-description");
    expect((await post(profilePath(), { intent: "machine-translate-description", targets: ["it"] })).status).toBe(409);
  });
});
