// Who hears about a staff exchange, each in their own language: a planned exchange goes to
// the host side's admins and editors (who confirm it); a confirmed or cancelled one to both
// sides' admins and editors and to the participants; a completed one asks both sides'
// admins and editors for their report. Someone who is both (an editor who takes part)
// gets one mail, with the organisation's page.
import type { Prisma } from "~/generated/prisma/client";
import type { EmailTemplate } from "~/mechanisms/email/email-templates.server";
import { link } from "~/mechanisms/email/links.server";
import { mailPerson } from "~/mechanisms/email/mail-person.server";
import type { Language } from "~/utils/languages";
import { agreementTitle, exchangeDates } from "./exchange-reading.server";

type Tx = Prisma.TransactionClient;

export type ExchangeMail = "planned" | "confirmed" | "cancelled" | "completed";

const templateOf = {
  planned: "exchangePlanned",
  confirmed: "exchangeConfirmed",
  cancelled: "exchangeCancelled",
  completed: "exchangeReportDue",
} as const satisfies Record<ExchangeMail, EmailTemplate>;

type Recipient = { id: string; name: string; email: string | null; preferredLanguage: string; organisationSlug: string | null };

/** Queues the exchange's news for everyone concerned, in the caller's transaction; returns how many mails. */
export async function mailExchange(tx: Tx, exchangeId: string, kind: ExchangeMail, { reason = "" }: { reason?: string } = {}) {
  const exchange = await tx.staffExchange.findUniqueOrThrow({
    where: { id: exchangeId },
    select: {
      id: true,
      agreementId: true,
      startsOn: true,
      endsOn: true,
      hostOrganisationId: true,
      sendingOrganisationId: true,
      hostOrganisation: { select: { name: true, slug: true } },
      sendingOrganisation: { select: { name: true, slug: true } },
      participants: { select: { user: { select: { id: true, name: true, email: true, preferredLanguage: true } } } },
    },
  });
  const organisations = kind === "planned" ? [exchange.hostOrganisationId] : [exchange.hostOrganisationId, exchange.sendingOrganisationId];
  const writers = await tx.organisationMembership.findMany({
    where: { organisationId: { in: organisations }, role: { in: ["admin", "editor"] } },
    select: { organisation: { select: { slug: true } }, user: { select: { id: true, name: true, email: true, preferredLanguage: true } } },
    orderBy: { createdAt: "asc" },
  });
  const recipients = new Map<string, Recipient>();
  for (const writer of writers) if (!recipients.has(writer.user.id)) recipients.set(writer.user.id, { ...writer.user, organisationSlug: writer.organisation.slug });
  if (kind === "confirmed" || kind === "cancelled") {
    for (const { user } of exchange.participants) if (!recipients.has(user.id)) recipients.set(user.id, { ...user, organisationSlug: null });
  }
  let sent = 0;
  for (const recipient of recipients.values()) {
    const values = async (language: Language) => {
      const page = recipient.organisationSlug
        ? link(`/${language}/organisations/${recipient.organisationSlug}/twinning/agreements/${exchange.agreementId}/exchanges/${exchange.id}`)
        : link(`/${language}/account/exchanges`);
      return {
        name: recipient.name,
        host: exchange.hostOrganisation.name,
        sending: exchange.sendingOrganisation.name,
        agreement: (await agreementTitle(tx, exchange.agreementId, language)).title,
        dates: exchangeDates(exchange, language),
        participants: String(exchange.participants.length),
        reason,
        link: page,
      };
    };
    const template = templateOf[kind];
    if (await mailPerson(tx, recipient, template, values)) sent++;
  }
  return sent;
}
