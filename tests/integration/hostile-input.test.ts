// Hostile and malformed input to the account forms: always a clear 4xx with a message key,
// never a 500, and nothing stored changes.
import { describe, expect, test } from "vitest";
import * as confirmEmailRoute from "~/routes/$lang.confirm-email";
import * as profileRoute from "~/routes/$lang.account._index";
import * as dataRoute from "~/routes/$lang.account.data";
import * as peopleRoute from "~/routes/$lang.organisations.$slug.people";
import * as resetRoute from "~/routes/$lang.reset-password";
import * as signInRoute from "~/routes/$lang.sign-in";
import * as signUpRoute from "~/routes/$lang.sign-up";
import * as charterVersionRoute from "~/routes/$lang.admin.charter.$number";
import * as auditRoute from "~/routes/$lang.admin.audit";
import * as adminPeopleRoute from "~/routes/$lang.admin.people";
import * as expertSearchRoute from "~/routes/$lang.coordination.experts";
import { renderEmail } from "~/mechanisms/email/email-templates.server";
import { createOrganisation } from "../fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext, testPassword } from "../fixtures/people";
import { setUpTestDatabase } from "../setup/set-up-test-database";

const database = setUpTestDatabase();
const params = { lang: "fr" };

type Form = Record<string, string | string[]>;
type Action = (args: { request: Request; params: Record<string, string>; context: typeof testContext }) => unknown;

function post(action: Action, path: string, form: Form, cookie?: string, routeParams: Record<string, string> = params) {
  return outcomeOf(() => action({ request: makeRequest(path, { method: "POST", form, cookie }), params: routeParams, context: testContext }));
}

/** The field errors of a refused form: Conform's reply, alone or inside a FormReply (`{ form, result }`). */
function errorsOf(data: unknown) {
  type ConformReply = { error?: Record<string, string[]> };
  const reply = data as (ConformReply & { result?: ConformReply }) | null;
  return (reply?.result ?? reply)?.error ?? {};
}

describe("sign-up", () => {
  test("overlong fields are refused with a message, and no account is made", async () => {
    const outcome = await post(signUpRoute.action, "/fr/sign-up", {
      name: "x".repeat(10_000),
      email: `${"a".repeat(300)}@example.org`,
      password: "p".repeat(5000),
    });
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome.data)).toEqual({ name: ["tooLong:120"], email: ["tooLong:254"], password: ["tooLong:200"] });
    expect(await database.prisma.user.count()).toBe(0);
  });

  test("what was typed comes back, except the password", async () => {
    const outcome = await post(signUpRoute.action, "/fr/sign-up", { name: "Zoé", email: "not-an-email", password: "secret-but-short" });
    expect(outcome.status).toBe(400);
    const reply = (outcome.data as { result: { initialValue: Record<string, unknown> } }).result;
    expect(reply.initialValue).toMatchObject({ name: "Zoé", email: "not-an-email" });
    expect(reply.initialValue).not.toHaveProperty("password");
  });

  test("two values for one field, or none, are refused", async () => {
    const outcome = await post(signUpRoute.action, "/fr/sign-up", { name: ["a", "b"], email: ["a@example.org", "b@example.org"], password: [] });
    expect(outcome.status).toBe(400);
    expect(await database.prisma.user.count()).toBe(0);
  });

  test("a filled-in honeypot is refused", async () => {
    const outcome = await post(signUpRoute.action, "/fr/sign-up", {
      name: "Bot",
      email: "bot@example.org",
      password: "a long passphrase",
      website: "http://spam.example",
    });
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome.data)[""]).toEqual(["formRejected"]);
    expect(await database.prisma.user.count()).toBe(0);
  });

  test("a common password is refused", async () => {
    const outcome = await post(signUpRoute.action, "/fr/sign-up", { name: "A", email: "a@example.org", password: "iloveyou123" });
    expect(errorsOf(outcome.data)).toEqual({ password: ["passwordCommon"] });
  });

  test("markup in a name is mailed as text, never as HTML", async () => {
    const email = await renderEmail("fr", "confirmEmail", "x@example.org", { name: "<script>alert(1)</script>", link: "https://x.example/?a=1&b=2" });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&#60;script&#62;");
    expect(email.html).toContain("a=1&#38;b=2");
  });
});

test("a body that is not a form is a 400, not a 500", async () => {
  const request = new Request("http://localhost/fr/sign-in", {
    method: "POST",
    headers: { "Content-Type": "multipart/form-data; boundary=nothing" },
    body: "this is not multipart",
  });
  const outcome = await outcomeOf(() => signInRoute.action({ request, params, context: testContext }));
  expect(outcome.status).toBe(400);
});

describe("links from emails", () => {
  test("a made-up, malformed or replayed token gets a message, not a 500", async () => {
    for (const token of ["", "abc", "<script>", "A".repeat(43), "A".repeat(5000)]) {
      const outcome = await post(confirmEmailRoute.action, "/fr/confirm-email", { token });
      expect(outcome.status).toBe(400);
      expect(outcome.data).toEqual({ form: "page", error: "invalidLink" });
    }
    const reset = await post(resetRoute.action, "/fr/reset-password", { token: "A".repeat(43), password: "a long passphrase" });
    expect(reset.status).toBe(400);
    expect(errorsOf(reset.data)[""]).toEqual(["invalidLink"]);
  });
});

describe("sign-in", () => {
  test("only ever sends people back to a page of this site", async () => {
    const person = await createPerson(database.prisma);
    const outcome = await post(signInRoute.action, "/fr/sign-in", {
      email: person.email!,
      password: testPassword,
      redirectTo: "//evil.example/phish",
    });
    expect(outcome).toMatchObject({ status: 302, location: "/fr/account" });
  });

  test("a signed-in person opening sign-in with a return address that resolves to another host stays on the site", async () => {
    const person = await createPerson(database.prisma);
    const cookie = await signedInCookie(database.prisma, person.id);
    // As they arrive in the address bar (the query string is decoded once by the page).
    for (const redirectTo of ["/.//evil.example", "/en/../..//evil.example", "/%2E//evil.example", "/a/..//evil.example", "/%2e%2e/%2f%2fevil.example"]) {
      const request = makeRequest(`/en/sign-in?redirectTo=${redirectTo}`, { cookie });
      const outcome = await outcomeOf(() => signInRoute.loader({ request, params: { lang: "en" }, context: testContext }));
      expect(outcome, redirectTo).toMatchObject({ status: 302, location: "/en/account" });
    }
  });
});

describe("signed-in forms", () => {
  test("a profile with an unknown language, an unshipped preferred language or an overlong title changes nothing", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma, { name: "Before" });
    const cookie = await signedInCookie(prisma, person.id);
    const outcome = await post(
      profileRoute.action,
      "/fr/account",
      { name: "After", title: "t".repeat(500), languagesSpoken: ["en", "xx"], preferredLanguage: "de" },
      cookie,
    );
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome.data)).toMatchObject({
      title: ["tooLong:120"],
      "languagesSpoken[1]": ["invalidLanguage"],
      preferredLanguage: ["invalidChoice"],
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: "Before", preferredLanguage: "en" });
  });

  test("erasing without ticking the confirmation keeps the account", async () => {
    const { prisma } = database;
    const person = await createPerson(prisma);
    const cookie = await signedInCookie(prisma, person.id);
    const outcome = await post(dataRoute.action, "/fr/account/data", { password: testPassword }, cookie);
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome.data)).toEqual({ confirmation: ["confirmErase"] });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();
  });

  test("the only person of a member organisation is told, by name, why their account stays", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma, { name: "Seule Association" });
    const person = await createPerson(prisma);
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: person.id, role: "admin" } });
    const cookie = await signedInCookie(prisma, person.id);
    const outcome = await post(dataRoute.action, "/fr/account/data", { password: testPassword, confirmation: "on" }, cookie);
    expect(outcome).toMatchObject({ status: 400, data: { form: "page", values: { organisation: "Seule Association" } } });
    expect(errorsOf(outcome.data)[""]).toEqual(["onlyPersonOf"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: person.id } })).erasedAt).toBeNull();
  });

  test("an unknown role, or a person of another organisation, changes nobody's role", async () => {
    const { prisma } = database;
    const organisation = await createOrganisation(prisma, { slug: "hostile-test" });
    const admin = await createPerson(prisma);
    const stranger = await createPerson(prisma);
    await prisma.organisationMembership.create({ data: { organisationId: organisation.id, userId: admin.id, role: "admin" } });
    const cookie = await signedInCookie(prisma, admin.id);
    const routeParams = { lang: "fr", slug: "hostile-test" };
    const path = "/fr/organisations/hostile-test/people";
    const badRole = await post(peopleRoute.action, path, { intent: "change", userId: admin.id, role: "owner" }, cookie, routeParams);
    expect(badRole).toMatchObject({ status: 400, data: { error: "invalid" } });
    const notMember = await post(peopleRoute.action, path, { intent: "change", userId: stranger.id, role: "admin" }, cookie, routeParams);
    expect(notMember).toMatchObject({ status: 400, data: { error: "notMember" } });
    const unknownIntent = await post(peopleRoute.action, path, { intent: "drop-table" }, cookie, routeParams);
    expect(unknownIntent.status).toBe(400);
    expect(await prisma.organisationMembership.findMany({ where: { organisationId: organisation.id } })).toEqual([
      expect.objectContaining({ userId: admin.id, role: "admin" }),
    ]);
  });
});

test("publishing a Charter version needs the confirmation ticked; without it nothing is published", async () => {
  const { prisma } = database;
  const admin = await createPerson(prisma, { networkRole: "network_admin" });
  const cookie = await signedInCookie(prisma, admin.id);
  await prisma.charterVersion.create({
    data: { number: 77, status: "draft", effectiveFrom: new Date("2020-01-01"), texts: { create: [{ language: "en", title: "T", body: "B" }] } },
  });
  const outcome = await post(charterVersionRoute.action, "/fr/admin/charter/77", { intent: "publish" }, cookie, { lang: "fr", number: "77" });
  expect(outcome).toMatchObject({ status: 400, data: { form: "publish", error: "confirmPublish" } });
  expect((await prisma.charterVersion.findUniqueOrThrow({ where: { number: 77 } })).status).toBe("draft");
});

describe("a NUL or another control character", () => {
  test("in a form is refused with a message, and nothing is stored", async () => {
    const outcome = await post(signUpRoute.action, "/fr/sign-up", { name: "a\u0000b", email: "nul@example.org", password: "a long passphrase" });
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome.data)).toEqual({ name: ["controlCharacters"] });
    expect(await database.prisma.user.count({ where: { email: "nul@example.org" } })).toBe(0);
  });

  test("in a search is dropped, not a 500", async () => {
    const admin = await createPerson(database.prisma, { networkRole: "network_admin" });
    const cookie = await signedInCookie(database.prisma, admin.id);
    for (const [route, path] of [
      [expertSearchRoute, "/fr/coordination/experts?q=a%00b"],
      [auditRoute, "/fr/admin/audit?person=a%00b"],
      [adminPeopleRoute, "/fr/admin/people?q=a%00b"],
    ] as const) {
      const outcome = await outcomeOf(() => route.loader({ request: makeRequest(path, { cookie }), params, context: testContext }));
      expect(outcome.status, path).toBe(200);
    }
  });
});
