// An attendee answers the feedback form once, whatever arrives at once: the same link sent
// from two windows, anonymous and named together (PostgreSQL only: PGlite runs one
// transaction at a time). The protection is the conditional update of
// Registration.feedbackGivenAt in submitFeedback; with its `feedbackGivenAt: null`
// condition removed (the check before it left in place), this test failed in every run
// (checked, two runs of five rounds: every round failed, 5 submissions at once storing 4
// or 5 answers).
import { expect } from "vitest";
import { createEvent } from "../../../tests/fixtures/events";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { submitFeedback } from "./feedback.server";
import { tokenHash } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;
let round = 0;

raceTest("five submissions of one attendee's feedback at once, anonymous and named: one answer is stored, the other four are refused", async () => {
  const now = Date.now();
  const event = await createEvent(database.prisma, {
    startsAt: new Date(now - 3 * day),
    endsAt: new Date(now - day),
    registrationOpensAt: new Date(now - 30 * day),
    registrationClosesAt: new Date(now - 5 * day),
  });
  const person = await createPerson(database.prisma);
  const token = `race-feedback-token-${String(++round).padStart(4, "0")}-abcdefghijklmnopqr`;
  const registration = await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, status: "attended", feedbackTokenHash: tokenHash(token) } });
  const results = await Promise.all(
    [1, 2, 3, 4, 5].map((score) =>
      submitFeedback(database.prisma, { respondent: { token }, language: "en", form: { overall: score, content: score, organisation: score, comment: `Answer ${score}`, anonymous: score % 2 === 0 } }),
    ),
  );
  expect(results.filter((result) => result.ok), JSON.stringify(results)).toHaveLength(1);
  expect(results.filter((result) => !result.ok && result.error === "alreadyAnswered")).toHaveLength(4);
  expect(await database.prisma.eventFeedback.count({ where: { eventId: event.id } })).toBe(1);
  expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).feedbackGivenAt).not.toBeNull();
});
