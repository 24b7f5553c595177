// Feedback after an event. An attendee answers once, from the link mailed after the event
// (its token, looked up by its hash) or from their own registration's page when signed in.
// An anonymous answer is stored with nothing that leads back to them: no registration, a
// random id, no time of its own (EventFeedback), and the registration's mark that it has
// answered keeps only the day. "Once" is a conditional update of that mark in the same
// transaction as the answer: of two submissions at once, the second finds it set and
// stores nothing.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { Language } from "~/utils/languages";
import { certifiable } from "./certificates.server";
import { ratings, type FeedbackForm, type Rating } from "./feedback.schemas";
import { tokenHash } from "./registrations.server";
import { eventDates, shownEventTexts } from "./shown-event-texts.server";

type Db = PrismaClient;
type Refused<E extends string> = { ok: false; error: E };
const refuse = <E extends string>(error: E): Refused<E> => ({ ok: false, error });

/** Who answers: the holder of a mailed link, or a signed-in registrant on their own registration. */
export type Respondent = { token: string } | { registrationId: string; personId: string };

/** The tokens after-event.server.ts mails are 32 random bytes in base64url (43 characters). */
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

function registrationOf(respondent: Respondent): Prisma.RegistrationWhereInput | null {
  if ("token" in respondent) return tokenShape.test(respondent.token) ? { feedbackTokenHash: tokenHash(respondent.token) } : null;
  return { id: respondent.registrationId, personId: respondent.personId };
}

/** The form is open to someone who attended, once the event is over, until they have answered. */
export type FeedbackState = "open" | "answered" | "notOpen";

function stateOf(registration: { status: string; feedbackGivenAt: Date | null; event: { endsAt: Date } }, now: Date): FeedbackState {
  if (registration.feedbackGivenAt) return "answered";
  return certifiable(registration, now) ? "open" : "notOpen";
}

/** What the feedback page shows: the event in the reader's language and whether the form is open; null for a link nobody holds. */
export async function feedbackInvitation(db: Db, respondent: Respondent, reader: Language, now = new Date()) {
  const where = registrationOf(respondent);
  if (!where) return null;
  const registration = await db.registration.findFirst({
    where,
    select: { id: true, status: true, feedbackGivenAt: true, event: { select: { id: true, startsAt: true, endsAt: true, timeZone: true } } },
  });
  if (!registration) return null;
  const title = (await shownEventTexts(db, [registration.event.id], reader)).get(registration.event.id)?.fields.title;
  return {
    state: stateOf(registration, now),
    event: { id: registration.event.id, title: title?.text ?? "", titleLanguage: title?.language ?? reader, dates: eventDates(registration.event, reader) },
  };
}

/** For a registrant's own page: whether a certificate is theirs to download, and where the feedback form stands. */
export async function afterEventOf(db: Db, { registrationId, personId, now = new Date() }: { registrationId: string; personId: string; now?: Date }) {
  const registration = await db.registration.findFirst({
    where: { id: registrationId, personId },
    select: { status: true, feedbackGivenAt: true, event: { select: { endsAt: true } } },
  });
  if (!registration || !certifiable(registration, now)) return null;
  return { certificate: true, feedback: stateOf(registration, now) };
}

export type FeedbackRefusal = "unknown" | "notOpen" | "alreadyAnswered";

/** The start of the day (UTC): when a person answered is kept no closer than that. */
const dayOf = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));

/** Stores an answer, in the page's language; anonymous, with no link to the registration. */
export async function submitFeedback(
  db: Db,
  { respondent, form, language, now = new Date() }: { respondent: Respondent; form: FeedbackForm; language: Language; now?: Date },
): Promise<{ ok: true } | Refused<FeedbackRefusal>> {
  const where = registrationOf(respondent);
  if (!where) return refuse("unknown");
  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findFirst({ where, select: { id: true, eventId: true, status: true, feedbackGivenAt: true, event: { select: { endsAt: true } } } });
    if (!registration) return refuse("unknown");
    const state = stateOf(registration, now);
    if (state !== "open") return refuse(state === "answered" ? "alreadyAnswered" : "notOpen");
    // The protection: only a registration not yet marked is marked. A second submission
    // waits for the first's row lock, then finds the mark set and changes nothing.
    const { count } = await tx.registration.updateMany({
      where: { id: registration.id, status: "attended", feedbackGivenAt: null },
      data: { feedbackGivenAt: dayOf(now) },
    });
    if (count === 0) return refuse("alreadyAnswered");
    await tx.eventFeedback.create({
      data: {
        eventId: registration.eventId,
        registrationId: form.anonymous ? null : registration.id,
        language,
        overall: form.overall,
        content: form.content,
        organisation: form.organisation,
        comment: form.comment,
      },
    });
    return { ok: true as const };
  });
}

/** The event as the organisers' feedback page heads it, or null. */
export async function feedbackEvent(db: Db, eventId: string, reader: Language) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, startsAt: true, endsAt: true, timeZone: true, afterEventMailedAt: true } });
  if (!event) return null;
  const title = (await shownEventTexts(db, [eventId], reader)).get(eventId)?.fields.title;
  return { id: event.id, title: title?.text ?? "", titleLanguage: title?.language ?? reader, dates: eventDates(event, reader), afterEventMailedAt: event.afterEventMailedAt, timeZone: event.timeZone };
}

export const commentsPerPage = 50;

/**
 * An event's feedback for its organisers: how many answered, each rating's average and
 * how many gave each score, and one page of the comments (anonymous ones marked as such,
 * named ones with the person's name). Comments come in the order of their random ids,
 * which says nothing of when, or in what order, anyone answered.
 */
export async function feedbackResults(db: Db, eventId: string, { page = 1 }: { page?: number } = {}) {
  const where = { eventId };
  const withComment = { eventId, comment: { not: "" } };
  const [answers, overall, content, organisation, commentCount] = await Promise.all([
    db.eventFeedback.count({ where }),
    db.eventFeedback.groupBy({ by: ["overall"], where, _count: { _all: true } }).then((rows) => rows.map((row) => [row.overall, row._count._all] as const)),
    db.eventFeedback.groupBy({ by: ["content"], where, _count: { _all: true } }).then((rows) => rows.map((row) => [row.content, row._count._all] as const)),
    db.eventFeedback.groupBy({ by: ["organisation"], where, _count: { _all: true } }).then((rows) => rows.map((row) => [row.organisation, row._count._all] as const)),
    db.eventFeedback.count({ where: withComment }),
  ]);
  const counted: Record<Rating, (readonly [number, number])[]> = { overall, content, organisation };
  const summaries = ratings.map((rating) => {
    const byScore = new Map(counted[rating]);
    const distribution = [1, 2, 3, 4, 5].map((score) => ({ score, count: byScore.get(score) ?? 0 }));
    const total = distribution.reduce((sum, row) => sum + row.count, 0);
    const average = total ? distribution.reduce((sum, row) => sum + row.score * row.count, 0) / total : null;
    return { rating, average, distribution };
  });
  const pageCount = Math.max(1, Math.ceil(commentCount / commentsPerPage));
  const shownPage = Math.min(Math.max(1, page), pageCount);
  const comments = await db.eventFeedback.findMany({
    where: withComment,
    select: { id: true, language: true, comment: true, registrationId: true, registration: { select: { delegateName: true, person: { select: { name: true } } } } },
    orderBy: { id: "asc" },
    skip: (shownPage - 1) * commentsPerPage,
    take: commentsPerPage,
  });
  return {
    answers,
    summaries,
    commentCount,
    page: shownPage,
    pageCount,
    comments: comments.map((row) => ({
      id: row.id,
      language: row.language,
      comment: row.comment,
      // Null: anonymous. A named answer whose registrant has no name left shows as "".
      name: row.registrationId ? (row.registration?.person?.name ?? row.registration?.delegateName ?? "") : null,
    })),
  };
}
