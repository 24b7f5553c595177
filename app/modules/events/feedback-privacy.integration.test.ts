// A person's feedback in their export and erasure: what they answered under their name is
// theirs (exported, erased with their account); an anonymous answer is nobody's, so it is
// neither in their export nor erased with them, and the event's results keep it.
import { expect, test } from "vitest";
import { eraseAccount, exportPersonalData } from "~/modules/accounts/personal-data.server";
import { createEvent } from "../../../tests/fixtures/events";
import { createPerson, testPassword } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { attendanceCertificate, verifiedCertificate } from "./certificates.server";
import { feedbackResults, submitFeedback } from "./feedback.server";
import { tokenHash } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;

async function pastEvent(title: string) {
  const now = Date.now();
  return createEvent(
    database.prisma,
    { startsAt: new Date(now - 3 * day), endsAt: new Date(now - day), registrationOpensAt: new Date(now - 30 * day), registrationClosesAt: new Date(now - 5 * day) },
    { title },
  );
}

let tokens = 0;
async function answered(eventId: string, personId: string, { anonymous, comment }: { anonymous: boolean; comment: string }) {
  const token = `privacy-feedback-token-${String(++tokens).padStart(4, "0")}-abcdefghijklmno`;
  const registration = await database.prisma.registration.create({ data: { eventId, personId, status: "attended", feedbackTokenHash: tokenHash(token) } });
  const result = await submitFeedback(database.prisma, { respondent: { token }, language: "en", form: { overall: 4, content: 4, organisation: 4, comment, anonymous } });
  expect(result).toEqual({ ok: true });
  return registration;
}

test("the export lists what a person answered under their name; erasing the account removes it, keeps their anonymous answer, and withdraws their certificate", async () => {
  const [school, conference] = [await pastEvent("Recovery school"), await pastEvent("Autumn conference")];
  const person = await createPerson(database.prisma);
  const other = await createPerson(database.prisma);
  const named = await answered(school.id, person.id, { anonymous: false, comment: "Mine, with my name." });
  await answered(conference.id, person.id, { anonymous: true, comment: "Mine, anonymous." });
  await answered(school.id, other.id, { anonymous: false, comment: "Someone else's." });
  const { code } = (await attendanceCertificate(database.prisma, named.id))!;

  const exported = (await exportPersonalData(database.prisma, person.id, { clientAddress: "" })) as unknown as {
    eventRegistrations: { eventId: string; feedbackGivenAt: Date | null; certificateCode: string | null; feedback: { comment: string }[] }[];
  };
  const byEvent = new Map(exported.eventRegistrations.map((registration) => [registration.eventId, registration]));
  expect(byEvent.get(school.id)).toMatchObject({ certificateCode: code, feedback: [{ comment: "Mine, with my name." }] });
  // They answered there (the mark is theirs), but the answer is linked to nobody.
  expect(byEvent.get(conference.id)?.feedbackGivenAt).not.toBeNull();
  expect(byEvent.get(conference.id)?.feedback).toEqual([]);
  expect(JSON.stringify(exported)).not.toContain("Mine, anonymous.");

  expect(await eraseAccount(database.prisma, { userId: person.id, password: testPassword })).toEqual({ ok: true });

  const comments = async (eventId: string) => (await feedbackResults(database.prisma, eventId)).comments.map((comment) => [comment.comment, comment.name]);
  expect(await comments(school.id)).toEqual([["Someone else's.", other.name]]);
  expect(await comments(conference.id)).toEqual([["Mine, anonymous.", null]]);
  expect(await database.prisma.registration.findUniqueOrThrow({ where: { id: named.id } })).toMatchObject({ personId: null, certificateCode: null, feedbackTokenHash: null, status: "attended" });
  expect(await verifiedCertificate(database.prisma, code, "en")).toBeNull();
});
