// What the organisers' allotments form reads: the event's allotments with their use from
// the ledger (nothing stored), and the organisations one may be given to, each saying
// whether it is in good standing (the membership area's rule), so the form can say why
// one would be refused before it is sent.
import type { PrismaClient } from "~/generated/prisma/client";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { listMembersInGoodStanding } from "~/modules/membership/good-standing.server";
import { placesOf } from "./places.server";

type Db = PrismaClient;

export type AllotmentRow = {
  id: string;
  /** Null for the members' pool. */
  organisationId: string | null;
  organisationName: string | null;
  places: number;
  used: number;
  releasesAt: Date;
  /** Released by hand or by its date (the job may not have run yet: the ledger already counts it so). */
  released: boolean;
};

/** The event's allotments, the members' pool first, then by organisation name. */
export async function allotmentsOf(db: Db, eventId: string, now = new Date()): Promise<AllotmentRow[]> {
  const [allotments, places] = await Promise.all([
    db.eventAllotment.findMany({
      where: { eventId },
      select: { id: true, organisationId: true, places: true, releasesAt: true, releasedAt: true, organisation: { select: { name: true } } },
    }),
    placesOf(db, eventId, now),
  ]);
  const used = new Map((places?.allotments ?? []).map((allotment) => [allotment.id, allotment.used]));
  return allotments
    .map((allotment) => ({
      id: allotment.id,
      organisationId: allotment.organisationId,
      organisationName: allotment.organisation?.name ?? null,
      places: allotment.places,
      used: used.get(allotment.id) ?? 0,
      releasesAt: allotment.releasesAt,
      released: allotment.releasedAt !== null || allotment.releasesAt <= now,
    }))
    .sort((a, b) => (a.organisationName ?? "").localeCompare(b.organisationName ?? "") || a.id.localeCompare(b.id));
}

/** The active members, by name, each with whether it is in good standing (only those may hold an allotment). */
export async function allotmentCandidates(db: Db) {
  const [organisations, charter] = await Promise.all([
    db.organisation.findMany({ where: { status: "active" }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    findCurrentCharter(db),
  ]);
  const standing = new Set(charter ? (await listMembersInGoodStanding(db, charter.id)).map((entry) => entry.organisation.id) : []);
  return organisations.map((organisation) => ({ ...organisation, inGoodStanding: standing.has(organisation.id) }));
}
