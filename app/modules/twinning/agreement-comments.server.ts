// An agreement's comment thread, visible to both parties and the coordinators: each
// comment says who wrote it and for which side (or for the network's coordination).
// Adding one emails the other side's writers (agreements:write: admins and editors), each
// in their language; a coordinator's comment is mailed to both sides' writers.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import { permissions } from "~/modules/auth/permissions";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { revisionTextFor } from "./agreement-record.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** The thread, oldest first (newest last, as a conversation reads). */
export async function listComments(db: Db, agreementId: string) {
  const comments = await db.agreementComment.findMany({
    where: { agreementId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, organisationId: true, author: { select: { name: true } }, organisation: { select: { name: true } } },
  });
  return comments.map((comment) => ({
    id: comment.id,
    body: comment.body,
    createdAt: comment.createdAt,
    authorName: comment.author?.name ?? null,
    // Null: written for the network's coordination.
    side: comment.organisationId ? (comment.organisation?.name ?? "") : null,
  }));
}

export type AgreementComment = Awaited<ReturnType<typeof listComments>>[number];

/** The organisation roles that write agreements, from the permissions table. */
const writerRoles = permissions["agreements:write"].flatMap((role) => (role.startsWith("organisation:") ? [role.slice("organisation:".length)] : [])) as ("admin" | "editor" | "member")[];

type NewComment = {
  agreementId: string;
  authorId: string;
  /** The side the author writes for; null for a coordinator writing for the network. */
  organisationId: string | null;
  body: string;
};

/** Adds the comment and, in the same transaction, mails the other side's writers. */
export async function addComment(prisma: PrismaClient, comment: NewComment) {
  return prisma.$transaction(async (tx) => {
    const created = await tx.agreementComment.create({ data: comment, select: { id: true } });
    const agreement = await tx.twinningAgreement.findUniqueOrThrow({
      where: { id: comment.agreementId },
      select: {
        id: true,
        organisationAId: true,
        organisationBId: true,
        inForceRevisionId: true,
        organisationA: { select: { name: true, slug: true } },
        organisationB: { select: { name: true, slug: true } },
        revisions: { orderBy: { number: "desc" }, select: { id: true, texts: { select: { language: true, field: true, text: true, origin: true } } } },
      },
    });
    const author = await tx.user.findUniqueOrThrow({ where: { id: comment.authorId }, select: { name: true } });
    const recipients = [
      { organisationId: agreement.organisationAId, slug: agreement.organisationA.slug },
      { organisationId: agreement.organisationBId, slug: agreement.organisationB.slug },
    ].filter((side) => side.organisationId !== comment.organisationId);
    const revision = agreement.revisions.find((candidate) => candidate.id === agreement.inForceRevisionId) ?? agreement.revisions[0];
    const writtenFor =
      comment.organisationId === agreement.organisationAId ? agreement.organisationA.name : comment.organisationId === agreement.organisationBId ? agreement.organisationB.name : null;
    for (const side of recipients) {
      const writers = await tx.organisationMembership.findMany({
        where: { organisationId: side.organisationId, role: { in: writerRoles }, userId: { not: comment.authorId } },
        select: { user: { select: { name: true, email: true, preferredLanguage: true } } },
      });
      for (const { user } of writers) {
        await mailPerson(tx, user, "agreementCommentAdded", async (language: Language) => ({
          name: user.name,
          author: author.name,
          organisation: writtenFor ?? (await networkName(language)),
          title: (revision ? revisionTextFor(revision.texts, language)?.title : null) ?? "",
          link: link(`/${language}/organisations/${side.slug}/twinning/agreements/${agreement.id}/comments`),
        }));
      }
    }
    return created;
  });
}

async function networkName(language: Language) {
  const t = await i18nServer.getFixedT(language, "agreement-record");
  return t("party.network");
}
