// What the machine translation jobs of every area share: the request rows an editor sees
// (MachineTranslationRequest: pending, done or failed, and why), the rule that turns an
// error into "try again later" or "stop and say why", and the conditional write that never
// replaces a text a person wrote.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { MachineTranslationError, type MachineTranslationFailure } from "./machine-translation.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** Attempts before a retryable failure (the service down, busy) is given up and shown as failed. */
export const machineTranslationAttempts = 6;

export type RequestSubject = { revisionId: string } | { organisationId: string };

/** Marks the request for `target` pending again (a new one, or one asked for once more). */
export async function openRequest(tx: Prisma.TransactionClient, subject: RequestSubject, target: string) {
  // One statement, so two editors asking at once end with one row.
  if ("revisionId" in subject) {
    await tx.$executeRaw`
      INSERT INTO "MachineTranslationRequest" ("id", "revisionId", "targetLanguage", "status", "requestedAt")
      VALUES (${crypto.randomUUID()}, ${subject.revisionId}, ${target}, 'pending', now())
      ON CONFLICT ("revisionId", "targetLanguage") DO UPDATE
      SET "status" = 'pending', "failure" = NULL, "requestedAt" = now(), "finishedAt" = NULL`;
  } else {
    await tx.$executeRaw`
      INSERT INTO "MachineTranslationRequest" ("id", "organisationId", "targetLanguage", "status", "requestedAt")
      VALUES (${crypto.randomUUID()}, ${subject.organisationId}, ${target}, 'pending', now())
      ON CONFLICT ("organisationId", "targetLanguage") DO UPDATE
      SET "status" = 'pending', "failure" = NULL, "requestedAt" = now(), "finishedAt" = NULL`;
  }
}

/** Records how a request ended. */
export async function finishRequest(db: Db, subject: RequestSubject, target: string, failure: MachineTranslationFailure | null) {
  await db.machineTranslationRequest.updateMany({
    where: { ...subject, targetLanguage: target },
    data: { status: failure ? "failed" : "done", failure, finishedAt: new Date() },
  });
}

/**
 * The requests of a thing that are not done: what its editor is told about. A request
 * whose job the runner gave up on (its handler kept throwing something other than the
 * service's errors, which the jobs record themselves) is shown as failed too, rather
 * than pending for ever.
 */
export async function unfinishedRequests(db: Db, subject: RequestSubject, job: { kind: string; key: (target: string) => string }) {
  const requests = await db.machineTranslationRequest.findMany({
    where: { ...subject, status: { in: ["pending", "failed"] } },
    select: { targetLanguage: true, status: true, failure: true, requestedAt: true, finishedAt: true },
    orderBy: { targetLanguage: "asc" },
  });
  const pending = requests.filter((request) => request.status === "pending");
  if (pending.length === 0) return requests;
  const gaveUp = await db.scheduledJob.findMany({
    where: { kind: job.kind, key: { in: pending.map((request) => job.key(request.targetLanguage)) }, status: "failed" },
    select: { key: true, finishedAt: true },
  });
  return requests.map((request) => {
    const failedJob = request.status === "pending" && gaveUp.find((row) => row.key === job.key(request.targetLanguage) && row.finishedAt && row.finishedAt >= request.requestedAt);
    return failedJob ? { ...request, status: "failed" as const, failure: "unavailable" as MachineTranslationFailure, finishedAt: failedJob.finishedAt } : request;
  });
}

export type Failed = { kind: "failed"; failure: MachineTranslationFailure };

/**
 * What a job does with an error from the service: a final one (or a retryable one on the
 * last attempt) ends the request as failed, with its reason; a retryable one is thrown
 * again, so the job runner tries later with its backoff. Anything else is thrown too.
 */
export function failureOrRetry(error: unknown, attempts: number): Failed {
  if (error instanceof MachineTranslationError && (!error.retryable || attempts >= machineTranslationAttempts)) {
    return { kind: "failed", failure: error.failure };
  }
  throw error;
}

/**
 * Writes a machine translation of one field unless a person's text is there: the insert
 * or the update happens only where the row is absent or still a machine translation, in
 * one statement, so a human translation saved at the same moment is never replaced.
 */
export async function writeLibraryMachineText(
  tx: Prisma.TransactionClient,
  row: { revisionId: string; language: string; field: string; text: string; sourceSha256: string },
) {
  await tx.$executeRaw`
    INSERT INTO "LibraryText" ("revisionId", "language", "field", "text", "origin", "sourceSha256", "updatedAt")
    VALUES (${row.revisionId}, ${row.language}, ${row.field}::"LibraryTextField", ${row.text}, 'machine', ${row.sourceSha256}, now())
    ON CONFLICT ("revisionId", "language", "field") DO UPDATE
    SET "text" = EXCLUDED."text", "sourceSha256" = EXCLUDED."sourceSha256", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "LibraryText"."origin" = 'machine'`;
}

/** The same for an organisation's description. */
export async function writeDescriptionMachineText(
  tx: Prisma.TransactionClient,
  row: { organisationId: string; language: string; text: string; sourceSha256: string },
) {
  await tx.$executeRaw`
    INSERT INTO "OrganisationDescription" ("organisationId", "language", "text", "origin", "sourceSha256", "updatedAt")
    VALUES (${row.organisationId}, ${row.language}, ${row.text}, 'machine', ${row.sourceSha256}, now())
    ON CONFLICT ("organisationId", "language") DO UPDATE
    SET "text" = EXCLUDED."text", "sourceSha256" = EXCLUDED."sourceSha256", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "OrganisationDescription"."origin" = 'machine'`;
}
