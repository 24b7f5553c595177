// An agreement's comment thread as both parties and the coordinators use it, through the
// whole app: reading it, adding to it, and the other side being emailed in its language.
import { describe, expect, test } from "vitest";
import { createAgreementRecord } from "../../../tests/fixtures/agreement-records";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

async function call(path: string, userId: string | null, form?: Record<string, string>) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  return answer(makeRequest(path, form ? { method: "POST", cookie, form } : { cookie }), testContext);
}

const drawn = async (response: Response) => (await response.text()).replace(/<script[\s\S]*?<\/script>/g, "");
const commentsOf = (language: string, slug: string, agreementId: string) => `/${language}/organisations/${slug}/twinning/agreements/${agreementId}/comments`;

describe("the comments on an agreement", () => {
  test("both sides and the coordinators read the thread, newest last, with who wrote each comment and for which side", async () => {
    const { agreement, lille, trieste, people } = await createAgreementRecord(database.prisma);
    for (const [slug, userId] of [[lille.slug, people.lilleMember.id], [trieste.slug, people.triesteSignatory.id], [trieste.slug, people.coordinator.id]] as const) {
      const response = await call(commentsOf("en", slug, agreement.id), userId);
      expect(response.status).toBe(200);
      const page = await drawn(response);
      const first = page.indexOf("Could we start in April?");
      const second = page.indexOf("We will host first.");
      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(first);
      expect(page).toContain("Claire Dubois");
      expect(page).toContain(lille.name);
      expect(page).toContain("Giulia Rossi");
    }
  });

  test("a writer of one side adds a comment; the other side's admins and editors are emailed in their language, not its members", async () => {
    const { agreement, trieste, people } = await createAgreementRecord(database.prisma);
    const response = await call(commentsOf("it", trieste.slug, agreement.id), people.triesteEditor.id, { body: "Possiamo ospitare\nquattro persone a maggio." });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/\/comments\?notice=commentAdded#comment-/);
    const stored = await database.prisma.agreementComment.findFirstOrThrow({ where: { agreementId: agreement.id, authorId: people.triesteEditor.id } });
    expect(stored).toMatchObject({ body: "Possiamo ospitare\nquattro persone a maggio.", organisationId: trieste.id });
    const toLille = await database.prisma.outboxEmail.findMany({ where: { to: people.lilleAdmin.email! } });
    expect(toLille).toHaveLength(1);
    expect(toLille[0]!.language).toBe("fr");
    expect(toLille[0]!.subject).toBe("Nouveau commentaire sur votre accord de jumelage\u202f: Jumelage Lille–Trieste");
    expect(toLille[0]!.text).toContain("Marco Bianchi a ajouté un commentaire");
    expect(toLille[0]!.text).toContain(`/fr/organisations/`);
    expect(await database.prisma.outboxEmail.count({ where: { to: { in: [people.lilleMember.email!, people.triesteAdmin.email!, people.triesteEditor.email!] } } })).toBe(0);
  });

  test("a coordinator comments for the network, and both sides' writers are emailed", async () => {
    const { agreement, lille, people } = await createAgreementRecord(database.prisma);
    const response = await call(commentsOf("en", lille.slug, agreement.id), people.coordinator.id, { body: "Please add the dates of the first visit." });
    expect(response.status).toBe(302);
    expect(await database.prisma.agreementComment.findFirstOrThrow({ where: { authorId: people.coordinator.id } })).toMatchObject({ organisationId: null });
    expect(await database.prisma.outboxEmail.count({ where: { to: { in: [people.lilleAdmin.email!, people.triesteAdmin.email!, people.triesteEditor.email!] } } })).toBe(3);
    const page = await drawn(await call(commentsOf("en", lille.slug, agreement.id), people.lilleMember.id));
    expect(page).toContain("Network coordination");
  });

  test("a comment longer than the limit is refused, keeping what was typed and its line breaks", async () => {
    const { agreement, lille, people } = await createAgreementRecord(database.prisma);
    const tooLong = `First line\n${"x".repeat(4000)}`;
    const response = await call(commentsOf("en", lille.slug, agreement.id), people.lilleAdmin.id, { body: tooLong });
    expect(response.status).toBe(400);
    const page = await drawn(response);
    expect(page).toContain("This is too long: at most 4000 characters.");
    expect(page).toContain("First line\nxxxx");
    expect(await database.prisma.agreementComment.count({ where: { agreementId: agreement.id } })).toBe(2);
  });

  test("an empty comment is refused with a message, and nothing is stored or sent", async () => {
    const { agreement, lille, people } = await createAgreementRecord(database.prisma);
    const response = await call(commentsOf("en", lille.slug, agreement.id), people.lilleAdmin.id, { body: "   " });
    expect(response.status).toBe(400);
    expect(await drawn(response)).toContain("There is a problem");
    expect(await database.prisma.agreementComment.count({ where: { agreementId: agreement.id } })).toBe(2);
    expect(await database.prisma.outboxEmail.count({ where: { to: { in: [people.triesteAdmin.email!, people.triesteEditor.email!] } } })).toBe(0);
  });

  test("a member who does not write agreements reads the thread but may not post; a person of another organisation gets 404", async () => {
    const { agreement, lille, people } = await createAgreementRecord(database.prisma);
    const page = await drawn(await call(commentsOf("en", lille.slug, agreement.id), people.lilleMember.id));
    expect(page).not.toContain("Add the comment");
    expect((await call(commentsOf("en", lille.slug, agreement.id), people.lilleMember.id, { body: "Hello" })).status).toBe(403);
    const other = await createOrganisation(database.prisma);
    const stranger = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: other.id, userId: stranger.id, role: "admin" } });
    expect((await call(commentsOf("en", other.slug, agreement.id), stranger.id)).status).toBe(404);
    expect((await call(commentsOf("en", other.slug, agreement.id), stranger.id, { body: "Hello" })).status).toBe(404);
  });
});
