// Every signature and withdrawal an organisation has made, newest first, for its Charter page.
import type { PrismaClient } from "~/generated/prisma/client";

export async function listSignatureRecords(prisma: PrismaClient, organisationId: string) {
  const records = await prisma.charterSignature.findMany({
    where: { organisationId },
    orderBy: { at: "desc" },
    include: { version: { select: { number: true } } },
  });
  return records.map((record) => ({
    id: record.id,
    kind: record.kind,
    at: record.at,
    version: record.version.number,
    language: record.language,
    signatory: record.signatoryName,
    title: record.signatoryTitle,
  }));
}
