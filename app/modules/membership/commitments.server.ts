// The member commitments (DOMAIN.md) as a checklist computed from an organisation's real
// data, never ticked by hand. Commitments whose features do not exist yet (twinning,
// events) say so until their tables exist.
import type { PrismaClient } from "~/generated/prisma/client";
import { publishedEntryCounts } from "~/modules/library/feed.server";
import type { Standing } from "./good-standing.server";

export type CommitmentState = "done" | "todo" | "notYetAvailable";

export const commitmentKeys = [
  "signCharter",
  "describeServices",
  "shareGoodPractice",
  "takePartInTwinning",
  "hostSchoolOrEvent",
  "contributeToConferences",
  "nameExperts",
  "spreadTheWork",
] as const;

export type Commitment = { key: (typeof commitmentKeys)[number]; state: CommitmentState };

/** `standing` is the organisation's, from standingOf: the Charter commitment is its signature of the one in force. */
export async function computeCommitments(prisma: PrismaClient, organisationId: string, standing: Pick<Standing, "signature">): Promise<Commitment[]> {
  const [experts, library] = await Promise.all([prisma.expert.count({ where: { organisationId } }), publishedEntryCounts(prisma, organisationId)]);
  const states: Record<Commitment["key"], CommitmentState> = {
    signCharter: standing.signature ? "done" : "todo",
    // A published service description; a published good practice or resource (report, film, tool…).
    describeServices: library.serviceDescriptions > 0 ? "done" : "todo",
    shareGoodPractice: library.goodPracticeAndResources > 0 ? "done" : "todo",
    // Twinning and events are later features.
    takePartInTwinning: "notYetAvailable",
    hostSchoolOrEvent: "notYetAvailable",
    contributeToConferences: "notYetAvailable",
    nameExperts: experts > 0 ? "done" : "todo",
    spreadTheWork: "notYetAvailable",
  };
  return commitmentKeys.map((key) => ({ key, state: states[key] }));
}
