-- Events and registration (prisma/schema.prisma, app/modules/events, decision 018).

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('international_school', 'conference', 'symposium', 'workshop', 'think_tank', 'learning_set', 'study_visit');

-- CreateEnum
CREATE TYPE "Season" AS ENUM ('spring', 'summer', 'autumn', 'winter');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('draft', 'published', 'cancelled');

-- CreateEnum
CREATE TYPE "RegistrationMode" AS ENUM ('first_come', 'application');

-- CreateEnum
CREATE TYPE "GroupPolicy" AS ENUM ('together', 'split');

-- CreateEnum
CREATE TYPE "EventTextField" AS ENUM ('title', 'description', 'fee', 'code_of_conduct');

-- CreateEnum
CREATE TYPE "EventQuestionKind" AS ENUM ('text', 'choice', 'yes_no');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('applied', 'confirmed', 'waitlisted', 'offered', 'declined', 'cancelled', 'attended');

-- CreateEnum
CREATE TYPE "ParticipantVisibility" AS ENUM ('nobody', 'participants', 'everyone');

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "season" "Season",
    "hostOrganisationId" TEXT,
    "originalLanguage" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "deliveryLanguages" TEXT[],
    "capacity" INTEGER NOT NULL,
    "registrationOpensAt" TIMESTAMP(3) NOT NULL,
    "registrationClosesAt" TIMESTAMP(3) NOT NULL,
    "organisationCap" INTEGER,
    "mode" "RegistrationMode" NOT NULL DEFAULT 'first_come',
    "groupPolicy" "GroupPolicy" NOT NULL DEFAULT 'together',
    "offerHours" INTEGER NOT NULL DEFAULT 48,
    "status" "EventStatus" NOT NULL DEFAULT 'draft',
    "cancellationReason" TEXT,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventText" (
    "eventId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "field" "EventTextField" NOT NULL,
    "text" TEXT NOT NULL,
    "origin" "TranslationOrigin" NOT NULL DEFAULT 'original',
    "sourceSha256" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventText_pkey" PRIMARY KEY ("eventId","language","field")
);

-- CreateTable
CREATE TABLE "EventQuestion" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "EventQuestionKind" NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT false,
    "choiceKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventQuestionText" (
    "questionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "choiceLabels" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "origin" "TranslationOrigin" NOT NULL DEFAULT 'original',
    "sourceSha256" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventQuestionText_pkey" PRIMARY KEY ("questionId","language")
);

-- CreateTable
CREATE TABLE "EventAllotment" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "organisationId" TEXT,
    "places" INTEGER NOT NULL,
    "releasesAt" TIMESTAMP(3) NOT NULL,
    "releasedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventAllotment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationGroup" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "registeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "personId" TEXT,
    "organisationId" TEXT,
    "groupId" TEXT,
    "status" "RegistrationStatus" NOT NULL,
    "delegateName" TEXT,
    "delegateEmail" TEXT,
    "completionTokenHash" TEXT,
    "allotmentId" TEXT,
    "waitingSince" TIMESTAMP(3),
    "offerExpiresAt" TIMESTAMP(3),
    "motivation" TEXT NOT NULL DEFAULT '',
    "dietaryNeeds" TEXT NOT NULL DEFAULT '',
    "accessibilityNeeds" TEXT NOT NULL DEFAULT '',
    "interpretationNeeds" TEXT NOT NULL DEFAULT '',
    "listVisibility" "ParticipantVisibility" NOT NULL DEFAULT 'nobody',
    "conductAcceptedAt" TIMESTAMP(3),
    "answersCompletedAt" TIMESTAMP(3),
    "registeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationAnswer" (
    "registrationId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "RegistrationAnswer_pkey" PRIMARY KEY ("registrationId","questionId")
);

-- CreateTable
CREATE TABLE "RegistrationEvent" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "from" "RegistrationStatus",
    "to" "RegistrationStatus" NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Event_hostOrganisationId_idx" ON "Event"("hostOrganisationId");

-- CreateIndex
CREATE INDEX "EventQuestion_eventId_position_idx" ON "EventQuestion"("eventId", "position");

-- CreateIndex
CREATE INDEX "EventAllotment_eventId_idx" ON "EventAllotment"("eventId");

-- CreateIndex
CREATE INDEX "RegistrationGroup_eventId_idx" ON "RegistrationGroup"("eventId");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_completionTokenHash_key" ON "Registration"("completionTokenHash");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_idx" ON "Registration"("eventId", "status");

-- CreateIndex
CREATE INDEX "Registration_eventId_status_waitingSince_idx" ON "Registration"("eventId", "status", "waitingSince");

-- CreateIndex
CREATE INDEX "Registration_personId_idx" ON "Registration"("personId");

-- CreateIndex
CREATE INDEX "Registration_groupId_idx" ON "Registration"("groupId");

-- CreateIndex
CREATE INDEX "RegistrationEvent_registrationId_createdAt_idx" ON "RegistrationEvent"("registrationId", "createdAt");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventText" ADD CONSTRAINT "EventText_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventQuestion" ADD CONSTRAINT "EventQuestion_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventQuestionText" ADD CONSTRAINT "EventQuestionText_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "EventQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAllotment" ADD CONSTRAINT "EventAllotment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventAllotment" ADD CONSTRAINT "EventAllotment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationGroup" ADD CONSTRAINT "RegistrationGroup_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationGroup" ADD CONSTRAINT "RegistrationGroup_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationGroup" ADD CONSTRAINT "RegistrationGroup_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RegistrationGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_allotmentId_fkey" FOREIGN KEY ("allotmentId") REFERENCES "EventAllotment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationAnswer" ADD CONSTRAINT "RegistrationAnswer_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationAnswer" ADD CONSTRAINT "RegistrationAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "EventQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationEvent" ADD CONSTRAINT "RegistrationEvent_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- At most one live registration per person, and per delegate address, and event: a
-- second registration is refused, while one cancelled or declined leaves room for a new one.
CREATE UNIQUE INDEX "Registration_one_live_per_person" ON "Registration"("eventId", "personId")
  WHERE "personId" IS NOT NULL AND "status" NOT IN ('cancelled', 'declined');
CREATE UNIQUE INDEX "Registration_one_live_per_delegate_email" ON "Registration"("eventId", "delegateEmail")
  WHERE "delegateEmail" IS NOT NULL AND "status" NOT IN ('cancelled', 'declined');

-- Rules the forms check first, kept by the database too.
ALTER TABLE "Event" ADD CONSTRAINT "Event_capacity_not_negative" CHECK ("capacity" >= 0);
ALTER TABLE "Event" ADD CONSTRAINT "Event_ends_after_start" CHECK ("endsAt" >= "startsAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_window_in_order" CHECK ("registrationClosesAt" >= "registrationOpensAt");
ALTER TABLE "Event" ADD CONSTRAINT "Event_organisation_cap_positive" CHECK ("organisationCap" IS NULL OR "organisationCap" >= 1);
ALTER TABLE "Event" ADD CONSTRAINT "Event_offer_hours_positive" CHECK ("offerHours" >= 1);
ALTER TABLE "Event" ADD CONSTRAINT "Event_season_only_for_schools" CHECK (("type" = 'international_school') = ("season" IS NOT NULL));
ALTER TABLE "EventAllotment" ADD CONSTRAINT "EventAllotment_places_positive" CHECK ("places" >= 1);
-- One allotment per organisation and event, and one members' pool per event.
CREATE UNIQUE INDEX "EventAllotment_one_per_organisation" ON "EventAllotment"("eventId", "organisationId") WHERE "organisationId" IS NOT NULL;
CREATE UNIQUE INDEX "EventAllotment_one_pool" ON "EventAllotment"("eventId") WHERE "organisationId" IS NULL;
