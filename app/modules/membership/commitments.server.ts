// The member commitments (DOMAIN.md) as a checklist computed from an organisation's real
// data, never ticked by hand. Commitments whose features do not exist yet (spreading the
// work) say so until their tables exist.
import type { PrismaClient } from "~/generated/prisma/client";
import { eventContributions } from "./event-contributions.server";
import { publishedEntryCounts } from "~/modules/library/feed.server";
import { hasActiveTwinning } from "~/modules/twinning/public-twinnings.server";
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
export async function computeCommitments(
  prisma: PrismaClient,
  organisationId: string,
  standing: Pick<Standing, "signature">,
  now = new Date(),
): Promise<Commitment[]> {
  const [experts, library, events, twinned] = await Promise.all([
    prisma.expert.count({ where: { organisationId } }),
    publishedEntryCounts(prisma, organisationId),
    eventContributions(prisma, organisationId, now),
    hasActiveTwinning(prisma, organisationId),
  ]);
  const states: Record<Commitment["key"], CommitmentState> = {
    signCharter: standing.signature ? "done" : "todo",
    // A published service description; a published good practice or resource (report, film, tool…).
    describeServices: library.serviceDescriptions > 0 ? "done" : "todo",
    shareGoodPractice: library.goodPracticeAndResources > 0 ? "done" : "todo",
    // An agreed (signed by all three) or active twinning agreement (twinning/public-twinnings.server.ts).
    takePartInTwinning: twinned ? "done" : "todo",
    // An event it hosted has taken place; a delegate of its attended one (membership/event-contributions.server.ts).
    hostSchoolOrEvent: events.hostedEvents > 0 ? "done" : "todo",
    contributeToConferences: events.attendances > 0 ? "done" : "todo",
    nameExperts: experts > 0 ? "done" : "todo",
    spreadTheWork: "notYetAvailable",
  };
  return commitmentKeys.map((key) => ({ key, state: states[key] }));
}
