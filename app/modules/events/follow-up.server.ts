// Follow-up questions (DOMAIN.md: confirmed participants can be asked for more, such as
// their travel): the event's questions of stage `follow_up`, written in the event form,
// never asked on registering. Organisers see how many confirmed participants answered and
// ask them all by mail, each in their language with a link to their registration's page
// (a delegate without an account: a new link to their own page, which replaces the one
// they were sent before, since only its hash is kept). A confirmed or attended registrant
// answers on that page, under the erasure's lock like every answer.
import crypto from "node:crypto";
import type { PrismaClient, Prisma } from "~/generated/prisma/client";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { link } from "~/mechanisms/email/links.server";
import { mailAddress } from "~/mechanisms/email/mail-person.server";
import { pickFields } from "~/mechanisms/translations/pick-fields";
import { formatDate } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { lockAnswers } from "./answer-erasure.server";
import { recipientOf, registrationForMail } from "./registration-mail.server";
import type { FollowUpForm } from "./registration.schemas";
import { tokenHash } from "./registrations.server";
import { eventTitle } from "./shown-event-texts.server";

type Db = PrismaClient;
type Tx = Prisma.TransactionClient;
type Refused<E extends string> = { ok: false; error: E };
const refuse = <E extends string>(error: E): Refused<E> => ({ ok: false, error });

/** Those asked the follow-up questions: a place confirmed, or taken up at the event. */
export const followUpStatuses = ["confirmed", "attended"] as const satisfies readonly RegistrationStatus[];
const asksFollowUp = (status: RegistrationStatus) => (followUpStatuses as readonly RegistrationStatus[]).includes(status);

/** The follow-up questions whose answers are still kept. */
const askedNow = { stage: "follow_up", answersErasedAt: null } as const;

/** The organisers' page: the follow-up questions in the reader's language, how many confirmed participants answered, and when they were last asked. */
export async function followUpSummary(db: Db, eventId: string, language: Language) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      status: true,
      timeZone: true,
      followUpRequestedAt: true,
      questions: {
        where: { stage: "follow_up" },
        orderBy: { position: "asc" },
        select: { id: true, kind: true, required: true, answersErasedAt: true, texts: { select: { language: true, label: true, origin: true, sourceSha256: true } } },
      },
    },
  });
  if (!event) return null;
  const [confirmed, answered, title] = await Promise.all([
    db.registration.count({ where: { eventId, status: { in: [...followUpStatuses] } } }),
    db.registration.count({ where: { eventId, status: { in: [...followUpStatuses] }, followUpCompletedAt: { not: null } } }),
    eventTitle(db, eventId, language),
  ]);
  const day = (instant: Date) => `${formatDate(instant, language, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone })} (${event.timeZone})`;
  return {
    id: event.id,
    title,
    status: event.status,
    confirmed,
    answered,
    requestedOn: event.followUpRequestedAt ? day(event.followUpRequestedAt) : null,
    questions: event.questions.map((question) => {
      const shown = pickFields(
        question.texts.map((text) => ({ ...text, field: "label" as const, text: text.label })),
        language,
      ).fields.label;
      return {
        id: question.id,
        kind: question.kind,
        required: question.required,
        label: shown?.text ?? "",
        labelLanguage: shown?.language ?? language,
        erasedOn: question.answersErasedAt ? formatDate(question.answersErasedAt, language, { dateStyle: "long", timeZone: event.timeZone }) : null,
      };
    }),
  };
}

export type AskRefusal = "notFound" | "eventCancelled" | "noFollowUpQuestions";

/**
 * Mails every confirmed participant a link to answer the follow-up questions, in their
 * language, and notes when. Returns how many were mailed (an erased person gets nothing).
 */
export async function askConfirmedParticipants(
  db: Db,
  { eventId, actorId, now = new Date(), ip = "" }: { eventId: string; actorId: string; now?: Date; ip?: string },
): Promise<{ ok: true; mailed: number } | Refused<AskRefusal>> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { status: true, hostOrganisationId: true } });
    if (!event) return refuse("notFound");
    if (event.status === "cancelled") return refuse("eventCancelled");
    if ((await tx.eventQuestion.count({ where: { eventId, ...askedNow } })) === 0) return refuse("noFollowUpQuestions");
    const confirmed = await tx.registration.findMany({ where: { eventId, status: "confirmed" }, select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    let mailed = 0;
    for (const { id } of confirmed) if (await mailFollowUpRequest(tx, id)) mailed++;
    await tx.event.update({ where: { id: eventId }, data: { followUpRequestedAt: now } });
    await recordAudit(tx, { action: "events.follow_up_requested", actorId, organisationId: event.hostOrganisationId, ipAddress: ip, details: { event: eventId, mailed } });
    return { ok: true as const, mailed };
  });
}

/** One participant's mail: their own registration's page, or for a delegate a new link to theirs. */
async function mailFollowUpRequest(tx: Tx, registrationId: string) {
  const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: registrationForMail });
  const recipient = recipientOf(registration);
  if (!recipient) return false;
  const { language } = recipient;
  let page = link(`/${language}/account/registrations/${registration.id}`);
  if (!registration.person) {
    const token = crypto.randomBytes(32).toString("base64url");
    await tx.registration.update({ where: { id: registration.id }, data: { completionTokenHash: tokenHash(token) } });
    page = link(`/${language}/events/registration/${token}`);
  }
  const event = await eventTitle(tx, registration.eventId, language);
  await mailAddress(tx, { email: recipient.email, language }, "followUpRequested", { name: recipient.name, event, link: page });
  return true;
}

/** What a registration's page says about its follow-up questions: whether they are asked of this registrant, and when they last answered. */
export function followUpOf(
  registration: { status: RegistrationStatus; followUpCompletedAt: Date | null },
  event: { followUpQuestions: readonly unknown[]; timeZone?: string },
  language: Language,
  { answersTheirs }: { answersTheirs: boolean },
) {
  return {
    canAnswer: answersTheirs && asksFollowUp(registration.status) && event.followUpQuestions.length > 0,
    answeredOn: registration.followUpCompletedAt ? formatDate(registration.followUpCompletedAt, language, { dateStyle: "long", timeZone: event.timeZone }) : null,
  };
}

export type FollowUpRefusal = "notYours" | "notConfirmed";

async function saveFollowUp(db: Db, where: Prisma.RegistrationWhereInput, form: FollowUpForm, now: Date): Promise<{ ok: true } | Refused<FollowUpRefusal>> {
  const registration = await db.registration.findFirst({ where, select: { id: true, eventId: true, status: true } });
  if (!registration) return refuse("notYours");
  if (!asksFollowUp(registration.status)) return refuse("notConfirmed");
  return db.$transaction(async (tx) => {
    // Under the erasure's lock: a question whose answers were erased meanwhile takes none.
    await lockAnswers(tx, registration.eventId);
    const current = await tx.registration.findUniqueOrThrow({ where: { id: registration.id }, select: { status: true } });
    if (!asksFollowUp(current.status)) return refuse("notConfirmed");
    const questionIds = (await tx.eventQuestion.findMany({ where: { eventId: registration.eventId, ...askedNow }, select: { id: true } })).map((question) => question.id);
    const answers = Object.entries(form.answers)
      .filter(([questionId, value]) => value !== "" && questionIds.includes(questionId))
      .map(([questionId, value]) => ({ registrationId: registration.id, questionId, value }));
    await tx.registrationAnswer.deleteMany({ where: { registrationId: registration.id, questionId: { in: questionIds } } });
    await tx.registrationAnswer.createMany({ data: answers });
    await tx.registration.update({ where: { id: registration.id }, data: { followUpCompletedAt: now } });
    return { ok: true as const };
  });
}

/** A confirmed registrant answers the follow-up questions on their registration's page. */
export function saveOwnFollowUp(db: Db, { registrationId, personId, form, now = new Date() }: { registrationId: string; personId: string; form: FollowUpForm; now?: Date }) {
  return saveFollowUp(db, { id: registrationId, personId }, form, now);
}

/** A confirmed delegate answers them through their link. */
export function saveDelegateFollowUp(db: Db, { token, form, now = new Date() }: { token: string; form: FollowUpForm; now?: Date }) {
  return saveFollowUp(db, { completionTokenHash: tokenHash(token) }, form, now);
}
