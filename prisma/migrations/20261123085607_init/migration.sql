-- CreateEnum
CREATE TYPE "OrganisationType" AS ENUM ('public_health_service', 'ngo_or_charity', 'peer_led', 'family_and_carers', 'university_or_research', 'professional_body', 'other');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('applicant', 'active', 'suspended', 'lapsed', 'resigned');

-- CreateEnum
CREATE TYPE "TranslationOrigin" AS ENUM ('original', 'machine', 'human');

-- CreateEnum
CREATE TYPE "CharterVersionStatus" AS ENUM ('draft', 'published');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "OrganisationType" NOT NULL,
    "countryCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "website" TEXT,
    "languages" TEXT[],
    "publicEmail" TEXT,
    "status" "MembershipStatus" NOT NULL DEFAULT 'applicant',
    "isFounderPartner" BOOLEAN NOT NULL DEFAULT false,
    "memberSince" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationDescription" (
    "organisationId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "origin" "TranslationOrigin" NOT NULL DEFAULT 'original',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganisationDescription_pkey" PRIMARY KEY ("organisationId","language")
);

-- CreateTable
CREATE TABLE "CharterVersion" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "CharterVersionStatus" NOT NULL DEFAULT 'draft',
    "effectiveFrom" DATE NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CharterVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterText" (
    "versionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "origin" "TranslationOrigin" NOT NULL DEFAULT 'original',

    CONSTRAINT "CharterText_pkey" PRIMARY KEY ("versionId","language")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_status_countryCode_idx" ON "Organisation"("status", "countryCode");

-- CreateIndex
CREATE INDEX "Organisation_status_type_idx" ON "Organisation"("status", "type");

-- CreateIndex
CREATE UNIQUE INDEX "CharterVersion_number_key" ON "CharterVersion"("number");

-- CreateIndex
CREATE INDEX "CharterVersion_status_effectiveFrom_idx" ON "CharterVersion"("status", "effectiveFrom");

-- AddForeignKey
ALTER TABLE "OrganisationDescription" ADD CONSTRAINT "OrganisationDescription_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterText" ADD CONSTRAINT "CharterText_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CharterVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
