// After an event: the job at its end mails each attendee their certificate and a feedback
// link, once, in their language; it follows the event's end and goes with its cancellation.
import { parseWithZod } from "@conform-to/zod";
import { describe, expect, test } from "vitest";
import { attachmentsByEmail } from "~/mechanisms/email/attachments.server";
import { runDueJobs } from "~/mechanisms/jobs/run-due-jobs.server";
import { timedJobs } from "~/timed-jobs.server";
import { createEvent, createMemberInGoodStanding } from "../../../tests/fixtures/events";
import { createPerson } from "../../../tests/fixtures/people";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { afterEventJob, mailAfterEvent } from "./after-event.server";
import { updateEvent } from "./event-editing.server";
import { eventFormSchema } from "./event.schemas";
import { cancelEvent, publishEvent } from "./event-status.server";
import { tokenHash } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;

const pendingJob = (eventId: string) => database.prisma.scheduledJob.findFirst({ where: { kind: afterEventJob.kind, key: eventId, status: "pending" } });

/** A draft that ended an hour ago (so its job is due as soon as it is published). */
function endedDraft(overrides: Parameters<typeof createEvent>[1] = {}) {
  const now = Date.now();
  return createEvent(
    database.prisma,
    { status: "draft", publishedAt: null, startsAt: new Date(now - 3 * day), endsAt: new Date(now - 3_600_000), registrationOpensAt: new Date(now - 30 * day), registrationClosesAt: new Date(now - 5 * day), ...overrides },
    { title: "Recovery school" },
  );
}

/** The mails queued for an address, with their attachments. */
async function mailsTo(email: string) {
  const mails = await database.prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
  const attachments = await attachmentsByEmail(database.prisma, mails.map((mail) => mail.id));
  return mails.map((mail) => ({ ...mail, attachments: attachments.get(mail.id) ?? [] }));
}

describe("the after-event job", () => {
  test("publishing schedules it at the event's end; moving the end moves it; cancelling the event cancels it", async () => {
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const event = await createEvent(database.prisma, { status: "draft", publishedAt: null });
    expect(await pendingJob(event.id)).toBeNull();
    expect(await publishEvent(database.prisma, { eventId: event.id, actorId: coordinator.id })).toEqual({ ok: true });
    expect((await pendingJob(event.id))?.runAt).toEqual(event.endsAt);

    const form = (endsAt: string) => {
      const formData = new FormData();
      const fields: Record<string, string> = {
        originalLanguage: "en",
        type: "conference",
        venue: "Parco di San Giovanni",
        city: "Trieste",
        countryCode: "IT",
        timeZone: "Europe/Rome",
        startsAt: "2027-07-05T09:00",
        endsAt,
        registrationOpensAt: "2026-11-01T09:00",
        registrationClosesAt: "2027-06-01T23:59",
        deliveryLanguages: "en",
        capacity: "3",
        offerHours: "48",
        mode: "first_come",
        groupPolicy: "together",
        "texts.en.title": "Spring school",
        "texts.en.description": "Five days.",
        "texts.en.conduct": "Be kind.",
      };
      for (const [name, value] of Object.entries(fields)) formData.append(name, value);
      const submission = parseWithZod(formData, { schema: eventFormSchema({ organisationIds: [], hostFixed: false }) });
      if (submission.status !== "success") throw new Error(JSON.stringify(submission.error));
      return submission.value;
    };
    expect(await updateEvent(database.prisma, { eventId: event.id, form: form("2027-07-09T17:00"), actorId: coordinator.id })).toMatchObject({ ok: true });
    // 17:00 in Rome in July is 15:00 UTC.
    expect((await pendingJob(event.id))?.runAt).toEqual(new Date("2027-07-09T15:00:00.000Z"));
    expect(await database.prisma.scheduledJob.count({ where: { kind: afterEventJob.kind, key: event.id } })).toBe(1);

    expect(await cancelEvent(database.prisma, { eventId: event.id, actorId: coordinator.id, reason: "The venue closed." })).toMatchObject({ ok: true });
    expect(await pendingJob(event.id)).toBeNull();
    expect(await database.prisma.scheduledJob.findFirst({ where: { kind: afterEventJob.kind, key: event.id } })).toMatchObject({ status: "cancelled" });
  });

  test("at the end, each attendee is mailed once, in their language, their certificate and a feedback link; the others are not mailed", async () => {
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const event = await endedDraft({ programmeHours: 12 });
    const organisation = await createMemberInGoodStanding(database.prisma);
    const admin = await createPerson(database.prisma, { preferredLanguage: "es" });
    const italian = await createPerson(database.prisma, { name: "Giulia Rossi", preferredLanguage: "it" });
    const absent = await createPerson(database.prisma);
    const attended = await database.prisma.registration.create({ data: { eventId: event.id, personId: italian.id, status: "attended" } });
    await database.prisma.registration.create({ data: { eventId: event.id, personId: absent.id, status: "confirmed" } });
    const delegate = await database.prisma.registration.create({
      data: { eventId: event.id, organisationId: organisation.id, status: "attended", delegateName: "Ana Núñez", delegateEmail: "ana@example.org", registeredById: admin.id },
    });
    expect(await publishEvent(database.prisma, { eventId: event.id, actorId: coordinator.id })).toEqual({ ok: true });

    expect(await runDueJobs(database.prisma, timedJobs)).toMatchObject({ done: 1, failed: 0 });

    const [toGiulia] = await mailsTo(italian.email!);
    expect(toGiulia).toMatchObject({ language: "it", subject: "Il tuo attestato di frequenza: Recovery school" });
    expect(toGiulia!.text.split("\n\n")[0]).toBe("Gentile Giulia Rossi,");
    const feedbackLink = /https?:\/\/[^\s]+\/it\/events\/feedback\/([A-Za-z0-9_-]{43})/.exec(toGiulia!.text);
    expect(feedbackLink).not.toBeNull();
    // Only the token's hash is kept.
    const stored = await database.prisma.registration.findUniqueOrThrow({ where: { id: attended.id } });
    expect(stored.feedbackTokenHash).toBe(tokenHash(feedbackLink![1]!));
    expect(toGiulia!.text).not.toContain(stored.feedbackTokenHash);
    expect(toGiulia!.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([["attestato-di-frequenza-Giulia Rossi.pdf", "application/pdf"]]);
    const { text } = await pdfPages(toGiulia!.attachments[0]!.content);
    expect(text).toContain("Attestato di frequenza");
    expect(text).toContain("12 ore");
    expect(text.replace(/\s+/g, "")).toContain(`/it/events/certificates/${stored.certificateCode}`);

    const [toAna] = await mailsTo("ana@example.org");
    expect(toAna).toMatchObject({ language: "es", subject: "Su certificado de asistencia: Recovery school" });
    expect((await pdfPages(toAna!.attachments[0]!.content)).text).toContain("Ana Núñez");
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: delegate.id } })).feedbackTokenHash).not.toBeNull();
    expect(await mailsTo(absent.email!)).toEqual([]);
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).afterEventMailedAt).not.toBeNull();

    // Run again (a reschedule after the mailing, a second runner): nobody is mailed twice, and the link stays valid.
    await database.prisma.$transaction((tx) => mailAfterEvent(tx, event.id));
    expect(await mailsTo(italian.email!)).toHaveLength(1);
    expect(await mailsTo("ana@example.org")).toHaveLength(1);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: attended.id } })).feedbackTokenHash).toBe(stored.feedbackTokenHash);
  });

  test("many attendees are mailed in batches, each a job of its own, and an erased attendee is skipped", async () => {
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const event = await endedDraft({ capacity: 30 });
    const people = [];
    for (let n = 0; n < 5; n++) people.push(await createPerson(database.prisma));
    for (const person of people) await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, status: "attended" } });
    // What erasure leaves: the bare fact of a place, with nobody to write to.
    await database.prisma.registration.create({ data: { eventId: event.id, status: "attended" } });
    await publishEvent(database.prisma, { eventId: event.id, actorId: coordinator.id });

    expect(await database.prisma.$transaction((tx) => mailAfterEvent(tx, event.id, { batch: 2 }))).toBe(2);
    expect(await pendingJob(event.id)).toMatchObject({ payload: { eventId: event.id, after: expect.any(String) } });
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).afterEventMailedAt).toBeNull();
    // The pending job (published) is replaced by the next batch's; run the batches through the runner.
    for (let pass = 0; pass < 5 && (await pendingJob(event.id)); pass++) await runDueJobs(database.prisma, timedJobs);
    for (const person of people) expect(await mailsTo(person.email!), person.email!).toHaveLength(1);
    expect(await database.prisma.registration.count({ where: { eventId: event.id, feedbackTokenHash: { not: null } } })).toBe(5);
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id: event.id } })).afterEventMailedAt).not.toBeNull();
  });

  test("a job whose event's end was moved later waits for the new end, and mails nobody yet", async () => {
    const coordinator = await createPerson(database.prisma, { networkRole: "coordinator" });
    const event = await endedDraft();
    const person = await createPerson(database.prisma);
    await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, status: "attended" } });
    await publishEvent(database.prisma, { eventId: event.id, actorId: coordinator.id });
    const later = new Date(Date.now() + day);
    // As if the end had moved after the job was claimed.
    await database.prisma.event.update({ where: { id: event.id }, data: { endsAt: later } });
    await runDueJobs(database.prisma, timedJobs);
    expect(await mailsTo(person.email!)).toEqual([]);
    expect((await pendingJob(event.id))?.runAt).toEqual(later);
  });
});
