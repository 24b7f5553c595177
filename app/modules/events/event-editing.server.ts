// Creating and editing an event: one command for coordinators and host admins alike (the
// page decides who may, and a host admin's host is their organisation). Its texts are kept
// per language with their origin (the translations mechanism): the original language's as
// `original`, a translation typed here as `human`, with the digest of the original it was
// made from; a translation left as it was keeps its origin. A published event keeps its
// registrations: a new capacity goes through setCapacity (refused below the places held,
// a raise moves the waiting list), and a question someone has answered is not removed.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { EventTextField } from "~/generated/prisma/enums";
import { recordAudit } from "~/mechanisms/audit/record-audit.server";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { languages, type Language } from "~/utils/languages";
import { scheduleAfterEvent } from "./after-event.server";
import type { EventForm, EventQuestionInput, LanguageTexts } from "./event.schemas";
import { scheduleAnswerErasure } from "./answer-erasure.server";
import { booking, setCapacity } from "./registrations.server";

type Db = PrismaClient;
type Tx = Prisma.TransactionClient;

export type EditingRefusal = "notFound" | "notEditable" | "belowHeld" | "questionAnswered" | "questionGone" | "busy";
type Refused = { ok: false; error: EditingRefusal };
const refuse = (error: EditingRefusal): Refused => ({ ok: false, error });

/** The form's text fields and the stored ones they are kept as. */
const textFields: [keyof LanguageTexts, EventTextField][] = [
  ["title", "title"],
  ["description", "description"],
  ["fee", "fee"],
  ["conduct", "code_of_conduct"],
];

function eventColumns(form: EventForm) {
  return {
    type: form.type,
    season: form.season,
    venue: form.venue,
    city: form.city,
    countryCode: form.countryCode,
    timeZone: form.timeZone,
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    deliveryLanguages: form.deliveryLanguages,
    registrationOpensAt: form.registrationOpensAt,
    registrationClosesAt: form.registrationClosesAt,
    organisationCap: form.organisationCap,
    mode: form.mode,
    groupPolicy: form.groupPolicy,
    offerHours: form.offerHours,
    programmeHours: form.programmeHours,
    dietaryRetentionDays: form.dietaryRetentionDays,
    accessibilityRetentionDays: form.accessibilityRetentionDays,
    interpretationRetentionDays: form.interpretationRetentionDays,
    motivationRetentionDays: form.motivationRetentionDays,
  };
}

/** Writes the event's texts as the form has them; an emptied translation is removed. */
async function saveTexts(tx: Tx, eventId: string, original: Language, texts: EventForm["texts"]) {
  const stored = await tx.eventText.findMany({ where: { eventId }, select: { language: true, field: true, text: true } });
  for (const language of languages) {
    for (const [name, field] of textFields) {
      const value = texts[language][name];
      const where = { eventId_language_field: { eventId, language, field } };
      const before = stored.find((row) => row.language === language && row.field === field);
      if (!value) {
        if (before) await tx.eventText.delete({ where });
        continue;
      }
      if (language !== original && before?.text === value) continue;
      const originalText = texts[original][name];
      const kept =
        language === original
          ? { text: value, origin: "original" as const, sourceSha256: null }
          : { text: value, origin: "human" as const, sourceSha256: originalText ? sourceDigest(originalText) : null };
      await tx.eventText.upsert({ where, create: { eventId, language, field, ...kept }, update: kept });
    }
  }
}

const newChoiceKey = () => `c${crypto.randomBytes(4).toString("hex")}`;

/**
 * Writes the event's own questions in the form's order. A question someone answered keeps
 * its kind and its choices (more may be added), and is not removed: "questionAnswered".
 */
async function saveQuestions(tx: Tx, eventId: string, original: Language, questions: EventQuestionInput[]): Promise<EditingRefusal | null> {
  const existing = await tx.eventQuestion.findMany({
    where: { eventId },
    select: { id: true, kind: true, choiceKeys: true, _count: { select: { answers: true } } },
  });
  const byId = new Map(existing.map((question) => [question.id, question]));
  if (questions.some((question) => question.id && !byId.has(question.id))) return "questionGone";
  const keptIds = new Set(questions.flatMap((question) => (question.id ? [question.id] : [])));
  for (const question of existing) {
    if (keptIds.has(question.id)) continue;
    if (question._count.answers > 0) return "questionAnswered";
    await tx.eventQuestion.delete({ where: { id: question.id } });
  }
  for (const [position, question] of questions.entries()) {
    const before = question.id ? byId.get(question.id) : undefined;
    const choiceCount = question.choices[original].length;
    if (before && before._count.answers > 0 && (before.kind !== question.kind || choiceCount < before.choiceKeys.length)) return "questionAnswered";
    const choiceKeys = Array.from({ length: choiceCount }, (_, index) => before?.choiceKeys[index] ?? newChoiceKey());
    const columns = { position: position + 1, kind: question.kind, stage: question.stage, retentionDays: question.retentionDays, required: question.required, choiceKeys };
    const { id } = before
      ? await tx.eventQuestion.update({ where: { id: before.id }, data: columns, select: { id: true } })
      : await tx.eventQuestion.create({ data: { eventId, ...columns }, select: { id: true } });
    for (const language of languages) {
      const label = question.labels[language];
      const where = { questionId_language: { questionId: id, language } };
      if (!label) {
        await tx.eventQuestionText.deleteMany({ where: { questionId: id, language } });
        continue;
      }
      const choiceLabels = question.choices[language].length === choiceCount ? question.choices[language] : question.choices[original];
      const kept = { label, choiceLabels, origin: language === original ? ("original" as const) : ("human" as const) };
      await tx.eventQuestionText.upsert({ where, create: { questionId: id, language, ...kept }, update: kept });
    }
  }
  return null;
}

class Refusal extends Error {
  constructor(readonly error: EditingRefusal) {
    super(error);
  }
}

/** Creates a draft event; `hostOrganisationId` is the host admin's organisation when they prepare it. */
export async function createEvent(
  db: Db,
  { form, actorId, hostOrganisationId = form.hostOrganisationId, ip = "" }: { form: EventForm; actorId: string; hostOrganisationId?: string | null; ip?: string },
): Promise<{ ok: true; eventId: string }> {
  return db.$transaction(async (tx) => {
    const event = await tx.event.create({
      data: { ...eventColumns(form), capacity: form.capacity, hostOrganisationId, originalLanguage: form.originalLanguage, createdById: actorId, status: "draft" },
      select: { id: true },
    });
    await saveTexts(tx, event.id, form.originalLanguage, form.texts);
    const refused = await saveQuestions(tx, event.id, form.originalLanguage, form.questions);
    if (refused) throw new Error(`a new event's questions: ${refused}`);
    await scheduleAnswerErasure(tx, event.id);
    await recordAudit(tx, { action: "events.event_created", actorId, organisationId: hostOrganisationId, ipAddress: ip, details: { event: event.id } });
    return { ok: true as const, eventId: event.id };
  });
}

/**
 * Saves an event's changes. `asHost`: a host admin, who edits only their organisation's
 * drafts and cannot move the host; a coordinator may edit any event that is not cancelled.
 */
export async function updateEvent(
  db: Db,
  {
    eventId,
    form,
    actorId,
    asHost,
    now = new Date(),
    ip = "",
  }: { eventId: string; form: EventForm; actorId: string; asHost?: { organisationId: string }; now?: Date; ip?: string },
): Promise<{ ok: true; offered: number } | Refused> {
  const result = await booking(db, async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { status: true, hostOrganisationId: true, originalLanguage: true, endsAt: true } });
    if (!event || (asHost && event.hostOrganisationId !== asHost.organisationId)) throw new Refusal("notFound");
    if (event.status === "cancelled" || (asHost && event.status !== "draft")) throw new Refusal("notEditable");
    const original = event.originalLanguage as Language;
    const hostOrganisationId = asHost ? event.hostOrganisationId : form.hostOrganisationId;
    await tx.event.update({ where: { id: eventId }, data: { ...eventColumns(form), hostOrganisationId } });
    await saveTexts(tx, eventId, original, form.texts);
    const refusedQuestions = await saveQuestions(tx, eventId, original, form.questions);
    if (refusedQuestions) throw new Refusal(refusedQuestions);
    const capacity = await setCapacity(tx, { eventId, capacity: form.capacity, actorId, now, ip });
    if (!capacity.ok) throw new Refusal(capacity.error);
    // The after-event mail follows the end (a draft's is scheduled when it is published).
    if (event.status === "published" && event.endsAt.getTime() !== form.endsAt.getTime()) await scheduleAfterEvent(tx, { id: eventId, endsAt: form.endsAt });
    await scheduleAnswerErasure(tx, eventId);
    await recordAudit(tx, { action: "events.event_updated", actorId, organisationId: hostOrganisationId, ipAddress: ip, details: { event: eventId } });
    return { ok: true as const, offered: capacity.offered };
  }).catch((error: unknown) => {
    // Thrown, not returned, so the transaction rolls back whatever it had written.
    if (error instanceof Refusal) return refuse(error.error);
    throw error;
  });
  return result.ok ? result : refuse(result.error === "alreadyRegistered" ? "busy" : result.error);
}
