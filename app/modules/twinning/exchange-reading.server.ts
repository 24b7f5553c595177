// What the exchange pages, mails and certificates read: an agreement's exchanges, one
// exchange with its participants, reports and history, the people who may take part, a
// person's own exchanges, and the agreement's title in the reader's language (from the
// revision in force, through the translations mechanism's one fallback rule).
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { pickTranslation } from "~/mechanisms/translations/pick-translation";
import { formatDate } from "~/utils/format";
import type { Language } from "~/utils/languages";

type Db = PrismaClient | Prisma.TransactionClient;

/** "3 March 2027 – 7 March 2027", in the reader's language (the days are stored at midnight UTC). */
export function exchangeDates(exchange: { startsOn: Date | string; endsOn: Date | string }, language: Language) {
  const from = formatDate(exchange.startsOn, language, { dateStyle: "long" });
  const to = formatDate(exchange.endsOn, language, { dateStyle: "long" });
  return from === to ? from : `${from} – ${to}`;
}

/** A calendar day as YYYY-MM-DD (a date input's value, and how the days are compared). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The title of the agreement's revision in force (else its latest), in `language` or the fallback, with the language it is in. */
export async function agreementTitle(db: Db, agreementId: string, language: Language) {
  const agreement = await db.twinningAgreement.findUnique({ where: { id: agreementId }, select: { inForceRevisionId: true } });
  const revision = await db.agreementRevision.findFirst({
    where: agreement?.inForceRevisionId ? { id: agreement.inForceRevisionId } : { agreementId },
    orderBy: { number: "desc" },
    select: { texts: { where: { field: "title" }, select: { language: true, origin: true, text: true } } },
  });
  const picked = pickTranslation(revision?.texts ?? [], language);
  return { title: picked?.translation.text ?? "", language: picked?.translation.language ?? language };
}

const organisationSummary = { id: true, name: true, slug: true, city: true, countryCode: true } satisfies Prisma.OrganisationSelect;

/** The agreement as the exchange pages need it: its status, both parties, the terms in force. */
export async function agreementForExchanges(db: Db, agreementId: string) {
  return db.twinningAgreement.findUnique({
    where: { id: agreementId },
    select: {
      id: true,
      status: true,
      organisationA: { select: organisationSummary },
      organisationB: { select: organisationSummary },
      inForceRevision: { select: { id: true, startsOn: true, endsOn: true, groupSizeCap: true, exchangesAToB: true, exchangesBToA: true } },
    },
  });
}

/** The agreement's exchanges, soonest first: status, host, dates, how many take part. */
export async function exchangesOfAgreement(db: Db, agreementId: string) {
  return db.staffExchange.findMany({
    where: { agreementId },
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      startsOn: true,
      endsOn: true,
      hostOrganisation: { select: { id: true, name: true } },
      sendingOrganisation: { select: { id: true, name: true } },
      _count: { select: { participants: true } },
    },
  });
}

/**
 * Each way of the agreement (A's people to B, B's to A): how many exchanges its terms in
 * force plan, and how many are planned or done so far (all but the cancelled).
 */
export function exchangesEachWay(
  agreement: { organisationA: { id: string; name: string }; organisationB: { id: string; name: string }; inForceRevision: { exchangesAToB: number; exchangesBToA: number } | null },
  exchanges: readonly { status: string; sendingOrganisation: { id: string } }[],
) {
  const way = (sending: { id: string; name: string }, host: { id: string; name: string }, planned: number) => ({
    sending: sending.name,
    host: host.name,
    planned,
    sofar: exchanges.filter((exchange) => exchange.status !== "cancelled" && exchange.sendingOrganisation.id === sending.id).length,
  });
  const terms = agreement.inForceRevision;
  if (!terms) return [];
  return [way(agreement.organisationA, agreement.organisationB, terms.exchangesAToB), way(agreement.organisationB, agreement.organisationA, terms.exchangesBToA)];
}

/** One exchange of the agreement, or null (another agreement's is not found). */
export async function exchangeOfAgreement(db: Db, agreementId: string, exchangeId: string) {
  return db.staffExchange.findFirst({
    where: { id: exchangeId, agreementId },
    select: {
      id: true,
      agreementId: true,
      status: true,
      startsOn: true,
      endsOn: true,
      objectives: true,
      language: true,
      cancelReason: true,
      hostOrganisation: { select: organisationSummary },
      sendingOrganisation: { select: organisationSummary },
      participants: { orderBy: { addedAt: "asc" }, select: { user: { select: { id: true, name: true } } } },
      reports: {
        orderBy: { submittedAt: "asc" },
        select: { organisationId: true, learned: true, willChange: true, willShare: true, language: true, submittedAt: true },
      },
      history: { orderBy: { createdAt: "asc" }, select: { id: true, from: true, to: true, note: true, createdAt: true } },
    },
  });
}

/** The people of each organisation (by id), by name: who may be sent on an exchange. */
export async function peopleOf(db: Db, organisationIds: string[]) {
  const memberships = await db.organisationMembership.findMany({
    where: { organisationId: { in: organisationIds }, user: { erasedAt: null } },
    select: { organisationId: true, user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
  });
  return memberships.map((membership) => ({ organisationId: membership.organisationId, id: membership.user.id, name: membership.user.name }));
}

/** A person's own exchanges (those they take part in), latest first. */
export async function ownExchanges(db: Db, userId: string) {
  return db.staffExchange.findMany({
    where: { participants: { some: { userId } } },
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    select: {
      id: true,
      agreementId: true,
      status: true,
      startsOn: true,
      endsOn: true,
      hostOrganisation: { select: { name: true, city: true, countryCode: true } },
      sendingOrganisation: { select: { name: true, slug: true } },
    },
  });
}

/** A certificate is for an exchange that took place: completed, or reported on since. */
export const certifiable = (status: string) => status === "completed" || status === "reported";
