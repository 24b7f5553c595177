// What the event form starts from: a stored event as the form's fields (times as they
// read at the venue, texts per language, questions with one choice a line), or a new
// event's defaults; and the organisations a coordinator may name as host.
import type { PrismaClient } from "~/generated/prisma/client";
import { languages, type Language } from "~/utils/languages";
import { countryOptions, languageChoices } from "~/utils/options.server";
import { instantToWallTime, timeZoneNames } from "~/utils/zoned-time";
import { eventAnswerRetentionDays } from "~/utils/env.server";
import { retentionColumn, standardAnswers } from "./answer-retention";
import { emptyQuestionRows } from "./event.schemas";
import { shownEventTexts } from "./shown-event-texts.server";
import { defaultOfferHours } from "./vocabulary";

type Db = PrismaClient;

const formField = { title: "title", description: "description", fee: "fee", code_of_conduct: "conduct" } as const;

const emptyRows = () => Array.from({ length: emptyQuestionRows }, () => ({ kind: "text", stage: "registration" }));

/** A number of the form as its field shows it: empty when not set. */
const shownNumber = (value: number | null) => (value === null ? undefined : String(value));

/** A new event's form: the reader's language as original, Europe's usual defaults left for the author. */
export function newEventDefaults(language: Language) {
  return { originalLanguage: language, mode: "first_come", groupPolicy: "together", offerHours: String(defaultOfferHours), deliveryLanguages: [language], questions: emptyRows() };
}

/** An event as the edit form shows it, with what the page needs to know about it; null when there is none. */
export async function eventForEditing(db: Db, eventId: string) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    include: {
      texts: { select: { language: true, field: true, text: true } },
      questions: { orderBy: { position: "asc" }, include: { texts: { select: { language: true, label: true, choiceLabels: true } } } },
      hostOrganisation: { select: { name: true, slug: true } },
    },
  });
  if (!event) return null;
  const wall = (instant: Date) => instantToWallTime(instant, event.timeZone);
  const texts: Partial<Record<Language, Record<string, string>>> = {};
  for (const text of event.texts) {
    const language = text.language as Language;
    if (!languages.includes(language)) continue;
    texts[language] = { ...texts[language], [formField[text.field]]: text.text };
  }
  const questions = event.questions.map((question) => ({
    id: question.id,
    kind: question.kind,
    stage: question.stage,
    retentionDays: shownNumber(question.retentionDays),
    required: question.required ? "on" : undefined,
    labels: Object.fromEntries(question.texts.map((text) => [text.language, text.label])),
    choices: Object.fromEntries(question.texts.map((text) => [text.language, text.choiceLabels.join("\n")])),
  }));
  const title = event.texts.find((text) => text.field === "title" && text.language === event.originalLanguage)?.text ?? "";
  return {
    id: event.id,
    status: event.status,
    title,
    hostOrganisationId: event.hostOrganisationId,
    host: event.hostOrganisation,
    originalLanguage: event.originalLanguage as Language,
    defaults: {
      originalLanguage: event.originalLanguage,
      type: event.type,
      season: event.season ?? undefined,
      hostOrganisationId: event.hostOrganisationId ?? undefined,
      venue: event.venue,
      city: event.city,
      countryCode: event.countryCode,
      timeZone: event.timeZone,
      startsAt: wall(event.startsAt),
      endsAt: wall(event.endsAt),
      registrationOpensAt: wall(event.registrationOpensAt),
      registrationClosesAt: wall(event.registrationClosesAt),
      deliveryLanguages: event.deliveryLanguages,
      capacity: String(event.capacity),
      organisationCap: event.organisationCap === null ? undefined : String(event.organisationCap),
      offerHours: String(event.offerHours),
      programmeHours: shownNumber(event.programmeHours),
      ...Object.fromEntries(standardAnswers.map((answer) => [retentionColumn[answer], shownNumber(event[retentionColumn[answer]])])),
      mode: event.mode,
      groupPolicy: event.groupPolicy,
      texts,
      questions: [...questions, ...emptyRows()],
    },
  };
}

/** The member organisations (active) a coordinator may name as host, by name. */
export async function hostOptions(db: Db) {
  const organisations = await db.organisation.findMany({ where: { status: "active" }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  return organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }));
}

/** The lists the form offers: hosts (a coordinator's form only), countries, time zones, languages of delivery. */
export async function eventFormOptions(db: Db, reader: Language, { withHosts }: { withHosts: boolean }) {
  return {
    organisations: withHosts ? await hostOptions(db) : null,
    countries: countryOptions(reader),
    timeZones: timeZoneNames().map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })),
    deliveryLanguages: languageChoices(reader, []),
    /** What an empty retention field means: the network's default. */
    defaultRetentionDays: eventAnswerRetentionDays(),
  };
}

/** The events an organisation hosts, drafts first, with their titles for `reader`: its admins' list. */
export async function eventsHostedBy(db: Db, organisationId: string, reader: Language) {
  const events = await db.event.findMany({
    where: { hostOrganisationId: organisationId },
    select: { id: true, type: true, status: true, startsAt: true, endsAt: true, timeZone: true },
    orderBy: [{ status: "asc" }, { startsAt: "desc" }],
    take: 200,
  });
  const texts = await shownEventTexts(db, events.map((event) => event.id), reader);
  return events.map((event) => ({ ...event, title: texts.get(event.id)?.fields.title?.text ?? "" }));
}
