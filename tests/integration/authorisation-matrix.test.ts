// Every route, called by every kind of person, is allowed or denied as DOMAIN.md's roles
// table says (the table itself is route-matrix.ts). A route file that is not listed there
// fails the test: adding a page means deciding who may see it.
import { beforeAll, expect, test } from "vitest";
import { makeRequest, outcomeOf, signedInCookie, testContext, type Outcome } from "../fixtures/people";
import { describeOncePerRun } from "../setup/once-per-run";
import { setUpTestDatabase } from "../setup/set-up-test-database";
import { createPersonas, matrix, mayUse, personas, routeFiles, type Persona } from "./route-matrix";

const database = setUpTestDatabase();
let userIds = new Map<Persona, string>();

/** A fresh session for each call: some actions (sign out, erase) end the one they are sent with. */
async function cookieFor(persona: Persona) {
  const userId = userIds.get(persona);
  return userId ? signedInCookie(database.prisma, userId) : undefined;
}

beforeAll(async () => {
  userIds = await createPersonas(database.prisma);
});

test("every route file is in the matrix, and every route in the matrix exists", () => {
  expect(routeFiles.filter((file) => !(file in matrix)), "routes missing from the matrix").toEqual([]);
  expect(Object.keys(matrix).filter((id) => !routeFiles.includes(id)), "matrix entries without a route").toEqual([]);
});

type RouteModule = {
  loader?: (args: unknown) => unknown;
  action?: (args: unknown) => unknown;
};

const sentToSignIn = (outcome: Outcome) =>
  outcome.status === 302 && Boolean(outcome.location?.startsWith("/en/sign-in?redirectTo="));

/** Denied means: a visitor is sent to sign in, a signed-in person gets 403. */
function expectAccess(persona: Persona, outcome: Outcome, allowed: boolean, what: string) {
  const message = `${persona} ${what} → ${outcome.status} ${outcome.location ?? ""}`;
  if (allowed) {
    expect(outcome.status === 403 || sentToSignIn(outcome), message).toBe(false);
  } else if (persona === "visitor") {
    expect(sentToSignIn(outcome), message).toBe(true);
  } else {
    expect(outcome.status, message).toBe(403);
  }
}

const modules = import.meta.glob<RouteModule>("/app/routes/*.{ts,tsx}");

// Who may open a route does not depend on the engine: once per run (tests/setup/once-per-run.ts).
describeOncePerRun.each(Object.entries(matrix))("%s", (routeId, rule) => {
  const load = async () => {
    const entry = Object.entries(modules).find(([file]) => file.replace(/^.*\/routes\//, "").replace(/\.tsx?$/, "") === routeId);
    if (!entry) throw new Error(`no module for ${routeId}`);
    return entry[1]();
  };

  test.each(personas)("GET as %s", async (persona) => {
    const module = await load();
    if (!module.loader) return;
    const request = makeRequest(rule.path, { cookie: await cookieFor(persona) });
    const outcome = await outcomeOf(() => module.loader!({ request, params: rule.params, context: testContext }));
    expectAccess(persona, outcome, mayUse(rule.GET, persona), `GET ${rule.path}`);
  });

  test("has an action exactly when the matrix lists POST", async () => {
    const module = await load();
    expect(Boolean(module.action)).toBe(Boolean(rule.POST));
  });

  test.each(personas)("POST as %s", async (persona) => {
    const module = await load();
    if (!module.action || !rule.POST) return;
    // An empty form: allowed people get a validation error (or a harmless redirect), never a change.
    const request = makeRequest(rule.path, { method: "POST", cookie: await cookieFor(persona), form: {} });
    const outcome = await outcomeOf(() => module.action!({ request, params: rule.params, context: testContext }));
    expectAccess(persona, outcome, mayUse(rule.POST, persona), `POST ${rule.path}`);
  });
});
