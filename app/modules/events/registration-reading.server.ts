// What the registration pages read: an event as its register form needs it, a person's
// own registrations (and those they made for their organisation's delegates), one
// registration, and the organisers' list. Texts in the reader's language.
import type { PrismaClient } from "~/generated/prisma/client";
import type { EventQuestionKind, RegistrationStatus, TranslationOrigin } from "~/generated/prisma/enums";
import { pickFields } from "~/mechanisms/translations/pick-fields";
import { can, type Actor } from "~/modules/auth/permissions";
import { formatDate } from "~/utils/format";
import type { Language } from "~/utils/languages";
import { retentionSelect } from "./answer-erasure.server";
import { answerColumn, erasedColumn, standardAnswers } from "./answer-retention";
import { askedAsFollowUp, askedOnRegistering, questionField } from "./registration.schemas";
import { capLeft, registrantOf, seatsFor } from "./seats.server";
import { placesOf, placesOfEvents } from "./places.server";
import { tokenHash, whyRegistrationIsClosed } from "./registrations.server";
import { eventDates, shownEventTexts } from "./shown-event-texts.server";
import { waitingPositions } from "./waiting-list.server";

type Db = PrismaClient;

type StoredQuestion = {
  id: string;
  kind: EventQuestionKind;
  required: boolean;
  choiceKeys: string[];
  texts: { language: string; label: string; choiceLabels: string[]; origin: TranslationOrigin; sourceSha256: string | null }[];
};

/** An event's own question as `language`'s reader sees it: its label in their language, else the original, and its choices' labels in the same language. */
export function shownQuestion(question: StoredQuestion, language: Language) {
  const shown = pickFields(
    question.texts.map((text) => ({ ...text, field: "label" as const, text: text.label })),
    language,
  ).fields.label;
  const labels = question.texts.find((text) => text.language === shown?.language)?.choiceLabels ?? [];
  return {
    id: question.id,
    kind: question.kind,
    required: question.required,
    choiceKeys: question.choiceKeys,
    label: shown?.text ?? "",
    labelLanguage: shown?.language ?? language,
    choices: question.choiceKeys.map((key, index) => ({ key, label: labels[index] ?? key })),
  };
}

/** The event, its texts for the reader, its own questions with labels, the ledger, and whether it takes registrations now. */
export async function eventForRegistration(db: Db, eventId: string, language: Language, now = new Date()) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      // What answer-retention.ts reckons with; the questions' own settings are below.
      ...retentionSelect,
      id: true,
      status: true,
      mode: true,
      type: true,
      capacity: true,
      organisationCap: true,
      groupPolicy: true,
      offerHours: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      venue: true,
      city: true,
      countryCode: true,
      hostOrganisationId: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          required: true,
          choiceKeys: true,
          stage: true,
          retentionDays: true,
          answersErasedAt: true,
          texts: { select: { language: true, label: true, choiceLabels: true, origin: true, sourceSha256: true } },
        },
      },
    },
  });
  if (!event) return null;
  const texts = (await shownEventTexts(db, [eventId], language)).get(eventId)!;
  const questions = event.questions.map((question) => ({
    ...shownQuestion(question, language),
    stage: question.stage,
    retentionDays: question.retentionDays,
    answersErasedAt: question.answersErasedAt,
    erased: question.answersErasedAt !== null,
  }));
  const places = (await placesOf(db, eventId, now))!;
  return { ...event, questions, texts, places, closedBecause: whyRegistrationIsClosed(event, now) };
}

const listedRegistration = {
  id: true,
  status: true,
  eventId: true,
  personId: true,
  delegateName: true,
  offerExpiresAt: true,
  groupId: true,
  organisation: { select: { name: true } },
  event: { select: { id: true, startsAt: true, endsAt: true, timeZone: true, city: true, countryCode: true, status: true } },
} as const;

/** A person's registrations, and those they made for delegates, soonest event first. */
export async function ownRegistrations(db: Db, personId: string, language: Language, now = new Date()) {
  const registrations = await db.registration.findMany({
    where: { OR: [{ personId }, { registeredById: personId }] },
    select: listedRegistration,
    orderBy: [{ event: { startsAt: "asc" } }, { createdAt: "asc" }],
  });
  const titles = await shownEventTexts(db, registrations.map((registration) => registration.eventId), language);
  const positions = new Map<string, Map<string, number>>();
  for (const eventId of new Set(registrations.filter((registration) => registration.status === "waitlisted").map((registration) => registration.eventId))) {
    positions.set(eventId, await waitingPositions(db, eventId));
  }
  return registrations.map((registration) => ({
    id: registration.id,
    status: registration.status,
    forSelf: registration.personId === personId,
    delegateName: registration.delegateName,
    organisationName: registration.organisation?.name ?? null,
    position: positions.get(registration.eventId)?.get(registration.id) ?? null,
    offerExpiresAt: registration.status === "offered" ? registration.offerExpiresAt : null,
    offerOpen: registration.status === "offered" && registration.offerExpiresAt !== null && registration.offerExpiresAt > now,
    event: { ...registration.event, title: titles.get(registration.eventId)?.fields.title?.text ?? "", titleLanguage: titles.get(registration.eventId)?.fields.title?.language ?? language },
    canCancel: ["applied", "waitlisted", "offered", "confirmed"].includes(registration.status) && registration.event.endsAt > now,
    canChangeAnswers: registration.personId === personId && ["applied", "waitlisted", "offered", "confirmed"].includes(registration.status),
  }));
}

const oneRegistration = {
  id: true,
  eventId: true,
  status: true,
  personId: true,
  registeredById: true,
  organisationId: true,
  groupId: true,
  delegateName: true,
  waitingSince: true,
  offerExpiresAt: true,
  motivation: true,
  dietaryNeeds: true,
  accessibilityNeeds: true,
  interpretationNeeds: true,
  listVisibility: true,
  conductAcceptedAt: true,
  followUpCompletedAt: true,
  organisation: { select: { name: true } },
  answers: { select: { questionId: true, value: true } },
} as const;

async function withPosition<T extends { eventId: string; id: string; status: RegistrationStatus }>(db: Db, registration: T | null) {
  if (!registration) return null;
  const position = registration.status === "waitlisted" ? ((await waitingPositions(db, registration.eventId)).get(registration.id) ?? null) : null;
  return { ...registration, position };
}

/** One registration of the person's (or one they made for a delegate), or null. */
export async function ownRegistration(db: Db, { registrationId, personId }: { registrationId: string; personId: string }) {
  return withPosition(db, await db.registration.findFirst({ where: { id: registrationId, OR: [{ personId }, { registeredById: personId }] }, select: oneRegistration }));
}

/** A delegate's registration found by the token in their link, or null. */
export async function delegateRegistration(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return withPosition(db, await db.registration.findFirst({ where: { completionTokenHash: tokenHash(token) }, select: oneRegistration }));
}

type ShownRegistration = NonNullable<Awaited<ReturnType<typeof ownRegistration>>>;

/**
 * What a registrant's page shows and offers on one registration (theirs, or a delegate's
 * through their link): an open offer and its deadline at the venue, whether it can still be
 * cancelled or its answers changed, and the answers as the form's values.
 */
export function manageableRegistration(
  registration: ShownRegistration,
  event: { timeZone: string; endsAt: Date },
  language: Language,
  { answersTheirs, now = new Date() }: { answersTheirs: boolean; now?: Date },
) {
  const offerOpen = registration.status === "offered" && registration.offerExpiresAt !== null && registration.offerExpiresAt > now;
  const live = ["applied", "waitlisted", "offered", "confirmed"].includes(registration.status);
  return {
    status: registration.status,
    position: registration.position,
    offerOpen,
    offerDeadline:
      offerOpen && registration.offerExpiresAt
        ? `${formatDate(registration.offerExpiresAt, language, { dateStyle: "long", timeStyle: "short", timeZone: event.timeZone })} (${event.timeZone})`
        : null,
    canCancel: live && event.endsAt > now,
    canChangeAnswers: answersTheirs && live,
    values: {
      dietaryNeeds: registration.dietaryNeeds,
      accessibilityNeeds: registration.accessibilityNeeds,
      interpretationNeeds: registration.interpretationNeeds,
      listVisibility: registration.listVisibility,
      motivation: registration.motivation,
      acceptConduct: registration.conductAcceptedAt ? "on" : "",
      ...Object.fromEntries(registration.answers.map((answer) => [questionField(answer.questionId), answer.value])),
    },
  };
}

type EventForRegistration = NonNullable<Awaited<ReturnType<typeof eventForRegistration>>>;

/** The event as the registration pages head it (register, group, one registration), in the reader's language. */
export function eventHeading(event: EventForRegistration, language: Language) {
  return {
    id: event.id,
    mode: event.mode,
    title: event.texts.fields.title?.text ?? "",
    titleLanguage: event.texts.fields.title?.language ?? language,
    dates: eventDates(event, language),
    place: [event.venue, event.city].filter(Boolean).join(", "),
    offerHours: event.offerHours,
    closedBecause: event.closedBecause,
  };
}

/** The fields of an event's own question a page needs to ask it. */
const askedQuestion = ({ id, kind, required, choiceKeys, stage, erased, label, labelLanguage, choices }: EventForRegistration["questions"][number]) => ({
  id,
  kind,
  required,
  choiceKeys,
  stage,
  erased,
  label,
  labelLanguage,
  choices,
});

/**
 * The heading, and what a registrant answers: the event's own questions asked on
 * registering (the follow-up ones apart, for confirmed participants) and its code of conduct.
 */
export function manageableEvent(event: EventForRegistration, language: Language) {
  const conduct = event.texts.fields.code_of_conduct;
  return {
    ...eventHeading(event, language),
    questions: askedOnRegistering(event.questions).map(askedQuestion),
    followUpQuestions: askedAsFollowUp(event.questions).map(askedQuestion),
    erasedAnswers: standardAnswers.filter((answer) => event[erasedColumn[answer]] !== null).map((answer) => answerColumn[answer]),
    codeOfConduct: conduct ? { text: conduct.text, language: conduct.language } : null,
  };
}

/**
 * The organisers' list of an event's registrations, with answers; waiting people in order.
 * `organisationId` narrows it to one organisation's, or (null) to those made for none.
 */
export async function registrationsForOrganisers(
  db: Db,
  eventId: string,
  { status, organisationId }: { status?: RegistrationStatus; organisationId?: string | null } = {},
) {
  const registrations = await db.registration.findMany({
    where: { eventId, ...(status ? { status } : {}), ...(organisationId !== undefined ? { organisationId } : {}) },
    select: {
      ...oneRegistration,
      delegateEmail: true,
      createdAt: true,
      checkedInAt: true,
      organisation: { select: { name: true, countryCode: true } },
      person: { select: { name: true, email: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const positions = await waitingPositions(db, eventId);
  return registrations
    .map((registration) => ({
      ...registration,
      name: registration.person?.name ?? registration.delegateName ?? "",
      email: registration.person?.email ?? registration.delegateEmail ?? "",
      position: positions.get(registration.id) ?? null,
    }))
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER));
}

/** The organisations a registration can be made for by this person (those they belong to). */
export async function organisationsOf(db: Db, personId: string) {
  const memberships = await db.organisationMembership.findMany({
    where: { userId: personId },
    select: { organisation: { select: { id: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return memberships.map((membership) => membership.organisation);
}


/** Every event, drafts included, soonest first, with its places: the organisers' overview. */
export async function eventsForOrganisers(db: Db, language: Language, now = new Date()) {
  const events = await db.event.findMany({
    select: {
      id: true,
      type: true,
      status: true,
      mode: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      city: true,
      capacity: true,
      hostOrganisation: { select: { name: true } },
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  const ids = events.map((event) => event.id);
  const [texts, places] = await Promise.all([shownEventTexts(db, ids, language), placesOfEvents(db, ids, now)]);
  return events.map((event) => ({ ...event, title: texts.get(event.id)?.fields.title?.text ?? "", places: places.get(event.id)! }));
}

/**
 * The places an organisation's delegates could take now, as registering a group would
 * find them: its own allotment, the members' pool when it is in good standing, the open
 * pool while nobody waits, within the event's cap per organisation (null when none).
 */
export async function placesForOrganisation(db: Db, eventId: string, organisationId: string, now = new Date()) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, organisationCap: true } });
  const places = await placesOf(db, eventId, now);
  if (!event || !places) return null;
  const left = await capLeft(db, event, organisationId, now);
  const seats = seatsFor(places, await registrantOf(db, organisationId), Math.min(left, places.capacity), { openPool: places.waitingEntries === 0 });
  return { open: seats.length, cap: event.organisationCap, waiting: places.waitingEntries };
}

/** The delegates an organisation has named for the event, with their status (not their answers, which are theirs). */
export async function delegatesOf(db: Db, eventId: string, organisationId: string) {
  const delegates = await db.registration.findMany({
    where: { eventId, organisationId, groupId: { not: null } },
    select: { id: true, status: true, delegateName: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const positions = delegates.some((delegate) => delegate.status === "waitlisted") ? await waitingPositions(db, eventId) : new Map<string, number>();
  return delegates.map((delegate) => ({ id: delegate.id, status: delegate.status, name: delegate.delegateName ?? "", position: positions.get(delegate.id) ?? null }));
}

/** The organisations a person may register groups of delegates for (none for a visitor), with what a link to their group page needs. */
export async function groupOrganisationsOf(db: Db, actor: Actor | null) {
  const ids = (actor?.memberships ?? []).map((membership) => membership.organisationId).filter((organisationId) => can(actor, "events:register-group", { organisationId }));
  if (ids.length === 0) return [];
  return db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } });
}
