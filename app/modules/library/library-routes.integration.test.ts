// The library's pages as a browser uses them: loaders and actions called with a signed-in
// person's cookie and a posted form.
import { describe, expect, test } from "vitest";
import * as reviewRoute from "~/routes/$lang.coordination.library.$revisionId";
import * as queueRoute from "~/routes/$lang.coordination.library._index";
import * as entryRoute from "~/routes/$lang.organisations.$slug.library.$entryId";
import * as listRoute from "~/routes/$lang.organisations.$slug.library._index";
import * as newRoute from "~/routes/$lang.organisations.$slug.library.new";
import { createLibraryEntry, editorOf } from "../../../tests/fixtures/library";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

type Reply = { form: string; error?: string; result?: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> } };

async function post(route: { action: (args: never) => unknown }, path: string, params: Record<string, string>, userId: string, form: Record<string, string | string[]>) {
  const cookie = await signedInCookie(database.prisma, userId);
  const request = makeRequest(path, { method: "POST", cookie, form });
  return outcomeOf(() => route.action({ request, params, context: testContext } as never));
}

async function get(route: { loader: (args: never) => unknown }, path: string, params: Record<string, string>, userId: string) {
  const cookie = await signedInCookie(database.prisma, userId);
  const request = makeRequest(path, { cookie });
  return outcomeOf(() => route.loader({ request, params, context: testContext } as never));
}

const serviceForm = {
  intent: "create",
  kind: "service_description",
  originalLanguage: "fr",
  title: "Équipe mobile de rue",
  summary: "Une équipe qui va vers les personnes.",
  body: "## Comment\n\nDes visites <script>alert(1)</script> à domicile.",
  targetGroup: "Adultes sans domicile",
  settings: ["community", "home"],
  serviceLanguages: ["fr", "ar"],
  hostsVisitors: "on",
  themes: ["housing"],
  "links[0].label": "Rapport",
  "links[0].url": "https://example.org/rapport.pdf",
  visibility: "public",
};

describe("writing through the pages", () => {
  test("a refused entry keeps what was typed and says what is wrong; a good one is created and leads to its page", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma);
    const editor = await editorOf(prisma, organisation.id);
    const path = `/fr/organisations/${organisation.slug}/library/new`;
    const params = { lang: "fr", slug: organisation.slug };
    const refused = await post(newRoute, path, params, editor.id, { ...serviceForm, title: "", "links[0].url": "javascript:alert(1)", targetGroup: "" });
    expect(refused.status).toBe(400);
    const reply = refused.data as Reply;
    expect(reply.result?.error).toEqual({ title: ["required"], "links[0].url": ["invalidUrl"] });
    expect(reply.result?.initialValue).toMatchObject({ summary: serviceForm.summary, settings: ["community", "home"] });
    // A service description's own rules are checked once the fields every entry has are right.
    const noTargetGroup = await post(newRoute, path, params, editor.id, { ...serviceForm, targetGroup: "", settings: [] });
    expect((noTargetGroup.data as Reply).result?.error).toEqual({ targetGroup: ["required"], settings: ["chooseAtLeastOne"] });
    expect(await prisma.libraryEntry.count({ where: { organisationId: organisation.id } })).toBe(0);

    const created = await post(newRoute, path, params, editor.id, serviceForm);
    expect(created.status).toBe(302);
    const entry = await prisma.libraryEntry.findFirstOrThrow({ where: { organisationId: organisation.id }, include: { revisions: true } });
    expect(created.location).toBe(`/fr/organisations/${organisation.slug}/library/${entry.id}?notice=created`);
    expect(entry).toMatchObject({ kind: "service_description", originalLanguage: "fr" });
    expect(entry.revisions[0]).toMatchObject({ settings: ["community", "home"], serviceLanguages: ["fr", "ar"], hostsVisitors: true, links: [{ label: "Rapport", url: "https://example.org/rapport.pdf" }] });

    const list = await get(listRoute, `/fr/organisations/${organisation.slug}/library`, params, editor.id);
    expect((list.data as { entries: { title: string; next: string }[] }).entries).toEqual([expect.objectContaining({ title: "Équipe mobile de rue", next: "write" })]);
  });

  test("a suspended member's editor may open the page but writes nothing", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma, { status: "suspended" });
    const editor = await editorOf(prisma, organisation.id);
    const params = { lang: "en", slug: organisation.slug };
    const path = `/en/organisations/${organisation.slug}/library/new`;
    expect(((await get(newRoute, path, params, editor.id)).data as { canWrite: boolean }).canWrite).toBe(false);
    const refused = await post(newRoute, path, params, editor.id, serviceForm);
    expect(refused).toMatchObject({ status: 403, data: { error: "notActiveMember" } });
    expect(await prisma.libraryEntry.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  test("a save over a colleague's newer one is refused with the message and the typed text kept", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma);
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: ids.organisationId } });
    const revision = await prisma.libraryRevision.findUniqueOrThrow({ where: { id: ids.revisionId } });
    const path = `/en/organisations/${organisation.slug}/library/${ids.entryId}`;
    const params = { lang: "en", slug: organisation.slug, entryId: ids.entryId };
    const form = { intent: "save", kind: "good_practice", revisionId: ids.revisionId, seenUpdatedAt: revision.updatedAt.toISOString(), summary: "S", body: "B", visibility: "public" };
    expect((await post(entryRoute, path, params, ids.authorId, { ...form, title: "Colleague's" })).status).toBe(302);
    const stale = await post(entryRoute, path, params, ids.authorId, { ...form, title: "Mine" });
    expect(stale.status).toBe(409);
    const reply = stale.data as Reply;
    expect(reply.result?.error?.[""]).toEqual(["editedMeanwhile"]);
    expect(reply.result?.initialValue?.title).toBe("Mine");
  });

  test("an editor cannot archive; the organisation's admin can", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "published" });
    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: ids.organisationId } });
    const admin = await editorOf(prisma, organisation.id, "admin");
    const path = `/en/organisations/${organisation.slug}/library/${ids.entryId}`;
    const params = { lang: "en", slug: organisation.slug, entryId: ids.entryId };
    expect((await post(entryRoute, path, params, ids.authorId, { intent: "archive" })).status).toBe(403);
    expect(await post(entryRoute, path, params, admin.id, { intent: "archive" })).toMatchObject({ status: 302, location: `${path}?notice=archived` });
  });
});

describe("reviewing through the pages", () => {
  test("sending back without notes is refused beside the field; with notes it leaves the queue", async () => {
    const { prisma } = database;
    const ids = await createLibraryEntry(prisma, { status: "in_review", content: { title: "Queued" } });
    const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
    const queue = await get(queueRoute, "/en/coordination/library", { lang: "en" }, coordinator.id);
    expect((queue.data as { queue: { id: string }[] }).queue.map((item) => item.id)).toContain(ids.revisionId);
    const path = `/en/coordination/library/${ids.revisionId}`;
    const params = { lang: "en", revisionId: ids.revisionId };
    const refused = await post(reviewRoute, path, params, coordinator.id, { intent: "decide", decision: "sendBack", seenStatus: "in_review", notes: "" });
    expect(refused.status).toBe(400);
    expect((refused.data as Reply).result?.error).toEqual({ notes: ["notesRequired"] });
    const sent = await post(reviewRoute, path, params, coordinator.id, { intent: "decide", decision: "sendBack", seenStatus: "in_review", notes: "Add a contact." });
    expect(sent).toMatchObject({ status: 302, location: "/en/coordination/library?notice=sentBack" });
    const again = await post(reviewRoute, path, params, coordinator.id, { intent: "decide", decision: "approve", seenStatus: "in_review" });
    expect(again.status).toBe(409);
    expect((again.data as Reply).result?.error?.[""]).toEqual(["decidedMeanwhile"]);

    const organisation = await prisma.organisation.findUniqueOrThrow({ where: { id: ids.organisationId } });
    const page = await get(entryRoute, `/en/organisations/${organisation.slug}/library/${ids.entryId}`, { lang: "en", slug: organisation.slug, entryId: ids.entryId }, ids.authorId);
    expect((page.data as { entry: { open: { reviewNotes: string } } }).entry.open.reviewNotes).toBe("Add a contact.");
  });
});
