// An agreement's history page as its parties and the coordinators read it, through the
// whole app as a browser asks for it.
import { describe, expect, test } from "vitest";
import { createAgreementRecord } from "../../../tests/fixtures/agreement-records";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { compareRevisions } from "./agreement-record.server";

const database = setUpTestDatabase();

async function get(path: string, userId: string | null) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  return answer(makeRequest(path, { cookie }), testContext);
}

/** The page as it is drawn, without the data and translations the scripts carry. */
const drawn = async (response: Response) => (await response.text()).replace(/<script[\s\S]*?<\/script>/g, "");

const historyOf = (language: string, slug: string, agreementId: string, query = "") =>
  `/${language}/organisations/${slug}/twinning/agreements/${agreementId}/history${query}`;

describe("the history of an agreement", () => {
  test("shows every revision with who wrote it and who signed it, the one in force, and the steps in order", async () => {
    const { agreement, lille, trieste, people } = await createAgreementRecord(database.prisma);
    const response = await get(historyOf("en", lille.slug, agreement.id), people.lilleMember.id);
    expect(response.status).toBe(200);
    const page = await drawn(response);
    for (const number of [1, 2, 3]) expect(page).toContain(`Revision ${number}`);
    expect(page).toContain("In force");
    expect(page).toContain("Fully signed");
    expect(page).toContain("Replaced by a later revision");
    expect(page).toContain("Jeanne Leroy");
    expect(page).toContain("Directrice");
    expect(page).toContain("Franco Verdi");
    expect(page).toContain("The network (coordination)");
    expect(page).toContain(`Parties: ${lille.name} and ${trieste.name}`);
    const steps = ["Started as: Draft", "Draft → Proposed", "Proposed → Revised", "New revision", "Revised → Agreed"];
    const positions = steps.map((step) => page.indexOf(step));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  test("compares revisions 1 and 3 word by word and shows each changed term as was and now", async () => {
    const { agreement, trieste, people } = await createAgreementRecord(database.prisma);
    const page = await drawn(await get(historyOf("en", trieste.slug, agreement.id, "?from=1&to=3"), people.triesteEditor.id));
    expect(page).toContain("Revision 1 beside revision 3");
    expect(page).toMatch(/<del[^>]*>.*learning.*together.*<\/del>/s);
    expect(page).toMatch(/<ins[^>]*>.*twinning.*<\/ins>/s);
    expect(page).toMatch(/<ins[^>]*>.*and open dialogue.*<\/ins>/s);
    expect(page).toContain("March 1, 2027");
    expect(page).toContain("April 1, 2027");
    expect(page).toContain("Most people in one group");
  });

  test("is compared in the reader's language when both revisions have it", async () => {
    const { agreement, lille, people } = await createAgreementRecord(database.prisma);
    const comparison = await compareRevisions(database.prisma, agreement.id, 1, 3, "fr");
    expect(comparison?.language).toBe("fr");
    expect(comparison?.terms.find((term) => term.field === "themes")).toMatchObject({ added: ["housing"], removed: ["peer-support"], changed: true });
    expect(comparison?.terms.find((term) => term.field === "exchangesAToB")).toMatchObject({ was: 2, now: 2, changed: false });
    const page = await drawn(await get(historyOf("fr", lille.slug, agreement.id, "?from=1&to=3"), people.lilleAdmin.id));
    expect(page).toMatch(/<ins[^>]*>.*dialogue ouvert.*<\/ins>/s);
    // Italian is not there: the original, English, is compared.
    expect((await compareRevisions(database.prisma, agreement.id, 1, 3, "it"))?.language).toBe("en");
  });

  test("a coordinator reads it through either party's address", async () => {
    const { agreement, trieste, people } = await createAgreementRecord(database.prisma);
    expect((await get(historyOf("en", trieste.slug, agreement.id), people.coordinator.id)).status).toBe(200);
  });

  test("a person of another organisation gets 404 through their own address and 403 through a party's", async () => {
    const { agreement, lille } = await createAgreementRecord(database.prisma);
    const other = await createOrganisation(database.prisma);
    const stranger = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: other.id, userId: stranger.id, role: "admin" } });
    expect((await get(historyOf("en", other.slug, agreement.id), stranger.id)).status).toBe(404);
    expect((await get(historyOf("en", lille.slug, agreement.id), stranger.id)).status).toBe(403);
    expect((await get(historyOf("en", lille.slug, agreement.id), null)).status).toBe(302);
  });
});

describe("checking a signature of an agreement", () => {
  const verifyPath = (signatureId: string, language = "en") => `/${language}/twinning/signatures/${signatureId}`;

  test("a party's person sees that it matches, who signed and the signed text", async () => {
    const { signatures, people } = await createAgreementRecord(database.prisma);
    const signed = signatures.find((signature) => signature.party === "b")!;
    const page = await drawn(await get(verifyPath(signed.id), people.lilleMember.id));
    expect(page).toContain("this signature binds to exactly this text");
    expect(page).toContain("Franco Verdi");
    expect(page).toContain(signed.textSha256);
    expect(page).toContain("Learn crisis response and open dialogue from each other.");
  });

  test("a tampered row, a signature whose hash is not that of the text, does not match", async () => {
    const { agreement, revisions, trieste, people } = await createAgreementRecord(database.prisma);
    const forged = await database.prisma.agreementSignature.create({
      data: {
        agreementId: agreement.id,
        revisionId: revisions[2]!.id,
        party: "b",
        organisationId: trieste.id,
        signatoryName: "Someone",
        signatoryTitle: "Director",
        language: "en",
        textSha256: "0".repeat(64),
      },
    });
    const page = await drawn(await get(verifyPath(forged.id), people.coordinator.id));
    expect(page).toContain("The fingerprints differ");
    expect(page).not.toContain("this signature binds to exactly this text");
  });

  test("a stranger or a visitor learns whether it matches, the parties and the revision, but not the text or the signatory", async () => {
    const { signatures, lille, trieste } = await createAgreementRecord(database.prisma);
    const signed = signatures.find((signature) => signature.party === "a" && signature.textSha256)!;
    const stranger = await createPerson(database.prisma);
    for (const userId of [stranger.id, null]) {
      const response = await get(verifyPath(signed.id), userId);
      expect(response.status).toBe(200);
      const page = await drawn(response);
      expect(page).toContain("this signature binds to exactly this text");
      expect(page).toContain(lille.name);
      expect(page).toContain(trieste.name);
      expect(page).toContain("Revision 1");
      expect(page).not.toContain("Jeanne Leroy");
      expect(page).not.toContain("Apprendre");
      expect(page).not.toContain(signed.textSha256);
    }
  });

  test("an unknown signature is a 404", async () => {
    expect((await get(verifyPath("nosuchsignature0"), null)).status).toBe(404);
  });
});

describe("the agreement as a PDF", () => {
  const pdfOf = (language: string, slug: string, agreementId: string) => `/${language}/organisations/${slug}/twinning/agreements/${agreementId}/agreement.pdf`;

  test("prints both organisations, the revision in force with its terms and objectives, and its signatures, in the reader's language", async () => {
    const { agreement, lille, trieste, people, signatures } = await createAgreementRecord(database.prisma);
    const response = await get(pdfOf("fr", lille.slug, agreement.id), people.lilleMember.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const { text, title } = await pdfPages(new Uint8Array(await response.arrayBuffer()));
    expect(title).toBe("Jumelage Lille–Trieste");
    expect(text).toContain("Accord de jumelage");
    expect(text).toContain("Révision 3, en vigueur.");
    expect(text).toContain(`${lille.name} (France)`);
    expect(text).toContain(`${trieste.name} (Italie)`);
    expect(text).toContain("1er avril 2027");
    expect(text).toContain("Apprendre l’accueil de crise et le dialogue ouvert");
    expect(text).toContain("Jeanne Leroy, Directrice");
    expect(text).toContain("Franco Verdi, Direttore");
    expect(text).toContain("Le réseau (équipe de coordination)");
    for (const signature of signatures.slice(1)) {
      expect(text.replace(/\s/g, "")).toContain(signature.textSha256);
      expect(text.replace(/\s/g, "")).toContain(`/fr/twinning/signatures/${signature.id}`);
    }
    // Revision 1's signature is not on the printed revision.
    expect(text.replace(/\s/g, "")).not.toContain(signatures[0]!.textSha256);
  });

  test("prints the latest revision, marked not yet in force, while none is fully signed; in the original when the reader's language is missing", async () => {
    const { agreement, trieste, people } = await createAgreementRecord(database.prisma, { status: "revised", revisions: 2 });
    const response = await get(pdfOf("it", trieste.slug, agreement.id), people.triesteAdmin.id);
    const { text } = await pdfPages(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("Revisione 2: non ancora in vigore.");
    expect(text).toContain("Lille and Trieste twinning");
    expect(text).toContain("Lingua mostrata: inglese");
  });

  test("is a 404 to a person of another organisation", async () => {
    const { agreement } = await createAgreementRecord(database.prisma);
    const other = await createOrganisation(database.prisma);
    const stranger = await createPerson(database.prisma);
    await database.prisma.organisationMembership.create({ data: { organisationId: other.id, userId: stranger.id, role: "admin" } });
    expect((await get(pdfOf("en", other.slug, agreement.id), stranger.id)).status).toBe(404);
  });
});
