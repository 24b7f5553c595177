// Twinning profiles, suggestions and introductions, through the pages as a browser uses
// them (loaders and actions with a signed-in person's cookie) and through the module.
import { describe, expect, test } from "vitest";
import type { PrismaClient } from "~/generated/prisma/client";
import * as coordinationRoute from "~/routes/$lang.coordination.twinning._index";
import * as dashboardRoute from "~/routes/$lang.organisations.$slug._index";
import * as twinningRoute from "~/routes/$lang.organisations.$slug.twinning._index";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { runDueJobs } from "~/mechanisms/jobs/run-due-jobs.server";
import { timedJobs } from "~/timed-jobs.server";
import { followUpIntroduction, introduceOrganisations, lapseAfterMs, remindAfterMs, requestIntroduction } from "./introductions.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "203.0.113.7" };

type Route = { loader?: (args: never) => unknown; action?: (args: never) => unknown };

async function call(route: Route, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string, form: Record<string, string | string[]> = {}) {
  const cookie = await signedInCookie(database.prisma, userId);
  const request = makeRequest(path, { method, cookie, form });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

/** An active member with an admin (who answers its introductions) and a twinning profile. */
async function member(prisma: PrismaClient, profile: { offers?: string[]; seeks?: string[]; languages?: string[]; hostCapacity?: number; hostMonths?: number[] } = {}, options: { status?: "active" | "suspended"; language?: string; name?: string } = {}) {
  const organisation = await createOrganisation(prisma, { status: options.status ?? "active", ...(options.name ? { name: options.name } : {}), publicEmail: "hello@example.org", website: "https://example.org" });
  const admin = await createPerson(prisma, { preferredLanguage: options.language ?? "en" });
  await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
  await prisma.twinningProfile.create({
    data: { organisationId: organisation.id, offers: profile.offers ?? [], seeks: profile.seeks ?? [], languages: profile.languages ?? ["en"], hostCapacity: profile.hostCapacity ?? 0, hostMonths: profile.hostMonths ?? [] },
  });
  return { organisation, admin };
}

const pagePath = (slug: string) => `/en/organisations/${slug}/twinning`;
const pageParams = (slug: string) => ({ lang: "en", slug });

type Page = {
  suggestions: { id: string; name: string; reasons: { kind: string }[] }[];
  introductions: { id: string; status: string; direction: string; canAnswer: boolean; contact: { publicEmail: string | null; admins: { email: string }[] } | null }[];
};

async function pageOf(who: { organisation: { slug: string }; admin: { id: string } }) {
  const outcome = await call(twinningRoute, "GET", pagePath(who.organisation.slug), pageParams(who.organisation.slug), who.admin.id);
  expect(outcome.status).toBe(200);
  return outcome.data as Page;
}

describe("the twinning profile", () => {
  test("an admin saves what the organisation offers and seeks, its languages and when it can host", async () => {
    const { organisation, admin } = await member(database.prisma);
    const outcome = await call(twinningRoute, "POST", pagePath(organisation.slug), pageParams(organisation.slug), admin.id, {
      intent: "save-profile",
      offers: ["peer-support", "housing"],
      seeks: ["crisis-response"],
      languages: ["fr", "it"],
      hostCapacity: "4",
      hostMonths: ["3", "4", "5"],
    });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe(`${pagePath(organisation.slug)}?notice=saved`);
    expect(await database.prisma.twinningProfile.findUniqueOrThrow({ where: { organisationId: organisation.id } })).toMatchObject({
      offers: ["peer-support", "housing"],
      seeks: ["crisis-response"],
      languages: ["fr", "it"],
      hostCapacity: 4,
      hostMonths: [3, 4, 5],
      updatedById: admin.id,
    });
    expect(await database.prisma.auditEvent.count({ where: { action: "twinning.profile_updated", organisationId: organisation.id } })).toBe(1);
  });

  test("a refused profile keeps what was typed and ticked, says why, and changes nothing", async () => {
    const { organisation, admin } = await member(database.prisma, { offers: ["advocacy"] });
    const outcome = await call(twinningRoute, "POST", pagePath(organisation.slug), pageParams(organisation.slug), admin.id, {
      intent: "save-profile",
      offers: ["peer-support", "no-such-theme"],
      languages: ["fr"],
      hostCapacity: "-2",
      hostMonths: ["6", "13"],
    });
    expect(outcome.status).toBe(400);
    const reply = outcome.data as { form: string; result: { error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(reply.form).toBe("twinning-profile");
    expect(reply.result.error).toMatchObject({ offers: ["invalidChoice"], hostCapacity: ["twinning_hostCapacity:30"], hostMonths: ["invalidChoice"] });
    expect(reply.result.initialValue).toMatchObject({ offers: ["peer-support", "no-such-theme"], languages: "fr", hostCapacity: "-2" });
    expect((await database.prisma.twinningProfile.findUniqueOrThrow({ where: { organisationId: organisation.id } })).offers).toEqual(["advocacy"]);
  });

  test("a member without the editor or admin role may not open the page or save the profile", async () => {
    const { organisation } = await member(database.prisma);
    const reader = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: reader.id, role: "member" } });
    expect((await call(twinningRoute, "GET", pagePath(organisation.slug), pageParams(organisation.slug), reader.id)).status).toBe(403);
    expect((await call(twinningRoute, "POST", pagePath(organisation.slug), pageParams(organisation.slug), reader.id, { intent: "save-profile", languages: "en", hostCapacity: "0" })).status).toBe(403);
  });
});

describe("suggested partners", () => {
  test("other active members are ranked with their reasons, leaving out non-active members and those already twinned", async () => {
    const you = await member(database.prisma, { offers: ["hearing-voices"], seeks: ["work-and-education"], languages: ["sv", "en"] });
    const good = await member(database.prisma, { offers: ["work-and-education"], seeks: ["hearing-voices"], languages: ["sv"], hostCapacity: 3, hostMonths: [6, 7, 8] });
    const fair = await member(database.prisma, { offers: ["work-and-education"], languages: ["en"] });
    const suspended = await member(database.prisma, { offers: ["work-and-education"], seeks: ["hearing-voices"], languages: ["sv"] }, { status: "suspended" });
    const twinned = await member(database.prisma, { offers: ["work-and-education"], seeks: ["hearing-voices"], languages: ["sv"] });
    await database.prisma.twinningAgreement.create({ data: { organisationAId: twinned.organisation.id, organisationBId: you.organisation.id, status: "active" } });

    const ids = (await pageOf(you)).suggestions.map((suggestion) => suggestion.id);
    expect(ids.indexOf(good.organisation.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(good.organisation.id)).toBeLessThan(ids.indexOf(fair.organisation.id));
    expect(ids).not.toContain(suspended.organisation.id);
    expect(ids).not.toContain(twinned.organisation.id);
    expect(ids).not.toContain(you.organisation.id);
    const first = (await pageOf(you)).suggestions.find((suggestion) => suggestion.id === good.organisation.id)!;
    expect(first.reasons.map((reason) => reason.kind)).toEqual(["offersWhatYouSeek", "seeksWhatYouOffer", "sharedLanguages", "canHost"]);
  });

  test("the dashboard shows the best three, with their reasons", async () => {
    const you = await member(database.prisma, { offers: ["management-of-change"], seeks: ["deinstitutionalisation"] });
    await Promise.all([1, 2, 3, 4].map(() => member(database.prisma, { offers: ["deinstitutionalisation"], seeks: ["management-of-change"] })));
    const outcome = await call(dashboardRoute, "GET", `/en/organisations/${you.organisation.slug}`, pageParams(you.organisation.slug), you.admin.id);
    const twinning = (outcome.data as { twinning: { partners: { reasons: { kind: string }[] }[] } }).twinning;
    expect(twinning.partners).toHaveLength(3);
    expect(twinning.partners[0]!.reasons[0]).toMatchObject({ kind: "offersWhatYouSeek" });
  });

  test("an ended agreement does not keep a partner out of the suggestions", async () => {
    const you = await member(database.prisma, { offers: ["anti-stigma"], seeks: ["advocacy"] });
    const former = await member(database.prisma, { offers: ["advocacy"], seeks: ["anti-stigma"] });
    await database.prisma.twinningAgreement.create({ data: { organisationAId: you.organisation.id, organisationBId: former.organisation.id, status: "completed" } });
    expect((await pageOf(you)).suggestions.map((suggestion) => suggestion.id)).toContain(former.organisation.id);
  });

  test("the filters keep only partners who can host, in the chosen country", async () => {
    const you = await member(database.prisma, { seeks: ["families-and-carers"] });
    const hosts = await member(database.prisma, { offers: ["families-and-carers"], hostCapacity: 2, hostMonths: [10] });
    const cannotHost = await member(database.prisma, { offers: ["families-and-carers"] });
    const path = `${pagePath(you.organisation.slug)}?canHost=on&country=IT&theme=families-and-carers`;
    const outcome = await call(twinningRoute, "GET", path, pageParams(you.organisation.slug), you.admin.id);
    const ids = (outcome.data as Page).suggestions.map((suggestion) => suggestion.id);
    expect(ids).toContain(hosts.organisation.id);
    expect(ids).not.toContain(cannotHost.organisation.id);
    const elsewhere = await call(twinningRoute, "GET", `${pagePath(you.organisation.slug)}?country=SE`, pageParams(you.organisation.slug), you.admin.id);
    expect((elsewhere.data as Page).suggestions.map((suggestion) => suggestion.id)).not.toContain(hosts.organisation.id);
  });
});

describe("asking for an introduction", () => {
  test("the organisation asked is emailed in its admin's language, and answers on its page; contact details appear once it accepts", async () => {
    const asking = await member(database.prisma, { seeks: ["housing"] });
    const asked = await member(database.prisma, { offers: ["housing"] }, { language: "fr" });
    const requested = await call(twinningRoute, "POST", pagePath(asking.organisation.slug), pageParams(asking.organisation.slug), asking.admin.id, {
      intent: "request",
      partnerId: asked.organisation.id,
      message: "We would like to learn\nhow you run your flats.",
    });
    expect(requested.location).toBe(`${pagePath(asking.organisation.slug)}?notice=requested`);
    const mail = await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: asked.admin.email! } });
    expect(mail).toMatchObject({ language: "fr" });
    expect(mail.subject).toContain(asking.organisation.name);
    expect(mail.text).toContain("how you run your flats.");

    const outgoing = (await pageOf(asking)).introductions[0]!;
    expect(outgoing).toMatchObject({ direction: "outgoing", status: "open", canAnswer: false, contact: null });
    const incoming = (await pageOf(asked)).introductions[0]!;
    expect(incoming).toMatchObject({ direction: "incoming", status: "open", canAnswer: true, contact: null });

    const accepted = await call(twinningRoute, "POST", pagePath(asked.organisation.slug), pageParams(asked.organisation.slug), asked.admin.id, {
      intent: "answer",
      introductionId: incoming.id,
      answer: "accepted",
    });
    expect(accepted.location).toBe(`${pagePath(asked.organisation.slug)}?notice=accepted`);
    const seenByAsking = (await pageOf(asking)).introductions[0]!;
    expect(seenByAsking.status).toBe("accepted");
    expect(seenByAsking.contact).toMatchObject({ publicEmail: "hello@example.org", admins: [{ email: asked.admin.email }] });
    expect((await pageOf(asked)).introductions[0]!.contact).toMatchObject({ admins: [{ email: asking.admin.email }] });
    expect(await database.prisma.outboxEmail.count({ where: { to: asking.admin.email!, subject: { startsWith: "Introduction accepted" } } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { action: "twinning.introduction_answered", details: { path: ["introduction"], equals: incoming.id } } })).toBe(1);
  });

  test("a declined request closes, and shows no contact details to either side", async () => {
    const asking = await member(database.prisma, { seeks: ["advocacy"] });
    const asked = await member(database.prisma, { offers: ["advocacy"] });
    const result = await requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: asked.organisation.id, actorId: asking.admin.id }, origin);
    expect(result.ok).toBe(true);
    const id = result.ok ? result.introductionId : "";
    const declined = await call(twinningRoute, "POST", pagePath(asked.organisation.slug), pageParams(asked.organisation.slug), asked.admin.id, { intent: "answer", introductionId: id, answer: "declined" });
    expect(declined.location).toContain("notice=declined");
    expect((await pageOf(asking)).introductions[0]).toMatchObject({ status: "declined", contact: null });
    const again = await call(twinningRoute, "POST", pagePath(asked.organisation.slug), pageParams(asked.organisation.slug), asked.admin.id, { intent: "answer", introductionId: id, answer: "accepted" });
    expect(again).toMatchObject({ status: 400, data: { error: "twinning_alreadyAnswered" } });
  });

  test("an organisation has at most three open requests; the fourth is refused with a message, and nothing is stored", async () => {
    const asking = await member(database.prisma);
    const partners = await Promise.all([1, 2, 3, 4].map(() => member(database.prisma)));
    for (const partner of partners.slice(0, 3)) {
      expect((await requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: partner.organisation.id, actorId: asking.admin.id }, origin)).ok).toBe(true);
    }
    const fourth = await call(twinningRoute, "POST", pagePath(asking.organisation.slug), pageParams(asking.organisation.slug), asking.admin.id, { intent: "request", partnerId: partners[3]!.organisation.id });
    expect(fourth).toMatchObject({ status: 400, data: { error: "twinning_tooManyRequests" } });
    expect(await database.prisma.twinningIntroduction.count({ where: { organisationAId: asking.organisation.id } })).toBe(3);
  });

  test("withdrawing an open request frees its place among the three; the other side cannot withdraw it", async () => {
    const asking = await member(database.prisma);
    const partners = await Promise.all([1, 2, 3, 4].map(() => member(database.prisma)));
    for (const partner of partners.slice(0, 3)) await requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: partner.organisation.id, actorId: asking.admin.id }, origin);
    const first = (await pageOf(asking)).introductions.find((row) => row.status === "open")!;
    const byOtherSide = await call(twinningRoute, "POST", pagePath(partners[0]!.organisation.slug), pageParams(partners[0]!.organisation.slug), partners[0]!.admin.id, { intent: "withdraw", introductionId: first.id });
    expect(byOtherSide).toMatchObject({ status: 400, data: { error: "twinning_introductionGone" } });
    const withdrawn = await call(twinningRoute, "POST", pagePath(asking.organisation.slug), pageParams(asking.organisation.slug), asking.admin.id, { intent: "withdraw", introductionId: first.id });
    expect(withdrawn.location).toContain("notice=withdrawn");
    expect((await database.prisma.twinningIntroduction.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("withdrawn");
    expect((await requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: partners[3]!.organisation.id, actorId: asking.admin.id }, origin)).ok).toBe(true);
  });

  test("two requests sent at the same moment beyond the cap make three, never four", async () => {
    const asking = await member(database.prisma);
    const partners = await Promise.all([1, 2, 3, 4].map(() => member(database.prisma)));
    await requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: partners[0]!.organisation.id, actorId: asking.admin.id }, origin);
    await requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: partners[1]!.organisation.id, actorId: asking.admin.id }, origin);
    const results = await Promise.all(
      partners.slice(2).map((partner) => requestIntroduction(database.prisma, { organisationId: asking.organisation.id, partnerId: partner.organisation.id, actorId: asking.admin.id }, origin)),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.prisma.twinningIntroduction.count({ where: { organisationAId: asking.organisation.id, status: "open" } })).toBe(3);
  });

  test("a second open introduction of the same pair, either way round, is refused with a message", async () => {
    const one = await member(database.prisma);
    const other = await member(database.prisma);
    await requestIntroduction(database.prisma, { organisationId: one.organisation.id, partnerId: other.organisation.id, actorId: one.admin.id }, origin);
    const reverse = await call(twinningRoute, "POST", pagePath(other.organisation.slug), pageParams(other.organisation.slug), other.admin.id, { intent: "request", partnerId: one.organisation.id });
    expect(reverse).toMatchObject({ status: 400, data: { error: "twinning_introductionOpen" } });
  });

  test("an introduction to a member already twinned with, or not active, is refused", async () => {
    const one = await member(database.prisma);
    const twinned = await member(database.prisma);
    const suspended = await member(database.prisma, {}, { status: "suspended" });
    await database.prisma.twinningAgreement.create({ data: { organisationAId: one.organisation.id, organisationBId: twinned.organisation.id, status: "draft" } });
    expect(await requestIntroduction(database.prisma, { organisationId: one.organisation.id, partnerId: twinned.organisation.id, actorId: one.admin.id }, origin)).toEqual({ ok: false, error: "twinning_alreadyTwinned" });
    expect(await requestIntroduction(database.prisma, { organisationId: one.organisation.id, partnerId: suspended.organisation.id, actorId: one.admin.id }, origin)).toEqual({ ok: false, error: "twinning_notActive" });
  });
});

describe("a coordinator's introduction", () => {
  test("both sides are emailed in their own language, and contact details stay hidden until both have accepted", async () => {
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const italian = await member(database.prisma, { offers: ["co-production"], seeks: ["human-rights"] }, { language: "it" });
    const swedish = await member(database.prisma, { offers: ["human-rights"], seeks: ["co-production"] }, { language: "sv" });

    const page = await call(coordinationRoute, "GET", "/en/coordination/twinning", { lang: "en" }, coordinator.id);
    const pairs = (page.data as { pairs: { a: { id: string }; b: { id: string } }[] }).pairs;
    const pair = pairs.find((one) => [one.a.id, one.b.id].sort().join() === [italian.organisation.id, swedish.organisation.id].sort().join());
    expect(pair).toBeDefined();

    const introduced = await call(coordinationRoute, "POST", "/en/coordination/twinning", { lang: "en" }, coordinator.id, {
      intent: "introduce",
      organisationAId: italian.organisation.id,
      organisationBId: swedish.organisation.id,
      message: "You work on the same questions.",
    });
    expect(introduced.location).toBe("/en/coordination/twinning?notice=introduced");
    expect(await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: italian.admin.email! } })).toMatchObject({ language: "it" });
    expect(await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: swedish.admin.email! } })).toMatchObject({ language: "sv" });
    expect((await database.prisma.outboxEmail.findFirstOrThrow({ where: { to: italian.admin.email! } })).text).toMatch(/^Gentile /);

    const id = (await pageOf(italian)).introductions[0]!.id;
    await call(twinningRoute, "POST", pagePath(italian.organisation.slug), pageParams(italian.organisation.slug), italian.admin.id, { intent: "answer", introductionId: id, answer: "accepted" });
    expect((await pageOf(italian)).introductions[0]).toMatchObject({ status: "open", contact: null });
    expect((await pageOf(swedish)).introductions[0]).toMatchObject({ status: "open", canAnswer: true, contact: null });
    await call(twinningRoute, "POST", pagePath(swedish.organisation.slug), pageParams(swedish.organisation.slug), swedish.admin.id, { intent: "answer", introductionId: id, answer: "accepted" });
    expect((await pageOf(italian)).introductions[0]!.contact).toMatchObject({ admins: [{ email: swedish.admin.email }] });
    expect(await database.prisma.auditEvent.count({ where: { action: "twinning.introduced", actorId: coordinator.id } })).toBe(1);
  });

  test("an organisation's admin may not open the coordinators' page", async () => {
    const { admin } = await member(database.prisma);
    expect((await call(coordinationRoute, "GET", "/en/coordination/twinning", { lang: "en" }, admin.id)).status).toBe(403);
  });
});

describe("reminder and lapse", () => {
  test("unanswered after a week, the side that has not answered is reminded once; after two weeks the introduction lapses and both sides are told", async () => {
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const a = await member(database.prisma);
    const b = await member(database.prisma, {}, { language: "es" });
    // Made eight days ago, so the coordinators' page (on the real clock) finds it past the reminder.
    const start = new Date(Math.floor(Date.now() / 1000) * 1000 - remindAfterMs - 24 * 60 * 60 * 1000);
    const result = await introduceOrganisations(database.prisma, { organisationAId: a.organisation.id, organisationBId: b.organisation.id, actorId: coordinator.id, now: start }, origin);
    if (!result.ok) throw new Error(result.error);
    const id = result.introductionId;
    const scheduled = await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "twinning.introduction-follow-up", key: `${id}:remind` } });
    expect(scheduled.runAt).toEqual(new Date(start.getTime() + remindAfterMs));

    await database.prisma.twinningIntroduction.update({ where: { id }, data: { answerA: "accepted", answeredAAt: start } });
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(await database.prisma.$transaction((tx) => followUpIntroduction(tx, id, at(remindAfterMs - 1000)))).toBeNull();
    expect(await database.prisma.$transaction((tx) => followUpIntroduction(tx, id, at(remindAfterMs + 1000)))).toBe("reminded");
    expect(await database.prisma.$transaction((tx) => followUpIntroduction(tx, id, at(remindAfterMs + 2000)))).toBe("reminded");
    const reminders = await database.prisma.outboxEmail.findMany({ where: { to: { in: [a.admin.email!, b.admin.email!] }, OR: [{ subject: { startsWith: "Reminder" } }, { subject: { startsWith: "Recordatorio" } }] } });
    expect(reminders.map((mail) => mail.to)).toEqual([b.admin.email]);
    expect(await database.prisma.scheduledJob.count({ where: { kind: "twinning.introduction-follow-up", key: `${id}:lapse`, runAt: at(lapseAfterMs) } })).toBe(1);

    // Shown to coordinators as unanswered, naming who did not answer.
    const page = await call(coordinationRoute, "GET", "/en/coordination/twinning", { lang: "en" }, coordinator.id);
    expect((page.data as { unanswered: { id: string; notAnswered: string[] }[] }).unanswered.find((row) => row.id === id)?.notAnswered).toEqual([b.organisation.name]);

    expect(await database.prisma.$transaction((tx) => followUpIntroduction(tx, id, at(lapseAfterMs)))).toBe("lapsed");
    expect(await database.prisma.twinningIntroduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "lapsed", closedAt: at(lapseAfterMs) });
    expect(await database.prisma.outboxEmail.count({ where: { to: a.admin.email!, subject: { startsWith: "Introduction lapsed" } } })).toBe(1);
    expect(await database.prisma.outboxEmail.count({ where: { to: b.admin.email!, language: "es", subject: { startsWith: "Presentación caducada" } } })).toBe(1);
    expect(await database.prisma.auditEvent.count({ where: { action: "twinning.introduction_lapsed", details: { path: ["introduction"], equals: id } } })).toBe(1);
    // Once closed, the timer does nothing more.
    expect(await database.prisma.$transaction((tx) => followUpIntroduction(tx, id, at(lapseAfterMs * 2)))).toBeNull();
  });

  test("the job runner, when the reminder is due, sends it: the job is listed with the portal's timed jobs", async () => {
    const a = await member(database.prisma);
    const b = await member(database.prisma);
    const eightDaysAgo = new Date(Date.now() - remindAfterMs - 24 * 60 * 60 * 1000);
    const result = await requestIntroduction(database.prisma, { organisationId: a.organisation.id, partnerId: b.organisation.id, actorId: a.admin.id, now: eightDaysAgo }, origin);
    if (!result.ok) throw new Error(result.error);
    await database.prisma.scheduledJob.updateMany({ where: { key: `${result.introductionId}:remind` }, data: { runAt: new Date(Date.now() - 1000) } });
    await runDueJobs(database.prisma, timedJobs);
    expect((await database.prisma.twinningIntroduction.findUniqueOrThrow({ where: { id: result.introductionId } })).remindedAt).not.toBeNull();
    expect(await database.prisma.outboxEmail.count({ where: { to: b.admin.email!, subject: { startsWith: "Reminder" } } })).toBe(1);
    expect(await database.prisma.outboxEmail.count({ where: { to: a.admin.email!, subject: { startsWith: "Reminder" } } })).toBe(0);
  });
});
