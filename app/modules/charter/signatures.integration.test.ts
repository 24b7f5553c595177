import { describe, expect, test } from "vitest";
import { charterVersion1 } from "../../../prisma/seed-data/charter";
import { publishCharterVersion } from "../../../tests/fixtures/charter";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { raceTest } from "../../../tests/setup/race-test";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { charterTextDigest, hasSigned, signCharter, verifySignature, withdrawSignature } from "./signatures.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.40" };

async function signingSetUp() {
  const { prisma } = database;
  const version = await publishCharterVersion(prisma);
  const organisation = await createOrganisation(prisma);
  const signatory = await createPerson(prisma, { name: "Signe Signatory" });
  const french = version.texts.find((text) => text.language === "fr")!;
  const signing = {
    organisationId: organisation.id,
    versionId: version.id,
    language: "fr",
    shownSha256: charterTextDigest(french),
    signatory: { id: signatory.id, name: signatory.name },
    signatoryTitle: "Directrice",
  };
  return { version, organisation, signatory, signing };
}

describe("signing the Charter", () => {
  test("records the signatory, title, language, time and the SHA-256 of the text read, once", async () => {
    const { prisma } = database;
    const { version, organisation, signing } = await signingSetUp();
    const result = await signCharter(prisma, signing, origin);
    expect(result).toMatchObject({ ok: true });
    const stored = await prisma.charterSignature.findMany({ where: { organisationId: organisation.id } });
    expect(stored).toEqual([
      expect.objectContaining({ kind: "signature", signatoryName: "Signe Signatory", signatoryTitle: "Directrice", language: "fr" }),
    ]);
    // The hash is of exactly "title, blank line, body", hex.
    expect(stored[0]!.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await signCharter(prisma, signing, origin)).toEqual({ ok: false, error: "alreadySigned" });
    expect(await hasSigned(prisma, organisation.id, version.id)).toBe(true);
  });

  test("a text that changed since the page was shown is not signed", async () => {
    const { prisma } = database;
    const { organisation, signing } = await signingSetUp();
    expect(await signCharter(prisma, { ...signing, shownSha256: "0".repeat(64) }, origin)).toEqual({ ok: false, error: "textChanged" });
    expect(await prisma.charterSignature.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  raceTest("the same signatory submitting twice at the same moment makes exactly one signature", async () => {
    const { prisma } = database;
    const { organisation, signing } = await signingSetUp();
    const results = await Promise.all([signCharter(prisma, signing, origin), signCharter(prisma, signing, origin), signCharter(prisma, signing, origin)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await prisma.charterSignature.count({ where: { organisationId: organisation.id, kind: "signature" } })).toBe(1);
  });

  test("a withdrawal is a new record; signing again afterwards is possible; records are never changed", async () => {
    const { prisma } = database;
    const { version, organisation, signatory, signing } = await signingSetUp();
    await signCharter(prisma, signing, origin);
    const withdrawal = await withdrawSignature(
      prisma,
      { organisationId: organisation.id, versionId: version.id, signatory: { id: signatory.id, name: signatory.name }, signatoryTitle: "" },
      origin,
    );
    expect(withdrawal).toEqual({ ok: true });
    expect(await hasSigned(prisma, organisation.id, version.id)).toBe(false);
    expect(await signCharter(prisma, signing, origin)).toMatchObject({ ok: true });
    const kinds = (await prisma.charterSignature.findMany({ where: { organisationId: organisation.id }, orderBy: { at: "asc" } })).map((r) => r.kind);
    expect(kinds).toEqual(["signature", "withdrawal", "signature"]);
    const first = await prisma.charterSignature.findFirstOrThrow({ where: { organisationId: organisation.id } });
    await expect(prisma.charterSignature.update({ where: { id: first.id }, data: { signatoryTitle: "Forged" } })).rejects.toThrow(/append-only/);
    await expect(prisma.charterSignature.delete({ where: { id: first.id } })).rejects.toThrow(/append-only/);
  });

  test("anyone can verify a signature: the stored hash matches the stored text's hash, recomputed", async () => {
    const { prisma } = database;
    const { signing } = await signingSetUp();
    const signed = await signCharter(prisma, signing, origin);
    if (!signed.ok) throw new Error("not signed");
    const verified = await verifySignature(prisma, signed.signatureId);
    expect(verified).toMatchObject({ matches: true, language: "fr", storedSha256: signing.shownSha256, recomputedSha256: signing.shownSha256 });
  });

  test("a signature stored before the hashing moved to app/mechanisms/signatures still verifies", async () => {
    const { prisma } = database;
    const seeded = Object.entries(charterVersion1.texts).map(([language, text]) => ({ language, ...text }));
    const version = await publishCharterVersion(prisma, seeded);
    const organisation = await createOrganisation(prisma);
    // The digest of the seeded English text as recorded then (and by sha256sum).
    const before = await prisma.charterSignature.create({
      data: {
        organisationId: organisation.id,
        versionId: version.id,
        signatoryName: "Earlier Signatory",
        signatoryTitle: "Director",
        language: "en",
        textSha256: "490b0532944cea40080846b36c0152e3ff9196429085a65cb010fd0b6c61b2c5",
      },
    });
    expect(await verifySignature(prisma, before.id)).toMatchObject({ matches: true, versionNumber: version.number });
  });
});
