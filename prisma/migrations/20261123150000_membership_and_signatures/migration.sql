-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('submitted', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "SignatureKind" AS ENUM ('signature', 'withdrawal');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "logoFile" TEXT,
ADD COLUMN     "themes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MembershipApplication" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "applicantId" TEXT,
    "motivation" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'submitted',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipEvent" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "fromStatus" "MembershipStatus",
    "toStatus" "MembershipStatus" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CharterSignature" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "kind" "SignatureKind" NOT NULL DEFAULT 'signature',
    "signatoryId" TEXT,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CharterSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "topics" TEXT[],
    "languages" TEXT[],
    "availability" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MembershipApplication_organisationId_key" ON "MembershipApplication"("organisationId");

-- CreateIndex
CREATE INDEX "MembershipApplication_status_createdAt_idx" ON "MembershipApplication"("status", "createdAt");

-- CreateIndex
CREATE INDEX "MembershipEvent_organisationId_at_idx" ON "MembershipEvent"("organisationId", "at");

-- CreateIndex
CREATE INDEX "CharterSignature_organisationId_versionId_at_idx" ON "CharterSignature"("organisationId", "versionId", "at");

-- CreateIndex
CREATE INDEX "CharterSignature_versionId_at_idx" ON "CharterSignature"("versionId", "at");

-- CreateIndex
CREATE INDEX "Expert_organisationId_idx" ON "Expert"("organisationId");

-- AddForeignKey
ALTER TABLE "MembershipApplication" ADD CONSTRAINT "MembershipApplication_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipEvent" ADD CONSTRAINT "MembershipEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterSignature" ADD CONSTRAINT "CharterSignature_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CharterSignature" ADD CONSTRAINT "CharterSignature_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CharterVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expert" ADD CONSTRAINT "Expert_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Signatures are never edited or deleted: a withdrawal is a new row. The one change
-- allowed is removing the signatory's name and title when they erase their account.
CREATE FUNCTION "charter_signature_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW."signatoryId" IS NULL
     AND NEW."signatoryName" = ''
     AND NEW."signatoryTitle" = ''
     AND (NEW."id", NEW."organisationId", NEW."versionId", NEW."kind", NEW."language", NEW."textSha256", NEW."at")
         IS NOT DISTINCT FROM
         (OLD."id", OLD."organisationId", OLD."versionId", OLD."kind", OLD."language", OLD."textSha256", OLD."at")
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'Charter signatures are append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CharterSignature_append_only"
  BEFORE UPDATE OR DELETE ON "CharterSignature"
  FOR EACH ROW EXECUTE FUNCTION "charter_signature_append_only"();
