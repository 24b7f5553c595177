// Who hears about an introduction, and the mails: the admins and editors of each side
// (those who answer introductions), each in their own language, with a link to their
// organisation's twinning page.
import type { Prisma } from "~/generated/prisma/client";
import type { EmailTemplate } from "~/mechanisms/email/email-templates.server";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";

type Tx = Prisma.TransactionClient;

export type IntroductionMail = "introduced" | "requested" | "accepted" | "declined" | "reminder" | "lapsed";

const templates = {
  introduced: "twinningIntroduced",
  requested: "twinningIntroductionRequested",
  accepted: "twinningIntroductionAccepted",
  declined: "twinningIntroductionDeclined",
  reminder: "twinningIntroductionReminder",
  lapsed: "twinningIntroductionLapsed",
} as const satisfies Record<IntroductionMail, EmailTemplate>;

/** The people who answer for an organisation: its admins and editors. */
function answerers(tx: Tx, organisationId: string) {
  return tx.organisationMembership.findMany({
    where: { organisationId, role: { in: ["admin", "editor"] } },
    select: { user: { select: { name: true, email: true, preferredLanguage: true } } },
  });
}

/** The note that came with the introduction, as a paragraph in the mail's language. */
async function noteIn(language: Language, message: string | null) {
  const t = await i18nServer.getFixedT(language, "email");
  return message ? t("twinningNote", { message }) : t("twinningNoNote");
}

/**
 * Mails the news of an introduction. A request goes to the side asked; a reminder to the
 * sides that have not answered; everything else to both sides.
 */
export async function mailIntroduction(tx: Tx, introductionId: string, kind: IntroductionMail) {
  const introduction = await tx.twinningIntroduction.findUniqueOrThrow({
    where: { id: introductionId },
    select: {
      message: true,
      answerA: true,
      answerB: true,
      organisationA: { select: { id: true, name: true, slug: true } },
      organisationB: { select: { id: true, name: true, slug: true } },
    },
  });
  const { organisationA: a, organisationB: b } = introduction;
  const sides = [
    { organisation: a, partner: b, answered: introduction.answerA !== null },
    { organisation: b, partner: a, answered: introduction.answerB !== null },
  ].filter((side) => (kind === "requested" ? side.organisation.id === b.id : kind === "reminder" ? !side.answered : true));
  const template = templates[kind];
  for (const side of sides) {
    for (const { user } of await answerers(tx, side.organisation.id)) {
      await mailPerson(tx, user, template, async (language) => ({
        name: user.name,
        organisation: side.organisation.name,
        partner: side.partner.name,
        note: await noteIn(language, introduction.message),
        link: link(`/${language}/organisations/${side.organisation.slug}/twinning`),
      }));
    }
  }
}
