-- Machine translation (issue 11): an editor's requests for machine translations, one row per
-- (library revision or organisation description, target language), so the editor sees which
-- are pending and why one failed; the work itself is a timed job per row (ScheduledJob).
-- OrganisationDescription gains sourceSha256, as LibraryText has, so a machine (or human)
-- translation of a description remembers which original it was made from and shows as out
-- of date once the original changes (source-digest.ts). Nullable: existing rows are left as
-- they are.
-- CreateEnum
CREATE TYPE "MachineTranslationStatus" AS ENUM ('pending', 'done', 'failed');

-- AlterTable
ALTER TABLE "OrganisationDescription" ADD COLUMN     "sourceSha256" TEXT;

-- CreateTable
CREATE TABLE "MachineTranslationRequest" (
    "id" TEXT NOT NULL,
    "revisionId" TEXT,
    "organisationId" TEXT,
    "targetLanguage" TEXT NOT NULL,
    "status" "MachineTranslationStatus" NOT NULL DEFAULT 'pending',
    "failure" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "MachineTranslationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MachineTranslationRequest_revisionId_targetLanguage_key" ON "MachineTranslationRequest"("revisionId", "targetLanguage");

-- CreateIndex
CREATE UNIQUE INDEX "MachineTranslationRequest_organisationId_targetLanguage_key" ON "MachineTranslationRequest"("organisationId", "targetLanguage");

-- AddForeignKey
ALTER TABLE "MachineTranslationRequest" ADD CONSTRAINT "MachineTranslationRequest_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "LibraryRevision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MachineTranslationRequest" ADD CONSTRAINT "MachineTranslationRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A request is about exactly one thing.
ALTER TABLE "MachineTranslationRequest" ADD CONSTRAINT "MachineTranslationRequest_one_subject"
  CHECK (("revisionId" IS NULL) <> ("organisationId" IS NULL));
