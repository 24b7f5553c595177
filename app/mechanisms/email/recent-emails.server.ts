import type { PrismaClient } from "~/generated/prisma/client";

/** The newest emails in the outbox, for the development mail page. */
export function listRecentEmails(db: PrismaClient, take = 50) {
  return db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      to: true,
      language: true,
      subject: true,
      text: true,
      html: true,
      status: true,
      attempts: true,
      createdAt: true,
      // Until it is sent; afterwards the folder transport's file lists them.
      attachments: { select: { filename: true, contentType: true }, orderBy: { position: "asc" } },
    },
  });
}
