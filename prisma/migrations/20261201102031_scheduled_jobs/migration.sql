-- Timed jobs (app/mechanisms/jobs/).
CREATE TYPE "ScheduledJobStatus" AS ENUM ('pending', 'done', 'failed', 'cancelled');

CREATE TABLE "ScheduledJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "runAt" TIMESTAMP(3) NOT NULL,
    "status" "ScheduledJobStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "claimToken" TEXT,
    "lastError" TEXT,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScheduledJob_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "ScheduledJob_status_runAt_idx" ON "ScheduledJob"("status", "runAt");

-- The same job is never scheduled twice: one pending job per kind and key. Finished ones
-- keep their key for the record, so the next occurrence of a recurring job can be scheduled.
CREATE UNIQUE INDEX "ScheduledJob_pending_kind_key" ON "ScheduledJob"("kind", "key") WHERE "status" = 'pending';
