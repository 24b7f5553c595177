-- Files sent with an outbox email (an event's .ics), kept only until the email is sent.
-- CreateTable
CREATE TABLE "OutboxAttachment" (
    "emailId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "contentBase64" TEXT NOT NULL,

    CONSTRAINT "OutboxAttachment_pkey" PRIMARY KEY ("emailId","position")
);

-- AddForeignKey
ALTER TABLE "OutboxAttachment" ADD CONSTRAINT "OutboxAttachment_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "OutboxEmail"("id") ON DELETE CASCADE ON UPDATE CASCADE;

