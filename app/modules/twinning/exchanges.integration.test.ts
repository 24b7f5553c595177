// Staff exchanges inside an active agreement: planning within the agreement's terms, the
// host's confirmation, completion by hand or by the job the day after, the two reports,
// cancellation, who is told, and the certificate of participation.
import { describe, expect, test } from "vitest";
import { createActiveAgreement, type ActiveAgreement } from "../../../tests/fixtures/active-agreement";
import { mailSubjects } from "../../../tests/fixtures/events";
import { createPerson } from "../../../tests/fixtures/people";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { runDueJobs } from "~/mechanisms/jobs/run-due-jobs.server";
import { timedJobs } from "~/timed-jobs.server";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { exchangeCertificate } from "./exchange-certificate.server";
import { dayOf } from "./exchange.schemas";
import { terminateAgreement } from "./agreements.server";
import { cancelExchange, completeEndedExchange, completeExchange, confirmExchange, fileReport, planExchange, type PlanInput } from "./exchanges.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "203.0.113.9" };

/** A plan by side A's editor for B to host A's first two staff in March, unless the test says otherwise. */
function planBy(twinning: ActiveAgreement, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    agreementId: twinning.agreement.id,
    organisationId: twinning.a.organisation.id,
    actorId: twinning.a.editor.id,
    host: "partner",
    startsOn: dayOf("2027-03-08"),
    endsOn: dayOf("2027-03-12"),
    participantIds: [twinning.a.staff[0]!.id, twinning.a.staff[1]!.id],
    objectives: "See how the crisis team works at night.\nBring back the handover checklist.",
    language: "en",
    ...overrides,
  };
}

async function planned(twinning: ActiveAgreement, overrides: Partial<PlanInput> = {}) {
  const result = await planExchange(database.prisma, planBy(twinning, overrides), origin);
  if (!result.ok) throw new Error(`not planned: ${result.error}`);
  return result.exchangeId;
}

const side = (twinning: ActiveAgreement, which: "a" | "b", exchangeId: string) => ({
  agreementId: twinning.agreement.id,
  exchangeId,
  organisationId: twinning[which].organisation.id,
  actorId: twinning[which].admin.id,
});

const report = { learned: "Night handovers.", willChange: "Our rota.", willShare: "The checklist.", language: "en" };

const statusOf = async (exchangeId: string) => (await database.prisma.staffExchange.findUniqueOrThrow({ where: { id: exchangeId } })).status;

describe("planning an exchange", () => {
  test("a plan inside an active agreement is stored as planned, with its participants, a history row and an audit entry, and the host side's admins and editors are asked to confirm it", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    const exchange = await database.prisma.staffExchange.findUniqueOrThrow({ where: { id: exchangeId }, include: { participants: true, history: true } });
    expect(exchange).toMatchObject({ status: "planned", hostOrganisationId: twinning.b.organisation.id, sendingOrganisationId: twinning.a.organisation.id });
    expect(exchange.participants.map((p) => p.userId).sort()).toEqual([twinning.a.staff[0]!.id, twinning.a.staff[1]!.id].sort());
    expect(exchange.history).toMatchObject([{ from: null, to: "planned" }]);
    expect(await database.prisma.auditEvent.count({ where: { action: "exchange.planned", details: { path: ["exchange"], equals: exchangeId } } })).toBe(1);
    expect(await mailSubjects(database.prisma, twinning.b.admin.email!)).toEqual(["Staff exchange to confirm: March 8, 2027 – March 12, 2027"]);
    expect(await mailSubjects(database.prisma, twinning.b.editor.email!)).toHaveLength(1);
    expect(await mailSubjects(database.prisma, twinning.a.admin.email!)).toEqual([]);
    expect(await mailSubjects(database.prisma, twinning.b.staff[0]!.email!)).toEqual([]);
  });

  test("each person is mailed in their own language, the agreement's title in it where there is one", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    await database.prisma.user.update({ where: { id: twinning.b.admin.id }, data: { preferredLanguage: "it" } });
    await database.prisma.user.update({ where: { id: twinning.b.editor.id }, data: { preferredLanguage: "sv" } });
    await planned(twinning);
    const [italian] = await database.prisma.outboxEmail.findMany({ where: { to: twinning.b.admin.email! } });
    expect(italian).toMatchObject({ subject: "Scambio di personale da confermare: 8 marzo 2027 – 12 marzo 2027" });
    expect(italian!.text).toContain("Gentile Person");
    expect(italian!.text).toContain("Accordo: Imparare dai servizi di crisi l'uno dell'altro");
    expect(italian!.text).toContain(`/it/organisations/${twinning.b.organisation.slug}/twinning/agreements/${twinning.agreement.id}/exchanges/`);
    const [swedish] = await database.prisma.outboxEmail.findMany({ where: { to: twinning.b.editor.email! } });
    expect(swedish).toMatchObject({ subject: "Personalutbyte att bekräfta: 8 mars 2027 – 12 mars 2027" });
    // No Swedish title: the original, English.
    expect(swedish!.text).toContain("Avtal: Learning from each other's crisis teams");
  });

  test("a plan is refused outside an active agreement", async () => {
    const twinning = await createActiveAgreement(database.prisma, { status: "agreed" });
    expect(await planExchange(database.prisma, planBy(twinning), origin)).toEqual({ ok: false, error: "exchange_agreementNotActive" });
    expect(await database.prisma.staffExchange.count({ where: { agreementId: twinning.agreement.id } })).toBe(0);
  });

  test("a group larger than the agreement's cap is refused, naming the cap", async () => {
    const twinning = await createActiveAgreement(database.prisma, { groupSizeCap: 3 });
    const all = twinning.a.staff.map((person) => person.id);
    expect(await planExchange(database.prisma, planBy(twinning, { participantIds: all }), origin)).toEqual({ ok: false, error: "exchange_aboveCap", field: "participants", value: 3 });
    expect((await planExchange(database.prisma, planBy(twinning, { participantIds: all.slice(0, 3) }), origin)).ok).toBe(true);
  });

  test("a participant who is not of the sending side is refused: the host's own staff, or someone of no organisation", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const hostStaff = planBy(twinning, { participantIds: [twinning.a.staff[0]!.id, twinning.b.staff[0]!.id] });
    expect(await planExchange(database.prisma, hostStaff, origin)).toMatchObject({ ok: false, error: "exchange_notOfSendingSide" });
    const stranger = await createPerson(database.prisma);
    expect(await planExchange(database.prisma, planBy(twinning, { participantIds: [stranger.id] }), origin)).toMatchObject({ ok: false, error: "exchange_notOfSendingSide" });
    // Seen from B, hosting is "us" and A sends: A's people are the right ones.
    const fromB = planBy(twinning, { organisationId: twinning.b.organisation.id, actorId: twinning.b.editor.id, host: "us" });
    expect((await planExchange(database.prisma, fromB, origin)).ok).toBe(true);
  });

  test("dates outside the agreement's are refused, at the field they are about", async () => {
    const twinning = await createActiveAgreement(database.prisma, { startsOn: "2027-01-01", endsOn: "2027-06-30" });
    expect(await planExchange(database.prisma, planBy(twinning, { startsOn: dayOf("2026-12-28"), endsOn: dayOf("2027-01-02") }), origin)).toEqual({
      ok: false,
      error: "exchange_outsideAgreement",
      field: "startsOn",
    });
    expect(await planExchange(database.prisma, planBy(twinning, { startsOn: dayOf("2027-06-28"), endsOn: dayOf("2027-07-02") }), origin)).toEqual({
      ok: false,
      error: "exchange_outsideAgreement",
      field: "endsOn",
    });
  });
});

describe("an exchange's moves", () => {
  test("the host confirms; the sending side cannot; both sides and the participants are told", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    expect(await confirmExchange(database.prisma, side(twinning, "a", exchangeId), origin)).toEqual({ ok: false, error: "exchange_moveNotAllowed" });
    expect(await statusOf(exchangeId)).toBe("planned");
    expect(await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin)).toEqual({ ok: true });
    expect(await statusOf(exchangeId)).toBe("confirmed");
    expect(await mailSubjects(database.prisma, twinning.a.staff[0]!.email!)).toEqual(["Staff exchange confirmed: March 8, 2027 – March 12, 2027"]);
    expect(await mailSubjects(database.prisma, twinning.a.admin.email!)).toEqual(["Staff exchange confirmed: March 8, 2027 – March 12, 2027"]);
    expect(await mailSubjects(database.prisma, twinning.a.staff[2]!.email!)).toEqual([]);
    expect(await database.prisma.auditEvent.count({ where: { action: "exchange.confirmed" } })).toBeGreaterThan(0);
  });

  test("another agreement's organisation can make no move on the exchange", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const other = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    const outsider = { agreementId: other.agreement.id, exchangeId, organisationId: other.b.organisation.id, actorId: other.b.admin.id };
    expect(await confirmExchange(database.prisma, outsider, origin)).toEqual({ ok: false, error: "exchange_notFound" });
  });

  test("both reports make it reported; a second report from the same side is refused", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    expect(await fileReport(database.prisma, { ...side(twinning, "a", exchangeId), ...report }, origin)).toEqual({ ok: false, error: "exchange_notCompleted" });
    await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin);
    expect(await completeExchange(database.prisma, side(twinning, "a", exchangeId), origin, new Date("2027-03-12T15:00:00Z"))).toEqual({ ok: true });
    expect(await mailSubjects(database.prisma, twinning.b.editor.email!)).toContain("Your report on the staff exchange: March 8, 2027 – March 12, 2027");
    expect(await fileReport(database.prisma, { ...side(twinning, "a", exchangeId), ...report }, origin)).toEqual({ ok: true, reported: false });
    expect(await statusOf(exchangeId)).toBe("completed");
    expect(await fileReport(database.prisma, { ...side(twinning, "a", exchangeId), ...report, learned: "Again." }, origin)).toEqual({ ok: false, error: "exchange_alreadyReported" });
    expect(await fileReport(database.prisma, { ...side(twinning, "b", exchangeId), ...report }, origin)).toEqual({ ok: true, reported: true });
    expect(await statusOf(exchangeId)).toBe("reported");
    const history = await database.prisma.exchangeEvent.findMany({ where: { exchangeId }, orderBy: { createdAt: "asc" } });
    expect(history.map((row) => row.to)).toEqual(["planned", "confirmed", "completed", "reported"]);
  });

  test("an exchange cannot be marked as having taken place before it starts", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin);
    expect(await completeExchange(database.prisma, side(twinning, "a", exchangeId), origin, new Date("2027-03-01T12:00:00Z"))).toEqual({ ok: false, error: "exchange_notStarted" });
  });

  test("the job completes a confirmed exchange the day after it ends, not before, and leaves a planned one alone", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    const job = await database.prisma.scheduledJob.findFirstOrThrow({ where: { kind: "twinning.exchange-end", key: exchangeId } });
    expect(job.runAt.toISOString()).toBe("2027-03-13T00:00:00.000Z");
    expect(await database.prisma.$transaction((tx) => completeEndedExchange(tx, exchangeId, new Date("2027-03-13T08:00:00Z")))).toBe(false);
    expect(await statusOf(exchangeId)).toBe("planned");
    await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin);
    expect(await database.prisma.$transaction((tx) => completeEndedExchange(tx, exchangeId, new Date("2027-03-12T23:00:00Z")))).toBe(false);
    expect(await database.prisma.$transaction((tx) => completeEndedExchange(tx, exchangeId, new Date("2027-03-13T08:00:00Z")))).toBe(true);
    expect(await statusOf(exchangeId)).toBe("completed");
    expect(await database.prisma.exchangeEvent.findFirst({ where: { exchangeId, to: "completed" } })).toMatchObject({ actorId: null });
  });

  test("through the job runner: an exchange that ended before today is completed by its job, and both sides are asked for their report", async () => {
    const twinning = await createActiveAgreement(database.prisma, { startsOn: "2026-01-01", endsOn: "2027-12-31" });
    const exchangeId = await planned(twinning, { startsOn: dayOf("2026-11-02"), endsOn: dayOf("2026-11-06") });
    await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin);
    await runDueJobs(database.prisma, timedJobs);
    expect(await statusOf(exchangeId)).toBe("completed");
    expect(await mailSubjects(database.prisma, twinning.a.editor.email!)).toContain("Your report on the staff exchange: November 2, 2026 – November 6, 2026");
  });

  test("either side cancels with a reason, which is kept and mailed; a cancelled exchange moves no more", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    expect(await cancelExchange(database.prisma, { ...side(twinning, "a", exchangeId), reason: "The host team is moving buildings." }, origin)).toEqual({ ok: true });
    expect(await database.prisma.staffExchange.findUniqueOrThrow({ where: { id: exchangeId } })).toMatchObject({ status: "cancelled", cancelReason: "The host team is moving buildings." });
    expect(await mailSubjects(database.prisma, twinning.a.staff[1]!.email!)).toEqual(["Staff exchange cancelled: March 8, 2027 – March 12, 2027"]);
    expect(await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin)).toEqual({ ok: false, error: "exchange_moveNotAllowed" });
    expect(await database.prisma.scheduledJob.count({ where: { kind: "twinning.exchange-end", key: exchangeId, status: "pending" } })).toBe(0);
  });
});

describe("at the same moment, on the real server", () => {
  test.runIf(database.backend === "postgres")("the host's admin and editor confirming at once confirm it once: one history row, one mail each", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    const editor = { ...side(twinning, "b", exchangeId), actorId: twinning.b.editor.id };
    const results = await Promise.all([confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin), confirmExchange(database.prisma, editor, origin)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await database.prisma.exchangeEvent.count({ where: { exchangeId, to: "confirmed" } })).toBe(1);
    expect((await mailSubjects(database.prisma, twinning.a.staff[0]!.email!)).filter((subject) => subject.startsWith("Staff exchange confirmed"))).toHaveLength(1);
  });

  test.runIf(database.backend === "postgres")("cancelling while the other side completes: one of them wins, and the exchange is in the state it says", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin);
    const [cancelled, completed] = await Promise.all([
      cancelExchange(database.prisma, { ...side(twinning, "a", exchangeId), reason: "Flights cancelled." }, origin),
      completeExchange(database.prisma, side(twinning, "b", exchangeId), origin, new Date("2027-03-10T10:00:00Z")),
    ]);
    expect([cancelled.ok, completed.ok].filter(Boolean)).toHaveLength(1);
    expect(await statusOf(exchangeId)).toBe(cancelled.ok ? "cancelled" : "completed");
    expect(await database.prisma.exchangeEvent.count({ where: { exchangeId } })).toBe(3);
  });
});

describe("when the agreement ends early", () => {
  test("its exchanges still to come are cancelled with the agreement's reason; one that took place is kept", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const coming = await planned(twinning);
    const confirmed = await planned(twinning, { startsOn: dayOf("2027-05-03"), endsOn: dayOf("2027-05-07") });
    await confirmExchange(database.prisma, side(twinning, "b", confirmed), origin);
    const tookPlace = await planned(twinning, { startsOn: dayOf("2027-02-01"), endsOn: dayOf("2027-02-05") });
    await confirmExchange(database.prisma, side(twinning, "b", tookPlace), origin);
    await completeExchange(database.prisma, side(twinning, "b", tookPlace), origin, new Date("2027-02-03T10:00:00Z"));
    const reason = "The partner organisation is closing its crisis service.";
    // Side A's admin terminates the agreement on its page.
    const adminA = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: twinning.a.organisation.id, userId: adminA.id, role: "admin" } });
    expect(await terminateAgreement(database.prisma, { agreementId: twinning.agreement.id, organisationId: twinning.a.organisation.id, actorId: adminA.id, reason }, origin)).toEqual({ ok: true });
    expect(await database.prisma.staffExchange.count({ where: { agreementId: twinning.agreement.id, status: "cancelled" } })).toBe(2);
    expect(await statusOf(coming)).toBe("cancelled");
    expect(await statusOf(confirmed)).toBe("cancelled");
    expect(await statusOf(tookPlace)).toBe("completed");
    expect(await database.prisma.staffExchange.findUniqueOrThrow({ where: { id: confirmed } })).toMatchObject({ cancelReason: reason });
  });
});

describe("the certificate of participation", () => {
  test("a participant of a completed exchange gets one in the language asked for, with a Polish name and both organisations", async () => {
    const twinning = await createActiveAgreement(database.prisma, {}, { b: [{ name: "Łucja Wróblewska-Żak" }, { name: "Дмитрий Сёмин" }] });
    const exchangeId = await planned(twinning, {
      organisationId: twinning.b.organisation.id,
      actorId: twinning.b.editor.id,
      host: "partner",
      participantIds: [twinning.b.staff[0]!.id, twinning.b.staff[1]!.id],
    });
    const participant = twinning.b.staff[0]!.id;
    expect(await exchangeCertificate(database.prisma, exchangeId, participant, { participant: "en" })).toBeNull();
    await confirmExchange(database.prisma, side(twinning, "a", exchangeId), origin);
    await completeExchange(database.prisma, side(twinning, "a", exchangeId), origin, new Date("2027-03-10T10:00:00Z"));
    const certificate = await exchangeCertificate(database.prisma, exchangeId, participant, "it");
    const { text } = await pdfPages(certificate!.bytes);
    expect(text).toContain("Łucja Wróblewska-Żak");
    expect(text).toContain("Fundacja Zdrowia Psychicznego");
    expect(text).toContain("Centro di salute mentale Trieste");
    expect(text).toContain("Imparare dai servizi di crisi l'uno dell'altro");
    expect(text).toContain("8 marzo 2027 – 12 marzo 2027");
    expect(text).toContain("Trieste, Italia");
    const cyrillic = await exchangeCertificate(database.prisma, exchangeId, twinning.b.staff[1]!.id, "en");
    expect((await pdfPages(cyrillic!.bytes)).text).toContain("Дмитрий Сёмин");
  });

  test("someone who did not take part gets none, even of a completed exchange", async () => {
    const twinning = await createActiveAgreement(database.prisma);
    const exchangeId = await planned(twinning);
    await confirmExchange(database.prisma, side(twinning, "b", exchangeId), origin);
    await completeExchange(database.prisma, side(twinning, "b", exchangeId), origin, new Date("2027-03-10T10:00:00Z"));
    expect(await exchangeCertificate(database.prisma, exchangeId, twinning.a.staff[0]!.id, "en")).not.toBeNull();
    expect(await exchangeCertificate(database.prisma, exchangeId, twinning.a.staff[2]!.id, "en")).toBeNull();
    expect(await exchangeCertificate(database.prisma, exchangeId, twinning.b.admin.id, "en")).toBeNull();
  });
});
