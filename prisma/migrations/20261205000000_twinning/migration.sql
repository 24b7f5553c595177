-- Twinning: profiles, introductions, agreements in revisions signed by three parties, staff exchanges and their reports (decision 019).
-- CreateEnum
CREATE TYPE "IntroductionKind" AS ENUM ('by_coordinator', 'requested');

-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('open', 'accepted', 'declined', 'lapsed', 'withdrawn');

-- CreateEnum
CREATE TYPE "IntroductionAnswer" AS ENUM ('accepted', 'declined');

-- CreateEnum
CREATE TYPE "AgreementStatus" AS ENUM ('draft', 'proposed', 'revised', 'agreed', 'active', 'completed', 'terminated', 'declined', 'withdrawn');

-- CreateEnum
CREATE TYPE "AgreementParty" AS ENUM ('a', 'b', 'network');

-- CreateEnum
CREATE TYPE "AgreementTextField" AS ENUM ('title', 'objectives');

-- CreateEnum
CREATE TYPE "ExchangeStatus" AS ENUM ('planned', 'confirmed', 'completed', 'reported', 'cancelled');

-- CreateTable
CREATE TABLE "TwinningProfile" (
    "organisationId" TEXT NOT NULL,
    "offers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "seeks" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "hostCapacity" INTEGER NOT NULL DEFAULT 0,
    "hostMonths" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TwinningProfile_pkey" PRIMARY KEY ("organisationId")
);

-- CreateTable
CREATE TABLE "TwinningIntroduction" (
    "id" TEXT NOT NULL,
    "kind" "IntroductionKind" NOT NULL,
    "organisationAId" TEXT NOT NULL,
    "organisationBId" TEXT NOT NULL,
    "status" "IntroductionStatus" NOT NULL DEFAULT 'open',
    "answerA" "IntroductionAnswer",
    "answerB" "IntroductionAnswer",
    "answeredAAt" TIMESTAMP(3),
    "answeredBAt" TIMESTAMP(3),
    "message" TEXT,
    "createdById" TEXT,
    "remindedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TwinningIntroduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TwinningAgreement" (
    "id" TEXT NOT NULL,
    "organisationAId" TEXT NOT NULL,
    "organisationBId" TEXT NOT NULL,
    "status" "AgreementStatus" NOT NULL DEFAULT 'draft',
    "inForceRevisionId" TEXT,
    "contactAId" TEXT,
    "contactBId" TEXT,
    "terminationReason" TEXT,
    "createdById" TEXT,
    "agreedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TwinningAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementRevision" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "exchangesAToB" INTEGER NOT NULL DEFAULT 0,
    "exchangesBToA" INTEGER NOT NULL DEFAULT 0,
    "groupSizeCap" INTEGER NOT NULL DEFAULT 4,
    "originalLanguage" TEXT NOT NULL,
    "authorOrganisationId" TEXT,
    "authorId" TEXT,
    "fullySignedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementText" (
    "revisionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "field" "AgreementTextField" NOT NULL,
    "text" TEXT NOT NULL,
    "origin" "TranslationOrigin" NOT NULL DEFAULT 'original',
    "sourceSha256" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgreementText_pkey" PRIMARY KEY ("revisionId","language","field")
);

-- CreateTable
CREATE TABLE "AgreementSignature" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "party" "AgreementParty" NOT NULL,
    "organisationId" TEXT,
    "kind" "SignatureKind" NOT NULL DEFAULT 'signature',
    "signatoryId" TEXT,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementComment" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "authorId" TEXT,
    "organisationId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementEvent" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "revisionId" TEXT,
    "from" "AgreementStatus",
    "to" "AgreementStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffExchange" (
    "id" TEXT NOT NULL,
    "agreementId" TEXT NOT NULL,
    "hostOrganisationId" TEXT NOT NULL,
    "sendingOrganisationId" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "objectives" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" "ExchangeStatus" NOT NULL DEFAULT 'planned',
    "cancelReason" TEXT,
    "plannedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeParticipant" (
    "exchangeId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeParticipant_pkey" PRIMARY KEY ("exchangeId","userId")
);

-- CreateTable
CREATE TABLE "ExchangeReport" (
    "exchangeId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "learned" TEXT NOT NULL,
    "willChange" TEXT NOT NULL,
    "willShare" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "authorId" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeReport_pkey" PRIMARY KEY ("exchangeId","organisationId")
);

-- CreateTable
CREATE TABLE "ExchangeEvent" (
    "id" TEXT NOT NULL,
    "exchangeId" TEXT NOT NULL,
    "from" "ExchangeStatus",
    "to" "ExchangeStatus" NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TwinningIntroduction_organisationAId_status_idx" ON "TwinningIntroduction"("organisationAId", "status");

-- CreateIndex
CREATE INDEX "TwinningIntroduction_organisationBId_status_idx" ON "TwinningIntroduction"("organisationBId", "status");

-- CreateIndex
CREATE INDEX "TwinningIntroduction_status_createdAt_idx" ON "TwinningIntroduction"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TwinningAgreement_inForceRevisionId_key" ON "TwinningAgreement"("inForceRevisionId");

-- CreateIndex
CREATE INDEX "TwinningAgreement_organisationAId_status_idx" ON "TwinningAgreement"("organisationAId", "status");

-- CreateIndex
CREATE INDEX "TwinningAgreement_organisationBId_status_idx" ON "TwinningAgreement"("organisationBId", "status");

-- CreateIndex
CREATE INDEX "TwinningAgreement_status_idx" ON "TwinningAgreement"("status");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementRevision_agreementId_number_key" ON "AgreementRevision"("agreementId", "number");

-- CreateIndex
CREATE INDEX "AgreementSignature_revisionId_party_at_idx" ON "AgreementSignature"("revisionId", "party", "at");

-- CreateIndex
CREATE INDEX "AgreementSignature_agreementId_at_idx" ON "AgreementSignature"("agreementId", "at");

-- CreateIndex
CREATE INDEX "AgreementComment_agreementId_createdAt_idx" ON "AgreementComment"("agreementId", "createdAt");

-- CreateIndex
CREATE INDEX "AgreementEvent_agreementId_createdAt_idx" ON "AgreementEvent"("agreementId", "createdAt");

-- CreateIndex
CREATE INDEX "StaffExchange_agreementId_startsOn_idx" ON "StaffExchange"("agreementId", "startsOn");

-- CreateIndex
CREATE INDEX "StaffExchange_status_endsOn_idx" ON "StaffExchange"("status", "endsOn");

-- CreateIndex
CREATE INDEX "ExchangeParticipant_userId_idx" ON "ExchangeParticipant"("userId");

-- CreateIndex
CREATE INDEX "ExchangeEvent_exchangeId_createdAt_idx" ON "ExchangeEvent"("exchangeId", "createdAt");

-- AddForeignKey
ALTER TABLE "TwinningProfile" ADD CONSTRAINT "TwinningProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningProfile" ADD CONSTRAINT "TwinningProfile_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningIntroduction" ADD CONSTRAINT "TwinningIntroduction_organisationAId_fkey" FOREIGN KEY ("organisationAId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningIntroduction" ADD CONSTRAINT "TwinningIntroduction_organisationBId_fkey" FOREIGN KEY ("organisationBId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningIntroduction" ADD CONSTRAINT "TwinningIntroduction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningAgreement" ADD CONSTRAINT "TwinningAgreement_organisationAId_fkey" FOREIGN KEY ("organisationAId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningAgreement" ADD CONSTRAINT "TwinningAgreement_organisationBId_fkey" FOREIGN KEY ("organisationBId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningAgreement" ADD CONSTRAINT "TwinningAgreement_inForceRevisionId_fkey" FOREIGN KEY ("inForceRevisionId") REFERENCES "AgreementRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningAgreement" ADD CONSTRAINT "TwinningAgreement_contactAId_fkey" FOREIGN KEY ("contactAId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningAgreement" ADD CONSTRAINT "TwinningAgreement_contactBId_fkey" FOREIGN KEY ("contactBId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwinningAgreement" ADD CONSTRAINT "TwinningAgreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "TwinningAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_authorOrganisationId_fkey" FOREIGN KEY ("authorOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementText" ADD CONSTRAINT "AgreementText_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "AgreementRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "TwinningAgreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "AgreementRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementComment" ADD CONSTRAINT "AgreementComment_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "TwinningAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementComment" ADD CONSTRAINT "AgreementComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementComment" ADD CONSTRAINT "AgreementComment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementEvent" ADD CONSTRAINT "AgreementEvent_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "TwinningAgreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffExchange" ADD CONSTRAINT "StaffExchange_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "TwinningAgreement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffExchange" ADD CONSTRAINT "StaffExchange_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffExchange" ADD CONSTRAINT "StaffExchange_sendingOrganisationId_fkey" FOREIGN KEY ("sendingOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffExchange" ADD CONSTRAINT "StaffExchange_plannedById_fkey" FOREIGN KEY ("plannedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeParticipant" ADD CONSTRAINT "ExchangeParticipant_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "StaffExchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeParticipant" ADD CONSTRAINT "ExchangeParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeReport" ADD CONSTRAINT "ExchangeReport_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "StaffExchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeReport" ADD CONSTRAINT "ExchangeReport_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeReport" ADD CONSTRAINT "ExchangeReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeEvent" ADD CONSTRAINT "ExchangeEvent_exchangeId_fkey" FOREIGN KEY ("exchangeId") REFERENCES "StaffExchange"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Rules the application relies on, kept by the database too.
ALTER TABLE "TwinningProfile" ADD CONSTRAINT "TwinningProfile_capacity_not_negative" CHECK ("hostCapacity" >= 0);
ALTER TABLE "TwinningProfile" ADD CONSTRAINT "TwinningProfile_months_in_range" CHECK ("hostMonths" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12]);
ALTER TABLE "TwinningIntroduction" ADD CONSTRAINT "TwinningIntroduction_two_organisations" CHECK ("organisationAId" <> "organisationBId");
ALTER TABLE "TwinningAgreement" ADD CONSTRAINT "TwinningAgreement_two_organisations" CHECK ("organisationAId" <> "organisationBId");
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_ends_after_start" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_exchanges_not_negative" CHECK ("exchangesAToB" >= 0 AND "exchangesBToA" >= 0);
ALTER TABLE "AgreementRevision" ADD CONSTRAINT "AgreementRevision_group_cap_positive" CHECK ("groupSizeCap" >= 1);
ALTER TABLE "AgreementSignature" ADD CONSTRAINT "AgreementSignature_party_organisation" CHECK (("party" = 'network') = ("organisationId" IS NULL));
ALTER TABLE "StaffExchange" ADD CONSTRAINT "StaffExchange_ends_after_start" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "StaffExchange" ADD CONSTRAINT "StaffExchange_two_organisations" CHECK ("hostOrganisationId" <> "sendingOrganisationId");

-- One open introduction per pair of organisations, whichever way round.
CREATE UNIQUE INDEX "TwinningIntroduction_one_open_per_pair" ON "TwinningIntroduction"
  (LEAST("organisationAId", "organisationBId"), GREATEST("organisationAId", "organisationBId")) WHERE "status" = 'open';
-- One live agreement per pair (draft to active); ended ones stay as history.
CREATE UNIQUE INDEX "TwinningAgreement_one_live_per_pair" ON "TwinningAgreement"
  (LEAST("organisationAId", "organisationBId"), GREATEST("organisationAId", "organisationBId"))
  WHERE "status" IN ('draft', 'proposed', 'revised', 'agreed', 'active');

-- Signatures are a ledger: never edited, except that an erasure blanks the signatory.
SELECT make_append_only('"AgreementSignature"', ARRAY['signatoryId', 'signatoryName', 'signatoryTitle']);
