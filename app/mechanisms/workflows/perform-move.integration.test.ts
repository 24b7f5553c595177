import { describe, expect, test } from "vitest";
import type { MembershipStatus } from "~/generated/prisma/client";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { performMove, type Workflow } from "./perform-move.server";

const database = setUpTestDatabase();

// A workflow of the test's own over organisations' status, with MembershipEvent as its history.
const statusWorkflow: Workflow<MembershipStatus, "coordinator" | "approval", { reason: string }> = {
  transitions: [
    { from: "applicant", to: "active", by: "approval" },
    { from: "active", to: "suspended", by: "coordinator" },
    { from: "active", to: "lapsed", by: "coordinator" },
    { from: "suspended", to: "active", by: "coordinator" },
  ],
  setState: (tx, where, move) => tx.organisation.updateMany({ where, data: { status: move.to } }),
  recordHistory: (tx, move) =>
    tx.membershipEvent.create({ data: { organisationId: move.id, fromStatus: move.from, toStatus: move.to, reason: move.reason } }),
  auditEntry: (move) => ({ action: "membership.status_changed", organisationId: move.id, details: { from: move.from, to: move.to } }),
};

async function moveOnce(organisationId: string, from: MembershipStatus, to: MembershipStatus, by: "coordinator" | "approval" = "coordinator") {
  return database.prisma.$transaction((tx) => performMove(tx, statusWorkflow, { id: organisationId, from, to, by, reason: `${from} to ${to}` }));
}

async function traceOf(organisationId: string) {
  const { prisma } = database;
  const [organisation, history, audit] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } }),
    prisma.membershipEvent.findMany({ where: { organisationId }, orderBy: { at: "asc" } }),
    prisma.auditEvent.count({ where: { organisationId, action: "membership.status_changed" } }),
  ]);
  return { status: organisation.status, history: history.map((event) => [event.fromStatus, event.toStatus]), audit };
}

describe("a move", () => {
  test("in the table sets the new state and writes its history row and audit entry", async () => {
    const organisation = await createOrganisation(database.prisma, { status: "active" });
    expect(await moveOnce(organisation.id, "active", "suspended")).toEqual({ ok: true });
    expect(await traceOf(organisation.id)).toEqual({ status: "suspended", history: [["active", "suspended"]], audit: 1 });
  });

  test("not in the table, or by someone the table does not name, is refused and writes nothing", async () => {
    const organisation = await createOrganisation(database.prisma, { status: "applicant" });
    expect(await moveOnce(organisation.id, "applicant", "suspended")).toEqual({ ok: false, error: "moveNotAllowed" });
    expect(await moveOnce(organisation.id, "applicant", "active", "coordinator")).toEqual({ ok: false, error: "moveNotAllowed" });
    expect(await traceOf(organisation.id)).toEqual({ status: "applicant", history: [], audit: 0 });
    expect(await moveOnce(organisation.id, "applicant", "active", "approval")).toEqual({ ok: true });
  });

  test("from a state the row is no longer in is refused and writes nothing", async () => {
    const organisation = await createOrganisation(database.prisma, { status: "suspended" });
    // The page was shown while the organisation was active.
    expect(await moveOnce(organisation.id, "active", "lapsed")).toEqual({ ok: false, error: "staleState" });
    expect(await traceOf(organisation.id)).toEqual({ status: "suspended", history: [], audit: 0 });
  });

  raceTest("two moves from the same state at the same moment: one applies, with one history row", async () => {
    const organisation = await createOrganisation(database.prisma, { status: "active" });
    const results = await Promise.all([moveOnce(organisation.id, "active", "suspended"), moveOnce(organisation.id, "active", "lapsed")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "staleState" }]);
    const trace = await traceOf(organisation.id);
    expect(trace.history).toHaveLength(1);
    expect(trace.audit).toBe(1);
    expect(trace.history[0]).toEqual(["active", trace.status]);
  });
});
