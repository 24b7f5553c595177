// Who hears about an agreement's moves, and the mails, each in the recipient's language:
// the admins, editors and signatories of both sides; the network's coordinators as well
// when a revision waits for the network's signature. The person who made the move is not
// told what they just did. Links go to the agreement's page under the recipient's own
// organisation (a coordinator's, under the drafting side's).
import type { Prisma } from "~/generated/prisma/client";
import type { EmailTemplate, EmailValues } from "~/mechanisms/email/email-templates.server";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import type { Language } from "~/utils/languages";

type Tx = Prisma.TransactionClient;

export type AgreementMail =
  | { kind: "proposed" | "revised" }
  | { kind: "agreed" | "withdrawn" | "active" | "completed" }
  | { kind: "declined" | "terminated"; reason: string };

type Recipient = { id: string; name: string; email: string | null; preferredLanguage: string; slug: string };

async function agreementForMail(tx: Tx, agreementId: string) {
  return tx.twinningAgreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: {
      id: true,
      organisationA: { select: { id: true, slug: true, name: true } },
      organisationB: { select: { id: true, slug: true, name: true } },
      revisions: { orderBy: { number: "desc" }, take: 1, select: { number: true, authorOrganisationId: true, texts: { where: { field: "title" }, select: { language: true, text: true, origin: true } } } },
    },
  });
}

/** The admins, editors and signatories of both sides, each with their own side's slug; and coordinators, if asked. */
async function peopleConcerned(tx: Tx, agreement: Awaited<ReturnType<typeof agreementForMail>>, { coordinators }: { coordinators: boolean }) {
  const memberships = await tx.organisationMembership.findMany({
    where: {
      organisationId: { in: [agreement.organisationA.id, agreement.organisationB.id] },
      OR: [{ role: { in: ["admin", "editor"] } }, { signatory: true }],
    },
    select: { organisationId: true, user: { select: { id: true, name: true, email: true, preferredLanguage: true } } },
  });
  const byId = new Map<string, Recipient>();
  for (const { organisationId, user } of memberships) {
    const slug = organisationId === agreement.organisationA.id ? agreement.organisationA.slug : agreement.organisationB.slug;
    if (!byId.has(user.id)) byId.set(user.id, { ...user, slug });
  }
  if (coordinators) {
    const network = await tx.user.findMany({ where: { networkRole: { not: null } }, select: { id: true, name: true, email: true, preferredLanguage: true } });
    for (const person of network) if (!byId.has(person.id)) byId.set(person.id, { ...person, slug: agreement.organisationA.slug });
  }
  return [...byId.values()];
}

const titleIn = (agreement: Awaited<ReturnType<typeof agreementForMail>>, language: Language) =>
  pickTranslation(agreement.revisions[0]?.texts ?? [], language)?.translation.text ?? "";

const pageOf = (agreementId: string, slug: string, language: Language) => link(`/${language}/organisations/${slug}/twinning/agreements/${agreementId}`);

/** Mails the news of a move to everyone concerned but `actorId`. */
export async function mailAgreement(tx: Tx, agreementId: string, mail: AgreementMail, { actorId }: { actorId: string | null }) {
  const agreement = await agreementForMail(tx, agreementId);
  const latest = agreement.revisions[0];
  const author = latest?.authorOrganisationId === agreement.organisationB.id ? agreement.organisationB : agreement.organisationA;
  const needsNetwork = mail.kind === "proposed" || mail.kind === "revised";
  const recipients = (await peopleConcerned(tx, agreement, { coordinators: needsNetwork })).filter((person) => person.id !== actorId);
  const reason = "reason" in mail ? mail.reason : "";
  for (const person of recipients) {
    const send = <T extends EmailTemplate>(template: T, values: (language: Language) => EmailValues<T>) => mailPerson(tx, person, template, values);
    const base = (language: Language) => ({ name: person.name, title: titleIn(agreement, language), link: pageOf(agreement.id, person.slug, language) });
    if (mail.kind === "proposed") await send("agreementProposed", (language) => ({ ...base(language), organisation: author.name }));
    else if (mail.kind === "revised") await send("agreementRevised", (language) => ({ ...base(language), organisation: author.name, revision: String(latest?.number ?? 1) }));
    else if (mail.kind === "agreed") await send("agreementAgreed", base);
    else if (mail.kind === "active") await send("agreementActive", base);
    else if (mail.kind === "completed") await send("agreementCompleted", base);
    else if (mail.kind === "withdrawn") await send("agreementWithdrawn", (language) => ({ ...base(language), organisation: author.name }));
    else if (mail.kind === "declined") await send("agreementDeclined", (language) => ({ ...base(language), reason }));
    else await send("agreementTerminated", (language) => ({ ...base(language), reason }));
  }
  return recipients.length;
}

/**
 * Tells each person who had signed the revision a new one replaces that their signature
 * no longer applies: the new revision is the one to sign.
 */
export async function mailSignaturesVoid(tx: Tx, agreementId: string, replacedRevisionId: string, signatoryIds: readonly string[]) {
  if (signatoryIds.length === 0) return 0;
  const agreement = await agreementForMail(tx, agreementId);
  const replaced = await tx.agreementRevision.findUniqueOrThrow({ where: { id: replacedRevisionId }, select: { number: true } });
  const people = await tx.user.findMany({
    where: { id: { in: [...signatoryIds] } },
    select: { id: true, name: true, email: true, preferredLanguage: true, networkRole: true, memberships: { select: { organisationId: true } } },
  });
  for (const person of people) {
    const inB = person.memberships.some((membership) => membership.organisationId === agreement.organisationB.id);
    const inA = person.memberships.some((membership) => membership.organisationId === agreement.organisationA.id);
    const slug = inA || !inB ? agreement.organisationA.slug : agreement.organisationB.slug;
    await mailPerson(tx, person, "agreementSignatureVoid", (language) => ({
      name: person.name,
      title: titleIn(agreement, language),
      revision: String(replaced.number),
      link: pageOf(agreement.id, slug, language),
    }));
  }
  return people.length;
}
