// The agreement pages as a browser uses them: loaders and actions called with a signed-in
// person's cookie and a posted form.
import { describe, expect, test } from "vitest";
import * as coordinationRoute from "~/routes/$lang.coordination.agreements";
import * as pageRoute from "~/routes/$lang.organisations.$slug.twinning.agreements.$agreementId._index";
import * as reviseRoute from "~/routes/$lang.organisations.$slug.twinning.agreements.$agreementId.revise";
import * as listRoute from "~/routes/$lang.organisations.$slug.twinning.agreements._index";
import * as newRoute from "~/routes/$lang.organisations.$slug.twinning.agreements.new";
import { createAgreement, createTwinningPair, latestRevisionShown } from "../../../tests/fixtures/agreements";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

async function call(route: { loader?: (args: never) => unknown; action?: (args: never) => unknown }, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string | null, form: Record<string, string> = {}) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const request = makeRequest(path, { method, cookie, form });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

const termsForm = (overrides: Record<string, string> = {}) => ({
  intent: "draft",
  originalLanguage: "en",
  "texts.en.title": "Peer support across borders",
  "texts.en.objectives": "Learn how each side trains peer workers.",
  "texts.fr.title": "Le soutien par les pairs sans frontières",
  "texts.fr.objectives": "Apprendre comment chaque partie forme ses pairs aidants.",
  startsOn: "2027-04-01",
  endsOn: "2028-03-31",
  exchangesAToB: "2",
  exchangesBToA: "1",
  groupSizeCap: "4",
  ...overrides,
});

describe("drafting and proposing through the pages", () => {
  test("an admin drafts an agreement with an active member, sees it in the list, proposes it; the partner reads it in French", async () => {
    const pair = await createTwinningPair(database.prisma);
    const base = `/en/organisations/${pair.a.slug}/twinning/agreements`;
    const drafted = await call(newRoute, "POST", `${base}/new`, { lang: "en", slug: pair.a.slug }, pair.adminA.id, termsForm({ partnerId: pair.b.id, contactId: pair.adminA.id }));
    expect(drafted.status).toBe(302);
    const agreementId = drafted.location!.match(/agreements\/([^?]+)\?notice=drafted$/)![1]!;
    const list = await call(listRoute, "GET", base, { lang: "en", slug: pair.a.slug }, pair.adminA.id);
    expect(list.data).toMatchObject({ canWrite: true, agreements: [{ id: agreementId, partner: pair.b.name, status: "draft", title: { text: "Peer support across borders" } }] });
    // The partner does not see a draft.
    const partnerList = await call(listRoute, "GET", `/fr/organisations/${pair.b.slug}/twinning/agreements`, { lang: "fr", slug: pair.b.slug }, pair.adminB.id);
    expect(partnerList.data).toMatchObject({ agreements: [] });

    const params = { lang: "en", slug: pair.a.slug, agreementId };
    const proposed = await call(pageRoute, "POST", `${base}/${agreementId}`, params, pair.adminA.id, { intent: "propose" });
    expect(proposed.location).toBe(`${base}/${agreementId}?notice=proposed`);
    const seen = await call(pageRoute, "GET", `/fr/organisations/${pair.b.slug}/twinning/agreements/${agreementId}`, { lang: "fr", slug: pair.b.slug, agreementId }, pair.signatoryB.id);
    expect(seen.data).toMatchObject({
      agreement: { status: "proposed", latest: { title: "Le soutien par les pairs sans frontières", language: "fr", isFallback: false }, awaiting: ["a", "b", "network"] },
      may: { signForSide: true, signForNetwork: false, revise: false },
    });
  });

  test("a refused draft keeps what was typed and names the field", async () => {
    const pair = await createTwinningPair(database.prisma);
    const outcome = await call(newRoute, "POST", `/en/organisations/${pair.a.slug}/twinning/agreements/new`, { lang: "en", slug: pair.a.slug }, pair.adminA.id, termsForm({ partnerId: pair.b.id, endsOn: "2027-01-01" }));
    expect(outcome.status).toBe(400);
    const reply = outcome.data as { result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(reply.result.error.endsOn).toEqual(["endsBeforeStart"]);
    expect(reply.result.initialValue).toMatchObject({ texts: { en: { title: "Peer support across borders" } } });
  });

  test("a partner that is not an active member is not offered, and refused if sent", async () => {
    const pair = await createTwinningPair(database.prisma);
    const lapsed = await createOrganisation(database.prisma, { status: "lapsed" });
    const page = await call(newRoute, "GET", `/en/organisations/${pair.a.slug}/twinning/agreements/new`, { lang: "en", slug: pair.a.slug }, pair.adminA.id);
    expect((page.data as { partnerOptions: { value: string }[] }).partnerOptions.map((option) => option.value)).not.toContain(lapsed.id);
    const outcome = await call(newRoute, "POST", `/en/organisations/${pair.a.slug}/twinning/agreements/new`, { lang: "en", slug: pair.a.slug }, pair.adminA.id, termsForm({ partnerId: lapsed.id }));
    expect(outcome.status).toBe(400);
    expect((outcome.data as { result: { error: Record<string, string[]> } }).result.error.partnerId).toEqual(["invalidChoice"]);
  });
});

describe("signing, revising and ending through the pages", () => {
  test("a signature needs the box ticked; with it, it binds the hash shown; the coordinator signs from the coordination list", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const shown = await latestRevisionShown(database.prisma, agreement.agreementId);
    const path = `/en/organisations/${agreement.a.slug}/twinning/agreements/${agreement.agreementId}`;
    const params = { lang: "en", slug: agreement.a.slug, agreementId: agreement.agreementId };
    const sign = { intent: "sign", party: "a", revisionId: shown.revisionId, language: "en", sha256: shown.sha256, signatoryTitle: "Director" };
    const unticked = await call(pageRoute, "POST", path, params, agreement.signatoryA.id, sign);
    expect(unticked.status).toBe(400);
    expect((unticked.data as { form: string; result: { error: Record<string, string[]> } })).toMatchObject({ form: "sign-a", result: { error: { confirm: ["confirmRequired"] } } });
    const signed = await call(pageRoute, "POST", path, params, agreement.signatoryA.id, { ...sign, confirm: "on" });
    expect(signed.location).toBe(`${path}?notice=signed`);
    const stored = await database.prisma.agreementSignature.findFirstOrThrow({ where: { agreementId: agreement.agreementId } });
    expect(stored).toMatchObject({ party: "a", textSha256: shown.sha256, signatoryTitle: "Director", language: "en" });

    const awaiting = await call(coordinationRoute, "GET", "/it/coordination/agreements", { lang: "it" }, agreement.coordinator.id);
    expect((awaiting.data as { agreements: { id: string }[] }).agreements.map((row) => row.id)).toContain(agreement.agreementId);
    const forNetwork = await call(pageRoute, "GET", path, params, agreement.coordinator.id);
    expect(forNetwork.data).toMatchObject({ may: { signForNetwork: true, signForSide: false } });
  });

  test("the other side revises from a prefilled form; a signature of the page shown before is refused as changed", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const before = await latestRevisionShown(database.prisma, agreement.agreementId);
    const pathB = `/en/organisations/${agreement.b.slug}/twinning/agreements/${agreement.agreementId}`;
    const paramsB = { lang: "en", slug: agreement.b.slug, agreementId: agreement.agreementId };
    const form = await call(reviseRoute, "GET", `${pathB}/revise`, paramsB, agreement.adminB.id);
    expect(form.data).toMatchObject({ isDraft: false, number: 1, defaults: { startsOn: "2027-03-01", exchangesAToB: "2", texts: { en: { title: "Learning from each other's crisis teams" } } } });
    const revised = await call(reviseRoute, "POST", `${pathB}/revise`, paramsB, agreement.adminB.id, { ...termsForm({ intent: "revise", exchangesBToA: "3" }), basedOnRevisionId: before.revisionId });
    expect(revised.location).toBe(`${pathB}?notice=revised`);
    const stale = await call(pageRoute, "POST", `/en/organisations/${agreement.a.slug}/twinning/agreements/${agreement.agreementId}`, { ...paramsB, slug: agreement.a.slug }, agreement.signatoryA.id, {
      intent: "sign",
      party: "a",
      revisionId: before.revisionId,
      language: "en",
      sha256: before.sha256,
      signatoryTitle: "Director",
      confirm: "on",
    });
    expect(stale.status).toBe(400);
    expect(stale.data).toMatchObject({ form: "sign-a", result: { error: { "": ["revisionChanged"] } } });
  });

  test("termination without a reason is refused with a message; another organisation's people get a 404", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const path = `/en/organisations/${agreement.a.slug}/twinning/agreements/${agreement.agreementId}`;
    const params = { lang: "en", slug: agreement.a.slug, agreementId: agreement.agreementId };
    const noReason = await call(pageRoute, "POST", path, params, agreement.coordinator.id, { intent: "terminate", reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.data).toMatchObject({ form: "terminate", result: { error: { reason: ["required"] } } });

    const stranger = await createOrganisation(database.prisma);
    const strangerAdmin = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: stranger.id, userId: strangerAdmin.id, role: "admin" } });
    const throughStranger = { lang: "en", slug: stranger.slug, agreementId: agreement.agreementId };
    expect((await call(pageRoute, "GET", `/en/organisations/${stranger.slug}/twinning/agreements/${agreement.agreementId}`, throughStranger, strangerAdmin.id)).status).toBe(404);
    expect((await call(pageRoute, "POST", `/en/organisations/${stranger.slug}/twinning/agreements/${agreement.agreementId}`, throughStranger, strangerAdmin.id, { intent: "withdraw" })).status).toBe(404);
    // Nor through a party's address, for someone of neither party.
    expect((await call(pageRoute, "GET", path, params, strangerAdmin.id)).status).toBe(403);
  });

  test("the partner names its contact person without a new revision; someone of another organisation is refused", async () => {
    const agreement = await createAgreement(database.prisma, undefined, { proposed: true });
    const pathB = `/en/organisations/${agreement.b.slug}/twinning/agreements/${agreement.agreementId}`;
    const paramsB = { lang: "en", slug: agreement.b.slug, agreementId: agreement.agreementId };
    const outsider = await call(pageRoute, "POST", pathB, paramsB, agreement.adminB.id, { intent: "contact", contactId: agreement.adminA.id });
    expect(outsider.status).toBe(400);
    expect(outsider.data).toMatchObject({ form: "contact", result: { error: { contactId: ["invalidChoice"] } } });
    const named = await call(pageRoute, "POST", pathB, paramsB, agreement.adminB.id, { intent: "contact", contactId: agreement.signatoryB.id });
    expect(named.location).toBe(`${pathB}?notice=contact`);
    const stored = await database.prisma.twinningAgreement.findUniqueOrThrow({ where: { id: agreement.agreementId }, include: { revisions: true } });
    expect(stored).toMatchObject({ contactBId: agreement.signatoryB.id, contactAId: agreement.adminA.id });
    expect(stored.revisions).toHaveLength(1);
  });
});
