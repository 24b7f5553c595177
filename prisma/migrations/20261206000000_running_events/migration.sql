-- Running an event (issue 14): follow-up questions, per-question retention of personal answers,
-- check-in at the door, certificates of attendance, the participant list's publication, feedback.
-- CreateEnum
CREATE TYPE "EventQuestionStage" AS ENUM ('registration', 'follow_up');

-- AlterEnum
ALTER TYPE "EventQuestionKind" ADD VALUE 'date';

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "accessibilityErasedAt" TIMESTAMP(3),
ADD COLUMN     "accessibilityRetentionDays" INTEGER,
ADD COLUMN     "afterEventMailedAt" TIMESTAMP(3),
ADD COLUMN     "dietaryErasedAt" TIMESTAMP(3),
ADD COLUMN     "dietaryRetentionDays" INTEGER,
ADD COLUMN     "followUpRequestedAt" TIMESTAMP(3),
ADD COLUMN     "interpretationErasedAt" TIMESTAMP(3),
ADD COLUMN     "interpretationRetentionDays" INTEGER,
ADD COLUMN     "motivationErasedAt" TIMESTAMP(3),
ADD COLUMN     "motivationRetentionDays" INTEGER,
ADD COLUMN     "participantListDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "participantListPublished" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "programmeHours" INTEGER;

-- AlterTable
ALTER TABLE "EventQuestion" ADD COLUMN     "answersErasedAt" TIMESTAMP(3),
ADD COLUMN     "retentionDays" INTEGER,
ADD COLUMN     "stage" "EventQuestionStage" NOT NULL DEFAULT 'registration';

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "certificateCode" TEXT,
ADD COLUMN     "checkInSecret" TEXT,
ADD COLUMN     "checkedInAt" TIMESTAMP(3),
ADD COLUMN     "checkedInById" TEXT,
ADD COLUMN     "feedbackGivenAt" TIMESTAMP(3),
ADD COLUMN     "feedbackTokenHash" TEXT,
ADD COLUMN     "followUpCompletedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "EventFeedback" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "registrationId" TEXT,
    "language" TEXT NOT NULL,
    "overall" INTEGER NOT NULL,
    "content" INTEGER NOT NULL,
    "organisation" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "EventFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventFeedback_eventId_idx" ON "EventFeedback"("eventId");

-- CreateIndex
CREATE INDEX "EventFeedback_registrationId_idx" ON "EventFeedback"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_checkInSecret_key" ON "Registration"("checkInSecret");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_certificateCode_key" ON "Registration"("certificateCode");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_feedbackTokenHash_key" ON "Registration"("feedbackTokenHash");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventFeedback" ADD CONSTRAINT "EventFeedback_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventFeedback" ADD CONSTRAINT "EventFeedback_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Ratings are from 1 to 5.
ALTER TABLE "EventFeedback" ADD CONSTRAINT "EventFeedback_ratings_check" CHECK ("overall" BETWEEN 1 AND 5 AND "content" BETWEEN 1 AND 5 AND "organisation" BETWEEN 1 AND 5);

-- Events that existed before: the after-event mail at the end of each published one still
-- to end, and the erasure of answers for each (due at its end at the earliest; its first
-- run erases only what is due and reschedules itself for the next date).
INSERT INTO "ScheduledJob" ("id", "kind", "key", "payload", "runAt")
SELECT gen_random_uuid()::text, 'events.after-event', "id", jsonb_build_object('eventId', "id"), "endsAt"
FROM "Event" WHERE "status" = 'published' AND "endsAt" > now();
INSERT INTO "ScheduledJob" ("id", "kind", "key", "payload", "runAt")
SELECT gen_random_uuid()::text, 'events.erase-answers', "id", jsonb_build_object('eventId', "id"), "endsAt"
FROM "Event" WHERE "status" <> 'cancelled';
