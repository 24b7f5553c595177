// Registrants' personal answers are erased on the day the organiser promised, counted from
// the event's end: the job is run at chosen moments (its handler takes the clock), and
// through the real job runner for an event long over.
import { describe, expect, test } from "vitest";
import { runDueJobs } from "~/mechanisms/jobs/run-due-jobs.server";
import { timedJobs } from "~/timed-jobs.server";
import { createEvent, registrationForm } from "../../../tests/fixtures/events";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { eraseDueAnswers, scheduleAnswerErasure } from "./answer-erasure.server";
import { saveOwnAnswers } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;
/** The school ends at 17:00 in Trieste on 9 July 2027 (15:00 UTC). */
const endsAt = new Date("2027-07-09T15:00:00Z");
const at = (days: number, minutes = 0) => new Date(endsAt.getTime() + days * day + minutes * 60_000);

/**
 * A school that ended (or will end) at `endsAt`: interpretation needs kept 0 days, accessibility
 * 30, dietary the network's 90; a registration question "Which visit?" kept 7 days and a
 * follow-up "Arrival day" left to the default. Two registrants answered everything; the
 * first was checked in and holds a certificate.
 */
async function schoolWithAnswers(ends = endsAt) {
  const { prisma } = database;
  const event = await createEvent(prisma, {
    startsAt: new Date(ends.getTime() - 4 * day),
    endsAt: ends,
    registrationOpensAt: new Date(ends.getTime() - 100 * day),
    registrationClosesAt: new Date(ends.getTime() - 10 * day),
    interpretationRetentionDays: 0,
    accessibilityRetentionDays: 30,
    motivationRetentionDays: 30,
  });
  const visit = await prisma.eventQuestion.create({
    data: { eventId: event.id, position: 1, kind: "text", retentionDays: 7, texts: { create: { language: "en", label: "Which visit?" } } },
  });
  const arrival = await prisma.eventQuestion.create({
    data: { eventId: event.id, position: 2, kind: "date", stage: "follow_up", texts: { create: { language: "en", label: "Arrival day" } } },
  });
  const registrations = [];
  for (const [index, status] of (["attended", "confirmed"] as const).entries()) {
    const person = await createPerson(prisma);
    registrations.push(
      await prisma.registration.create({
        data: {
          eventId: event.id,
          personId: person.id,
          registeredById: person.id,
          status,
          dietaryNeeds: "Vegetarian",
          accessibilityNeeds: "Step-free access",
          interpretationNeeds: "Italian sign language",
          motivation: "To learn from Trieste.",
          checkedInAt: status === "attended" ? new Date(ends.getTime() - 3 * day) : null,
          certificateCode: status === "attended" ? `certificate-${index}-${event.id}` : null,
          answers: { create: [{ questionId: visit.id, value: "The park" }, { questionId: arrival.id, value: "2027-07-04" }] },
        },
      }),
    );
  }
  return { event, visit, arrival, registrations, people: registrations.map((registration) => registration.personId!) };
}

const erase = (eventId: string, now: Date) => database.prisma.$transaction((tx) => eraseDueAnswers(tx, eventId, now, 90));
const schedule = (eventId: string) => database.prisma.$transaction((tx) => scheduleAnswerErasure(tx, eventId, 90));

const pendingJob = (eventId: string) => database.prisma.scheduledJob.findFirst({ where: { kind: "events.erase-answers", key: eventId, status: "pending" } });

async function answersOf(registrationId: string) {
  const registration = await database.prisma.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: { status: true, dietaryNeeds: true, accessibilityNeeds: true, interpretationNeeds: true, motivation: true, checkedInAt: true, certificateCode: true, answers: { select: { value: true } } },
  });
  return { ...registration, answers: registration.answers.map((answer) => answer.value).sort() };
}

describe("erasing answers on the promised day", () => {
  test("each kind goes on its own day after the end, the registrations stay, and the job waits for the next date each time", async () => {
    const { event, visit, arrival, registrations } = await schoolWithAnswers();
    expect((await schedule(event.id))?.toISOString()).toBe(endsAt.toISOString());
    expect((await pendingJob(event.id))?.runAt.toISOString()).toBe(endsAt.toISOString());

    // A minute before the end: nothing.
    expect(await erase(event.id, at(0, -1))).toEqual({ answers: [], questions: [] });
    expect((await answersOf(registrations[0]!.id)).interpretationNeeds).toBe("Italian sign language");

    // At the end: interpretation needs (0 days) only.
    expect(await erase(event.id, at(0))).toEqual({ answers: [{ field: "interpretationNeeds", registrations: 2 }], questions: [] });
    expect(await answersOf(registrations[0]!.id)).toMatchObject({ interpretationNeeds: "", dietaryNeeds: "Vegetarian", accessibilityNeeds: "Step-free access", answers: ["2027-07-04", "The park"] });
    expect((await pendingJob(event.id))?.runAt.toISOString()).toBe(at(7).toISOString());

    // A week later: the registration question's answers.
    expect(await erase(event.id, at(7))).toEqual({ answers: [], questions: [{ question: visit.id, answers: 2 }] });
    expect((await answersOf(registrations[1]!.id)).answers).toEqual(["2027-07-04"]);
    expect((await pendingJob(event.id))?.runAt.toISOString()).toBe(at(30).toISOString());

    // Thirty days: accessibility and motivation, together.
    expect(await erase(event.id, at(30, 5))).toEqual({
      answers: [
        { field: "accessibilityNeeds", registrations: 2 },
        { field: "motivation", registrations: 2 },
      ],
      questions: [],
    });

    // Ninety days: dietary needs and the follow-up question left to the network's default.
    expect(await erase(event.id, at(90))).toEqual({ answers: [{ field: "dietaryNeeds", registrations: 2 }], questions: [{ question: arrival.id, answers: 2 }] });
    expect(await pendingJob(event.id)).toBeNull();

    for (const registration of registrations) {
      expect(await answersOf(registration.id)).toMatchObject({ dietaryNeeds: "", accessibilityNeeds: "", interpretationNeeds: "", motivation: "", answers: [] });
    }
    // Attendance and the certificate are kept.
    expect(await answersOf(registrations[0]!.id)).toMatchObject({ status: "attended", certificateCode: `certificate-0-${event.id}` });
    expect((await answersOf(registrations[0]!.id)).checkedInAt).not.toBeNull();
    expect(await database.prisma.registration.count({ where: { eventId: event.id } })).toBe(2);

    const stored = await database.prisma.event.findUniqueOrThrow({ where: { id: event.id }, include: { questions: { orderBy: { position: "asc" } } } });
    expect(stored.interpretationErasedAt?.toISOString()).toBe(at(0).toISOString());
    expect(stored.accessibilityErasedAt?.toISOString()).toBe(at(30, 5).toISOString());
    expect(stored.dietaryErasedAt?.toISOString()).toBe(at(90).toISOString());
    expect(stored.questions.map((question) => question.answersErasedAt?.toISOString())).toEqual([at(7).toISOString(), at(90).toISOString()]);
  });

  test("the audit log says what was erased, how many, and when, and names nobody", async () => {
    const { event, visit } = await schoolWithAnswers();
    await erase(event.id, at(7));
    const ofEvent = { action: "events.answers_erased", details: { path: ["event"], equals: event.id } };
    const entries = await database.prisma.auditEvent.findMany({ where: ofEvent, orderBy: { at: "asc" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: null, subjectUserId: null });
    expect(entries[0]!.details).toEqual({
      event: event.id,
      erasedAt: at(7).toISOString(),
      answers: [{ field: "interpretationNeeds", registrations: 2 }],
      questions: [{ question: visit.id, answers: 2 }],
    });
    // A run with nothing due writes nothing.
    await erase(event.id, at(8));
    expect(await database.prisma.auditEvent.count({ where: ofEvent })).toBe(1);
  });

  test("a later end or a longer retention moves the job; once erased, an answer is not stored again", async () => {
    const { event, people, registrations } = await schoolWithAnswers();
    await schedule(event.id);
    await database.prisma.event.update({ where: { id: event.id }, data: { endsAt: at(2), interpretationRetentionDays: 5 } });
    await schedule(event.id);
    expect((await pendingJob(event.id))?.runAt.toISOString()).toBe(at(7).toISOString());
    expect(await database.prisma.scheduledJob.count({ where: { kind: "events.erase-answers", key: event.id, status: "pending" } })).toBe(1);

    await erase(event.id, at(7));
    const saved = await saveOwnAnswers(database.prisma, {
      registrationId: registrations[1]!.id,
      personId: people[1]!,
      form: registrationForm({ dietaryNeeds: "Vegan", interpretationNeeds: "Italian sign language again", listVisibility: "participants" }),
      now: at(8),
    });
    expect(saved).toEqual({ ok: true });
    const after = await database.prisma.registration.findUniqueOrThrow({ where: { id: registrations[1]!.id } });
    expect(after).toMatchObject({ dietaryNeeds: "Vegan", interpretationNeeds: "", listVisibility: "participants" });
  });

  test("through the job runner: an event that ended a hundred days ago has every answer erased in one run", async () => {
    const ended = new Date(Date.now() - 100 * day);
    const { event, registrations } = await schoolWithAnswers(ended);
    await schedule(event.id);
    expect(await runDueJobs(database.prisma, timedJobs)).toEqual({ done: 1, failed: 0 });
    expect(await answersOf(registrations[1]!.id)).toMatchObject({ status: "confirmed", dietaryNeeds: "", accessibilityNeeds: "", interpretationNeeds: "", motivation: "", answers: [] });
    expect(await pendingJob(event.id)).toBeNull();
  });
});

describe("at the same moment, on the real server", () => {
  raceTest("answers saved while the erasure runs are erased with the rest or refused after it, never kept", async () => {
    const { event, people, registrations } = await schoolWithAnswers(new Date(Date.now() - 10 * day));
    await database.prisma.event.update({ where: { id: event.id }, data: { dietaryRetentionDays: 0 } });
    let erased!: () => void;
    const erasing = new Promise<void>((resolve) => (erased = resolve));
    const job = database.prisma.$transaction(async (tx) => {
      await eraseDueAnswers(tx, event.id, new Date(), 90);
      erased();
      // Holds the erasure open while the registrant saves.
      await new Promise((resolve) => setTimeout(resolve, 400));
    });
    await erasing;
    const save = saveOwnAnswers(database.prisma, { registrationId: registrations[1]!.id, personId: people[1]!, form: registrationForm({ dietaryNeeds: "Vegan" }) });
    await Promise.all([job, save]);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: registrations[1]!.id } })).dietaryNeeds).toBe("");
  });
});
