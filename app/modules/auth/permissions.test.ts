import { describe, expect, test } from "vitest";
import { can, type Actor } from "./permissions";
import { safeRedirect } from "./permissions.server";

const person = (overrides: Partial<Actor> = {}): Actor => ({ id: "p", networkRole: null, memberships: [], ...overrides });

describe("organisation permissions", () => {
  const admin = person({ memberships: [{ organisationId: "a", role: "admin", signatory: false }] });
  test("hold only for the organisation the role is in", () => {
    expect(can(admin, "organisation:manage-people", { organisationId: "a" })).toBe(true);
    expect(can(admin, "organisation:manage-people", { organisationId: "b" })).toBe(false);
    expect(can(admin, "organisation:manage-people")).toBe(false);
  });
  test("editors and members see the people but do not manage them", () => {
    const editor = person({ memberships: [{ organisationId: "a", role: "editor", signatory: true }] });
    expect(can(editor, "organisation:view-people", { organisationId: "a" })).toBe(true);
    expect(can(editor, "organisation:manage-people", { organisationId: "a" })).toBe(false);
  });
});

describe("network roles", () => {
  test("a network admin can do what a coordinator can, and more", () => {
    const coordinator = person({ networkRole: "coordinator" });
    const networkAdmin = person({ networkRole: "network_admin" });
    expect(can(coordinator, "organisation:view-people", { organisationId: "x" })).toBe(true);
    expect(can(networkAdmin, "organisation:view-people", { organisationId: "x" })).toBe(true);
    expect(can(coordinator, "audit:read")).toBe(false);
    expect(can(networkAdmin, "audit:read")).toBe(true);
  });
  test("a visitor can do nothing that needs a permission", () => {
    expect(can(null, "account:manage-own")).toBe(false);
  });
});

describe("the page to return to after signing in", () => {
  test("is a path on this site, never another host", () => {
    expect(safeRedirect("/fr/account", "/en")).toBe("/fr/account");
    expect(safeRedirect("//evil.example/x", "/en")).toBe("/en");
    expect(safeRedirect("/\\evil.example", "/en")).toBe("/en");
    expect(safeRedirect("https://evil.example", "/en")).toBe("/en");
    expect(safeRedirect(null, "/en")).toBe("/en");
  });
});

test("a return path with tabs, newlines or backslashes, which browsers read as another host, is refused", () => {
  expect(safeRedirect("/\t/evil.example", "/en")).toBe("/en");
  expect(safeRedirect("/\n/evil.example", "/en")).toBe("/en");
  expect(safeRedirect("/fr/account?tab=1#x", "/en")).toBe("/fr/account?tab=1#x");
});

test("a return address is judged after its dot segments are resolved", () => {
  for (const hostile of [
    "/.//evil.example",
    "/en/../..//evil.example",
    "/%2E//evil.example",
    "/%2e%2E//evil.example",
    "/a/..//evil.example",
    "/a/b/../..//evil.example/x?y#z",
    "/..///evil.example", // what `/%2e%2e/%2f%2fevil.example` is once the query string is decoded
    "/././/evil.example",
  ]) {
    expect(safeRedirect(hostile, "/en"), hostile).toBe("/en");
  }
  // Dot segments that stay on the site resolve to the page they name.
  expect(safeRedirect("/en/./account/../account/security", "/en")).toBe("/en/account/security");
});
