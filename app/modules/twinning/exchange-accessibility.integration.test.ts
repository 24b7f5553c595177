// axe-core on every exchange page as the server renders it (tests/setup/axe.ts), in the
// states a person meets them: a list, a planned exchange with its moves, a completed one
// with the report form, a reported one, a refused plan with its error summary, and a
// participant's own list.
import { expect, test } from "vitest";
import { createActiveAgreement } from "../../../tests/fixtures/active-agreement";
import { makeRequest, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { axeViolations } from "../../../tests/setup/axe";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { dayOf } from "./exchange.schemas";
import { completeExchange, confirmExchange, fileReport, planExchange } from "./exchanges.server";

const database = setUpTestDatabase();

async function page(path: string, userId: string, form?: Record<string, string>) {
  const request = makeRequest(path, { method: form ? "POST" : "GET", cookie: await signedInCookie(database.prisma, userId), form });
  const response = await answer(request, testContext);
  return { status: response.status, html: await response.text() };
}

test("no exchange page has an axe violation, in four languages, refused forms included", async () => {
  const twinning = await createActiveAgreement(database.prisma);
  const origin = { clientAddress: "" };
  const plan = (startsOn: string, endsOn: string, participant: string) =>
    planExchange(
      database.prisma,
      {
        agreementId: twinning.agreement.id,
        organisationId: twinning.a.organisation.id,
        actorId: twinning.a.editor.id,
        host: "partner",
        startsOn: dayOf(startsOn),
        endsOn: dayOf(endsOn),
        participantIds: [participant],
        objectives: "Learn how the night team works.\nBring back the checklist.",
        language: "en",
      },
      origin,
    );
  const planned = await plan("2027-03-08", "2027-03-12", twinning.a.staff[0]!.id);
  const visited = await plan("2027-04-08", "2027-04-12", twinning.a.staff[1]!.id);
  if (!planned.ok || !visited.ok) throw new Error("not planned");
  const by = (side: "a" | "b") => ({ agreementId: twinning.agreement.id, exchangeId: visited.exchangeId, organisationId: twinning[side].organisation.id, actorId: twinning[side].admin.id });
  await confirmExchange(database.prisma, by("b"), origin);
  await completeExchange(database.prisma, by("b"), origin, new Date("2027-04-10T10:00:00Z"));
  await fileReport(database.prisma, { ...by("b"), learned: "Peer workers on call.", willChange: "Our rota.", willShare: "The checklist.", language: "it" }, origin);

  const host = `/it/organisations/${twinning.b.organisation.slug}/twinning/agreements/${twinning.agreement.id}/exchanges`;
  const sending = `/fr/organisations/${twinning.a.organisation.slug}/twinning/agreements/${twinning.agreement.id}/exchanges`;
  const pages = [
    await page(host, twinning.b.admin.id),
    await page(`${host}/${planned.exchangeId}`, twinning.b.admin.id),
    await page(`${sending}/${visited.exchangeId}`, twinning.a.admin.id),
    await page(`${sending}/new`, twinning.a.editor.id),
    await page(`${sending}/new`, twinning.a.editor.id, { host: "partner", startsOn: "2027-03-08", endsOn: "2027-02-01", objectives: "" }),
    await page(`${sending}/${visited.exchangeId}`, twinning.a.admin.id, { intent: "report", learned: "", willChange: "x", willShare: "y", language: "fr" }),
    await page("/sv/account/exchanges", twinning.a.staff[1]!.id),
  ];
  expect(pages.map((shown) => shown.status)).toEqual([200, 200, 200, 200, 400, 400, 200]);
  const violations: string[] = [];
  for (const [index, shown] of pages.entries()) violations.push(...(await axeViolations(shown.html, "http://localhost/")).map((v) => `page ${index}: ${v}`));
  expect(violations).toEqual([]);
}, 120_000);

test("the check finds what it is there for: a field without a label, a skipped heading level", async () => {
  const twinning = await createActiveAgreement(database.prisma);
  const { html } = await page("/en/account/exchanges", twinning.a.staff[0]!.id);
  const broken = html.replace("</main>", '<input type="text"><h4>Skipped</h4></main>');
  const found = await axeViolations(broken, "http://localhost/");
  expect(found.some((violation) => violation.startsWith("label:"))).toBe(true);
  expect(found.some((violation) => violation.startsWith("heading-order:"))).toBe(true);
});
