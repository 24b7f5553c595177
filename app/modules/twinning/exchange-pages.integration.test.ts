// The exchange pages as a browser uses them: loaders and actions called with a signed-in
// person's cookie and a posted form.
import { describe, expect, test } from "vitest";
import * as myCertificateRoute from "~/routes/$lang.account.exchanges.$exchangeId.certificate";
import * as myExchangesRoute from "~/routes/$lang.account.exchanges._index";
import * as exchangeRoute from "~/routes/$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges.$exchangeId";
import * as certificateRoute from "~/routes/$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges.$exchangeId_.certificate.$userId";
import * as listRoute from "~/routes/$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges._index";
import * as newRoute from "~/routes/$lang.organisations.$slug.twinning_.agreements_.$agreementId_.exchanges.new";
import { createActiveAgreement, type ActiveAgreement } from "../../../tests/fixtures/active-agreement";
import { makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

type Route = { loader?: (args: never) => unknown; action?: (args: never) => unknown };

async function call(route: Route, method: "GET" | "POST", path: string, params: Record<string, string>, userId: string | null, form: Record<string, string | string[]> = {}) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  const request = makeRequest(path, { method, cookie, form });
  const run = method === "GET" ? route.loader! : route.action!;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

/** What a download gives the browser: the response itself (outcomeOf keeps only its status). */
async function downloaded(route: Route, path: string, params: Record<string, string>, userId: string) {
  const request = makeRequest(path, { cookie: await signedInCookie(database.prisma, userId) });
  return (await route.loader!({ request, params, context: testContext } as never)) as Response;
}

const pathsOf = (twinning: ActiveAgreement, side: "a" | "b") => {
  const slug = twinning[side].organisation.slug;
  const base = `/en/organisations/${slug}/twinning/agreements/${twinning.agreement.id}/exchanges`;
  return { base, params: { lang: "en", slug, agreementId: twinning.agreement.id } };
};

const plan = (twinning: ActiveAgreement, participants: string[]) => ({
  host: "partner",
  startsOn: "2027-03-08",
  endsOn: "2027-03-12",
  participants,
  objectives: "See the night team at work.\nBring back the handover checklist.",
  language: "en",
});

async function plannedThroughThePage(twinning: ActiveAgreement) {
  const { base, params } = pathsOf(twinning, "a");
  const outcome = await call(newRoute, "POST", `${base}/new`, params, twinning.a.editor.id, plan(twinning, [twinning.a.staff[0]!.id, twinning.a.staff[1]!.id]));
  expect(outcome.status).toBe(302);
  const exchangeId = /exchanges\/([^?]+)\?notice=planned$/.exec(outcome.location ?? "")?.[1];
  expect(exchangeId).toBeTruthy();
  return exchangeId!;
}

describe("planning through the pages", () => {
  test("the form offers both sides' people; a participant of the host side is refused at the field, keeping what was typed", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const { base, params } = pathsOf(twinning, "a");
    const form = await call(newRoute, "GET", `${base}/new`, params, twinning.a.editor.id);
    expect(form.status).toBe(200);
    expect((form.data as { people: unknown[] }).people).toHaveLength(12);
    const refused = await call(newRoute, "POST", `${base}/new`, params, twinning.a.editor.id, plan(twinning, [twinning.b.staff[0]!.id]));
    expect(refused.status).toBe(400);
    const reply = refused.data as { result: { error: Record<string, string[]>; initialValue: Record<string, string> } };
    expect(reply.result.error.participants).toEqual(["exchange_notOfSendingSide"]);
    expect(reply.result.initialValue.objectives).toBe("See the night team at work.\nBring back the handover checklist.");
    expect(await database.prisma.staffExchange.count({ where: { agreementId: twinning.agreement.id } })).toBe(0);
  });

  test("too many participants are refused with the agreement's cap in the message", async () => {
    const twinning = await createActiveAgreement(database.prisma, { groupSizeCap: 2 });
    const { base, params } = pathsOf(twinning, "a");
    const refused = await call(newRoute, "POST", `${base}/new`, params, twinning.a.editor.id, plan(twinning, twinning.a.staff.slice(0, 3).map((person) => person.id)));
    expect((refused.data as { result: { error: Record<string, string[]> } }).result.error.participants).toEqual(["exchange_aboveCap:2"]);
  });

  test("a plan leads to the exchange's page, which the list shows with its host and participants", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await plannedThroughThePage(twinning);
    const { base, params } = pathsOf(twinning, "a");
    const list = await call(listRoute, "GET", base, params, twinning.a.staff[3]!.id);
    expect(list.data).toMatchObject({ canPlan: false, exchanges: [{ id: exchangeId, status: "planned", host: twinning.b.organisation.name, participants: "2" }] });
    expect((await call(listRoute, "GET", base, params, twinning.a.editor.id)).data).toMatchObject({
      canPlan: true,
      eachWay: [
        { sending: twinning.a.organisation.name, host: twinning.b.organisation.name, planned: "1", sofar: "1" },
        { sending: twinning.b.organisation.name, host: twinning.a.organisation.name, planned: "1", sofar: "0" },
      ],
    });
  });

  test("a member, not an editor, cannot plan: the form is forbidden to them", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const { base, params } = pathsOf(twinning, "a");
    expect((await call(newRoute, "GET", `${base}/new`, params, twinning.a.staff[0]!.id)).status).toBe(403);
  });
});

describe("moving an exchange through its page", () => {
  test("the host's page offers the confirmation, the sending side's does not, and refuses it if posted", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await plannedThroughThePage(twinning);
    const a = pathsOf(twinning, "a");
    const b = pathsOf(twinning, "b");
    const sending = await call(exchangeRoute, "GET", `${a.base}/${exchangeId}`, { ...a.params, exchangeId }, twinning.a.admin.id);
    expect(sending.data).toMatchObject({ moves: { confirm: false, complete: false, cancel: true } });
    const host = await call(exchangeRoute, "GET", `${b.base}/${exchangeId}`, { ...b.params, exchangeId }, twinning.b.editor.id);
    expect(host.data).toMatchObject({ moves: { confirm: true, cancel: true } });
    const refused = await call(exchangeRoute, "POST", `${a.base}/${exchangeId}`, { ...a.params, exchangeId }, twinning.a.admin.id, { intent: "confirm" });
    expect(refused).toMatchObject({ status: 409, data: { error: "exchange_moveNotAllowed" } });
    const confirmed = await call(exchangeRoute, "POST", `${b.base}/${exchangeId}`, { ...b.params, exchangeId }, twinning.b.editor.id, { intent: "confirm" });
    expect(confirmed.location).toBe(`${b.base}/${exchangeId}?notice=confirmed`);
  });

  test("a cancellation without a reason is refused; with one, the exchange is cancelled and the page shows why", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await plannedThroughThePage(twinning);
    const { base, params } = pathsOf(twinning, "a");
    const path = `${base}/${exchangeId}`;
    const refused = await call(exchangeRoute, "POST", path, { ...params, exchangeId }, twinning.a.admin.id, { intent: "cancel", reason: "  " });
    expect((refused.data as { result: { error: Record<string, string[]> } }).result.error.reason).toEqual(["required"]);
    const cancelled = await call(exchangeRoute, "POST", path, { ...params, exchangeId }, twinning.a.admin.id, { intent: "cancel", reason: "Our team is short-staffed in March." });
    expect(cancelled.location).toBe(`${path}?notice=cancelled`);
    expect((await call(exchangeRoute, "GET", path, { ...params, exchangeId }, twinning.a.staff[0]!.id)).data).toMatchObject({
      exchange: { status: "cancelled", cancelReason: "Our team is short-staffed in March." },
      moves: { confirm: false, complete: false, cancel: false },
    });
  });

  test("once it has taken place each side files its report; the other side's shows only when both are in", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await plannedThroughThePage(twinning);
    await database.prisma.staffExchange.update({ where: { id: exchangeId }, data: { status: "completed" } });
    const a = pathsOf(twinning, "a");
    const b = pathsOf(twinning, "b");
    const report = { intent: "report", learned: "Night handovers.", willChange: "Our rota.", willShare: "The checklist.", language: "en" };
    expect((await call(exchangeRoute, "GET", `${a.base}/${exchangeId}`, { ...a.params, exchangeId }, twinning.a.editor.id)).data).toMatchObject({ canReport: true });
    const first = await call(exchangeRoute, "POST", `${a.base}/${exchangeId}`, { ...a.params, exchangeId }, twinning.a.editor.id, report);
    expect(first.location).toMatch(/notice=reportFiled$/);
    const again = await call(exchangeRoute, "POST", `${a.base}/${exchangeId}`, { ...a.params, exchangeId }, twinning.a.admin.id, report);
    expect(again.status).toBe(409);
    expect((again.data as { result: { error: Record<string, string[]> } }).result.error[""]).toEqual(["exchange_alreadyReported"]);
    expect((await call(exchangeRoute, "GET", `${b.base}/${exchangeId}`, { ...b.params, exchangeId }, twinning.b.editor.id)).data).toMatchObject({ canReport: true, reports: [] });
    const second = await call(exchangeRoute, "POST", `${b.base}/${exchangeId}`, { ...b.params, exchangeId }, twinning.b.editor.id, { ...report, learned: "Peer workers on call." });
    expect(second.location).toMatch(/notice=reported$/);
    const page = await call(exchangeRoute, "GET", `${b.base}/${exchangeId}`, { ...b.params, exchangeId }, twinning.b.staff[0]!.id);
    expect(page.data).toMatchObject({ exchange: { status: "reported" }, canReport: false });
    expect((page.data as { reports: { learned: string }[] }).reports.map((r) => r.learned)).toEqual(["Night handovers.", "Peer workers on call."]);
  });
});

describe("who may see an exchange", () => {
  test("another organisation's admin gets 404 through their own address, and 403 through the parties'", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const other = await createActiveAgreement(database.prisma);
    const exchangeId = await plannedThroughThePage(twinning);
    const outsider = other.a.admin.id;
    const own = { lang: "en", slug: other.a.organisation.slug, agreementId: twinning.agreement.id };
    const ownPath = `/en/organisations/${own.slug}/twinning/agreements/${twinning.agreement.id}/exchanges`;
    expect((await call(listRoute, "GET", ownPath, own, outsider)).status).toBe(404);
    expect((await call(exchangeRoute, "GET", `${ownPath}/${exchangeId}`, { ...own, exchangeId }, outsider)).status).toBe(404);
    expect((await call(exchangeRoute, "POST", `${ownPath}/${exchangeId}`, { ...own, exchangeId }, outsider, { intent: "confirm" })).status).toBe(404);
    const { base, params } = pathsOf(twinning, "a");
    expect((await call(exchangeRoute, "GET", `${base}/${exchangeId}`, { ...params, exchangeId }, outsider)).status).toBe(403);
    // Their own agreement's address with this exchange's id: not found either.
    const theirs = pathsOf(other, "a");
    expect((await call(exchangeRoute, "GET", `${theirs.base}/${exchangeId}`, { ...theirs.params, exchangeId }, outsider)).status).toBe(404);
  });
});

describe("certificates", () => {
  test("a participant finds the exchange on their account and downloads the certificate once it has taken place, in the page's language; nobody else can", async () => {
    const twinning = await createActiveAgreement(database.prisma, {}, { a: [{ name: "Zofia Łukasiewicz", preferredLanguage: "it" }] });
    const exchangeId = await plannedThroughThePage(twinning);
    const participant = twinning.a.staff[0]!.id;
    const certificatePath = `/fr/account/exchanges/${exchangeId}/certificate`;
    const params = { lang: "fr", exchangeId };
    expect((await call(myCertificateRoute, "GET", certificatePath, params, participant)).status).toBe(404);
    const mine = await call(myExchangesRoute, "GET", "/fr/account/exchanges", { lang: "fr" }, participant);
    expect(mine.data).toMatchObject({
      exchanges: [{ id: exchangeId, status: "planned", certificate: false, place: "Kraków, Pologne", page: `/fr/organisations/${twinning.a.organisation.slug}/twinning/agreements/${twinning.agreement.id}/exchanges/${exchangeId}` }],
    });

    await database.prisma.staffExchange.update({ where: { id: exchangeId }, data: { status: "completed" } });
    const response = await downloaded(myCertificateRoute, certificatePath, params, participant);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const { text } = await pdfPages(await response.arrayBuffer());
    expect(text).toContain("Attestation de participation");
    expect(text).toContain("Zofia Łukasiewicz");
    expect((await call(myCertificateRoute, "GET", certificatePath, params, twinning.a.staff[2]!.id)).status).toBe(404);
    expect((await call(myCertificateRoute, "GET", certificatePath, params, twinning.b.admin.id)).status).toBe(404);
  });

  test("an admin of either side downloads a participant's certificate in the participant's language; an editor may not", async () => {
    const twinning = await createActiveAgreement(database.prisma, {}, { a: [{ name: "Zofia Łukasiewicz", preferredLanguage: "it" }] });
    const exchangeId = await plannedThroughThePage(twinning);
    await database.prisma.staffExchange.update({ where: { id: exchangeId }, data: { status: "reported" } });
    const { base, params } = pathsOf(twinning, "b");
    const participant = twinning.a.staff[0]!.id;
    const path = `${base}/${exchangeId}/certificate/${participant}`;
    const all = { ...params, exchangeId, userId: participant };
    const download = await downloaded(certificateRoute, path, all, twinning.b.admin.id);
    expect(download.status).toBe(200);
    expect((await pdfPages(await download.arrayBuffer())).text).toContain("Attestato di partecipazione");
    expect((await call(certificateRoute, "GET", path, all, twinning.b.editor.id)).status).toBe(403);
    const stranger = twinning.a.staff[3]!.id;
    expect((await call(certificateRoute, "GET", `${base}/${exchangeId}/certificate/${stranger}`, { ...all, userId: stranger }, twinning.b.admin.id)).status).toBe(404);
  });
});

describe("the pages as rendered", () => {
  /** The page's HTML as the browser gets it, from the whole app. */
  async function html(path: string, userId: string) {
    const response = await answer(new Request(`http://localhost${path}`, { headers: { Cookie: await signedInCookie(database.prisma, userId) } }), testContext);
    expect(response.status, path).toBe(200);
    return response.text();
  }
  /** Heading levels in order: none skipped going down. */
  const headingsInOrder = (page: string) => {
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    return levels[0] === 1 && levels.every((level, index) => index === 0 || level <= levels[index - 1]! + 1);
  };

  test("in Italian, the plan form labels every field and works as a plain form; the host's page offers its moves, with the English objectives marked as English", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await plannedThroughThePage(twinning);
    const a = pathsOf(twinning, "a");
    const form = await html(`${a.base.replace("/en/", "/it/")}/new`, twinning.a.editor.id);
    expect(form).toContain("<h1>Prevedi uno scambio di personale</h1>");
    expect(form).toMatch(/<form[^>]*method="post"/);
    // Every field has a label pointing to it, but the checkboxes, each inside its own label.
    const fields = [...form.matchAll(/<(input|textarea|select)([^>]*)>/g)].filter((match) => !/type="checkbox"/.test(match[2]!));
    for (const id of fields.map((match) => /\sid="([^"]+)"/.exec(match[2]!)?.[1]).filter((id) => id && id.startsWith("plan-exchange"))) {
      expect(form, `a label for ${id}`).toContain(`for="${id}"`);
    }
    expect(form).toMatch(/<label class="checkbox"><input id="plan-exchange-participants"/);
    expect(headingsInOrder(form)).toBe(true);
    const b = pathsOf(twinning, "b");
    const page = await html(`${b.base.replace("/en/", "/it/")}/${exchangeId}`, twinning.b.admin.id);
    expect(page).toContain("Conferma lo scambio");
    expect(page).toMatch(/<p class="pre-line" lang="en">See the night team at work/);
    expect(headingsInOrder(page)).toBe(true);
    const list = await html(b.base.replace("/en/", "/sv/"), twinning.b.staff[0]!.id);
    expect(list).toContain("Planerat, väntar på värdens bekräftelse");
  });

  test("a participant's account lists the exchange, and the account navigation leads there", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    await plannedThroughThePage(twinning);
    const page = await html("/es/account/exchanges", twinning.a.staff[0]!.id);
    expect(page).toContain('href="/es/account/exchanges"');
    expect(page).toContain("<h1>Mis intercambios de personal</h1>");
    expect(page).toContain("Después de la visita");
  });
});
