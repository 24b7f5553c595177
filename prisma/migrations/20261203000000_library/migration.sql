-- The good-practice library: entries, their revisions, each revision's texts per field and
-- language, attachments and the revisions' workflow history (prisma/schema.prisma).
-- CreateEnum
CREATE TYPE "LibraryEntryKind" AS ENUM ('service_description', 'good_practice', 'report', 'film', 'tool', 'summary', 'training_material');

-- CreateEnum
CREATE TYPE "LibraryVisibility" AS ENUM ('public', 'members');

-- CreateEnum
CREATE TYPE "LibraryRevisionStatus" AS ENUM ('draft', 'in_review', 'published', 'superseded');

-- CreateEnum
CREATE TYPE "ServiceSetting" AS ENUM ('community', 'home', 'hospital', 'online');

-- CreateEnum
CREATE TYPE "ServiceEvidence" AS ENUM ('none_yet', 'local_evaluation', 'published_study');

-- CreateEnum
CREATE TYPE "LibraryTextField" AS ENUM ('title', 'summary', 'body', 'easy_read', 'target_group', 'outcomes');

-- CreateTable
CREATE TABLE "LibraryEntry" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "kind" "LibraryEntryKind" NOT NULL,
    "originalLanguage" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "publishedRevisionId" TEXT,
    "firstPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryRevision" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "LibraryRevisionStatus" NOT NULL DEFAULT 'draft',
    "visibility" "LibraryVisibility" NOT NULL DEFAULT 'public',
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "audiences" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "countryCode" TEXT,
    "links" JSONB NOT NULL DEFAULT '[]',
    "settings" "ServiceSetting"[] DEFAULT ARRAY[]::"ServiceSetting"[],
    "evidence" "ServiceEvidence",
    "serviceLanguages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "hostsVisitors" BOOLEAN NOT NULL DEFAULT false,
    "reviewNotes" TEXT,
    "authorId" TEXT,
    "reviewerId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryText" (
    "revisionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "field" "LibraryTextField" NOT NULL,
    "text" TEXT NOT NULL,
    "origin" "TranslationOrigin" NOT NULL DEFAULT 'original',
    "sourceSha256" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LibraryText_pkey" PRIMARY KEY ("revisionId","language","field")
);

-- CreateTable
CREATE TABLE "LibraryAttachment" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LibraryRevisionEvent" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "from" "LibraryRevisionStatus",
    "to" "LibraryRevisionStatus" NOT NULL,
    "actorId" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LibraryRevisionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LibraryEntry_publishedRevisionId_key" ON "LibraryEntry"("publishedRevisionId");

-- CreateIndex
CREATE INDEX "LibraryEntry_organisationId_idx" ON "LibraryEntry"("organisationId");

-- CreateIndex
CREATE INDEX "LibraryEntry_firstPublishedAt_idx" ON "LibraryEntry"("firstPublishedAt");

-- CreateIndex
CREATE INDEX "LibraryRevision_status_submittedAt_idx" ON "LibraryRevision"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LibraryRevision_entryId_number_key" ON "LibraryRevision"("entryId", "number");

-- CreateIndex
CREATE INDEX "LibraryAttachment_revisionId_idx" ON "LibraryAttachment"("revisionId");

-- CreateIndex
CREATE INDEX "LibraryAttachment_sha256_idx" ON "LibraryAttachment"("sha256");

-- CreateIndex
CREATE INDEX "LibraryRevisionEvent_revisionId_createdAt_idx" ON "LibraryRevisionEvent"("revisionId", "createdAt");

-- AddForeignKey
ALTER TABLE "LibraryEntry" ADD CONSTRAINT "LibraryEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryEntry" ADD CONSTRAINT "LibraryEntry_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "LibraryRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryRevision" ADD CONSTRAINT "LibraryRevision_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "LibraryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryRevision" ADD CONSTRAINT "LibraryRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryRevision" ADD CONSTRAINT "LibraryRevision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryText" ADD CONSTRAINT "LibraryText_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "LibraryRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryAttachment" ADD CONSTRAINT "LibraryAttachment_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "LibraryRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LibraryRevisionEvent" ADD CONSTRAINT "LibraryRevisionEvent_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "LibraryRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- At most one revision of an entry is being written or reviewed at a time: a second one
-- would fork the entry's text (a change to a published entry is one new revision).
CREATE UNIQUE INDEX "LibraryRevision_one_open_per_entry" ON "LibraryRevision"("entryId") WHERE "status" IN ('draft', 'in_review');

-- Links and a revision's published state are checked here too, whatever writes them.
ALTER TABLE "LibraryRevision" ADD CONSTRAINT "LibraryRevision_links_array" CHECK (jsonb_typeof("links") = 'array');
ALTER TABLE "LibraryText" ADD CONSTRAINT "LibraryText_translation_has_source" CHECK (("origin" = 'original') = ("sourceSha256" IS NULL));
