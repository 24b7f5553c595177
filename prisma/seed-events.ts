// The demo network's events (prisma/seed-data/events.ts), written so that what a newcomer
// sees is what the portal itself would have made: the events and their texts, questions
// and allotments are written here (the coordinators' event pages come later), but every
// registration to an upcoming event goes through the events module's own commands, so the
// ledger, the waiting list, the histories and the mails are real. A past event cannot be
// registered for any more, so its registrations are written directly, with their history.
// Idempotent: an event is found again by its host and type, and left as it is.
import type { PrismaClient } from "~/generated/prisma/client";
import { sourceDigest } from "~/mechanisms/translations/source-digest";
import { mailAfterEvent, scheduleAfterEvent } from "~/modules/events/after-event.server";
import { scheduleAnswerErasure } from "~/modules/events/answer-erasure.server";
import { submitFeedback } from "~/modules/events/feedback.server";
import { registrationForm } from "~/modules/events/registration-form-defaults";
import { decideRegistration, registerGroup, registerPerson, setAllotments } from "~/modules/events/registrations.server";
import { languages } from "~/utils/languages";
import { demoParticipants } from "./seed-data/event-participants";
import { demoEvents, type DemoEvent } from "./seed-data/events";
import { demoSchedule } from "./seed-events-schedule";

type Signatories = Map<string, { id: string }>;

const fieldOf = { title: "title", description: "description", fee: "fee", codeOfConduct: "code_of_conduct" } as const;

async function addParticipants(prisma: PrismaClient) {
  for (const participant of demoParticipants) {
    const organisation = await prisma.organisation.findUnique({ where: { slug: participant.organisation }, select: { id: true } });
    if (!organisation) continue;
    const id = `demo-participant-${participant.email.split("@")[0]!.replace(/[^a-z0-9]+/g, "-")}`.slice(0, 60);
    if (await prisma.user.findUnique({ where: { id } })) continue;
    await prisma.user.create({
      data: {
        id,
        email: participant.email,
        name: participant.name,
        title: participant.title,
        preferredLanguage: participant.preferredLanguage,
        languagesSpoken: participant.languagesSpoken,
        emailConfirmedAt: new Date(),
        memberships: { create: { organisationId: organisation.id, role: "member" } },
      },
    });
  }
}

async function createDemoEvent(prisma: PrismaClient, demo: DemoEvent, hostId: string, now: Date) {
  const schedule = demoSchedule(demo, now);
  const texts = demo.texts(schedule.season);
  const original = texts[demo.originalLanguage];
  const event = await prisma.event.create({
    data: {
      type: demo.type,
      season: schedule.season,
      hostOrganisationId: hostId,
      originalLanguage: demo.originalLanguage,
      venue: demo.venue,
      city: demo.city,
      countryCode: demo.countryCode,
      timeZone: demo.timeZone,
      startsAt: schedule.startsAt,
      endsAt: schedule.endsAt,
      deliveryLanguages: demo.deliveryLanguages,
      capacity: demo.capacity,
      registrationOpensAt: schedule.registrationOpensAt,
      registrationClosesAt: schedule.registrationClosesAt,
      organisationCap: demo.organisationCap,
      mode: demo.mode,
      groupPolicy: demo.groupPolicy,
      offerHours: demo.offerHours,
      status: demo.publish ? "published" : "draft",
      publishedAt: demo.publish ? now : null,
      texts: {
        create: languages.flatMap((language) =>
          (Object.keys(fieldOf) as (keyof typeof fieldOf)[]).map((key) => ({
            language,
            field: fieldOf[key],
            text: texts[language][key],
            origin: texts[language].origin,
            sourceSha256: texts[language].origin === "original" ? null : sourceDigest(original[key]),
          })),
        ),
      },
    },
  });
  const questionIds = new Map<string, string>();
  for (const [position, question] of demo.questions.entries()) {
    const created = await prisma.eventQuestion.create({
      data: {
        eventId: event.id,
        position,
        kind: question.kind,
        required: question.required,
        choiceKeys: question.choiceKeys ?? [],
        texts: {
          create: languages.map((language) => ({
            language,
            label: question.texts[language].label,
            choiceLabels: question.texts[language].choiceLabels ?? [],
            origin: question.texts[language].origin,
          })),
        },
      },
    });
    questionIds.set(question.key, created.id);
  }
  // As creating an event through its form does: its answers are erased when their time comes;
  // and as publishing does, its attendees are mailed at its end (a past one's, below).
  await prisma.$transaction(async (tx) => {
    await scheduleAnswerErasure(tx, event.id);
    if (demo.publish && schedule.endsAt > now) await scheduleAfterEvent(tx, event);
  });
  return { event, schedule, questionIds };
}

/** Adds the demo events that are missing; returns how many. */
export async function addDemoEvents(prisma: PrismaClient, signatories: Signatories, now = new Date()) {
  await addParticipants(prisma);
  const coordinator = await prisma.user.findFirst({ where: { networkRole: { not: null } }, orderBy: { createdAt: "asc" }, select: { id: true } });
  let added = 0;
  for (const demo of demoEvents) {
    const host = await prisma.organisation.findUnique({ where: { slug: demo.hostSlug }, select: { id: true } });
    if (!host || (await prisma.event.findFirst({ where: { hostOrganisationId: host.id, type: demo.type } }))) continue;
    const { event, schedule, questionIds } = await createDemoEvent(prisma, demo, host.id, now);
    added++;
    const actorId = coordinator?.id ?? signatories.get(demo.hostSlug)?.id ?? null;
    if (demo.allotments.length > 0 && actorId) {
      const allotments = [];
      for (const [index, allotment] of demo.allotments.entries()) {
        const organisation = allotment.organisationSlug ? await prisma.organisation.findUnique({ where: { slug: allotment.organisationSlug }, select: { id: true } }) : null;
        allotments.push({ organisationId: organisation?.id ?? null, places: allotment.places, releasesAt: schedule.releasesAt[index]! });
      }
      await setAllotments(prisma, { eventId: event.id, allotments, actorId, now });
    }
    if (!demo.publish) continue;
    const past = schedule.endsAt <= now;
    for (const registration of demo.registrations) {
      if ("group" in registration) {
        const organisation = await prisma.organisation.findUnique({ where: { slug: registration.group }, select: { id: true } });
        const admin = signatories.get(registration.group);
        if (!organisation || !admin || past) continue;
        await registerGroup(prisma, { eventId: event.id, organisationId: organisation.id, registeredById: admin.id, delegates: registration.delegates, now });
        continue;
      }
      const person = await prisma.user.findUnique({
        where: { email: registration.person },
        select: { id: true, memberships: { select: { organisationId: true }, take: 1 } },
      });
      if (!person) continue;
      const participant = demoParticipants.find((candidate) => candidate.email === registration.person);
      const organisationId = registration.forThemselves ? null : (person.memberships[0]?.organisationId ?? null);
      const answers = Object.fromEntries(
        demo.questions.map((question, index) => [
          questionIds.get(question.key)!,
          registration.answers?.[question.key] ?? (question.required ? (question.kind === "yes_no" ? "yes" : (question.choiceKeys?.[index % (question.choiceKeys.length || 1)] ?? "")) : ""),
        ]),
      );
      const form = registrationForm({
        organisationId,
        motivation: registration.motivation ?? "",
        dietaryNeeds: participant?.dietaryNeeds ?? "",
        accessibilityNeeds: participant?.accessibilityNeeds ?? "",
        interpretationNeeds: participant?.interpretationNeeds ?? "",
        listVisibility: registration.listVisibility ?? "nobody",
        answers,
      });
      if (past) {
        // Registration for a past event is closed: the record of who came is written as it was.
        const status = registration.outcome === "cancelled" ? "cancelled" : "attended";
        await prisma.registration.create({
          data: {
            eventId: event.id,
            personId: person.id,
            organisationId,
            status,
            registeredById: person.id,
            conductAcceptedAt: schedule.registrationOpensAt,
            listVisibility: form.listVisibility,
            history: { create: [{ from: null, to: "confirmed", actorId: person.id, createdAt: schedule.registrationOpensAt }, { from: "confirmed", to: status, actorId: actorId }] },
          },
        });
        continue;
      }
      const result = await registerPerson(prisma, { eventId: event.id, personId: person.id, form, now });
      if (!result.ok || !actorId || demo.mode !== "application") continue;
      if (registration.outcome === "confirmed" || registration.outcome === "declined" || registration.outcome === "waitlisted") {
        await decideRegistration(prisma, { registrationId: result.registrationId, to: registration.outcome, actorId, now });
      }
    }
    if (past && demo.afterwards) await liveAfterwards(prisma, event.id, demo.afterwards, now);
  }
  return added;
}

/**
 * What followed a past event, through the events module's own commands: its attendees
 * mailed their certificates and feedback links (as the after-event job does at the end),
 * and some of them answering the feedback form, anonymously or not.
 */
async function liveAfterwards(prisma: PrismaClient, eventId: string, afterwards: NonNullable<DemoEvent["afterwards"]>, now: Date) {
  await prisma.event.update({
    where: { id: eventId },
    data: { programmeHours: afterwards.programmeHours, participantListPublished: true, participantListDays: afterwards.participantListDays },
  });
  // One batch per call, as the job runs them; the demo's events are smaller than a batch.
  while ((await prisma.$transaction((tx) => mailAfterEvent(tx, eventId, { now }))) > 0);
  for (const answer of afterwards.feedback) {
    const registration = await prisma.registration.findFirst({ where: { eventId, person: { email: answer.person } }, select: { id: true, personId: true } });
    if (!registration?.personId) continue;
    const { overall, content, organisation, comment, anonymous } = answer;
    await submitFeedback(prisma, {
      respondent: { registrationId: registration.id, personId: registration.personId },
      form: { overall, content, organisation, comment, anonymous },
      language: answer.language,
      now,
    });
  }
}
