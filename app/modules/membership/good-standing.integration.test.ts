import { beforeAll, expect, test } from "vitest";
import { publishCharterVersion } from "../../../tests/fixtures/charter";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import type { MembershipStatus } from "~/generated/prisma/client";
import { charterTextDigest, signCharter, withdrawSignature } from "~/modules/charter/signatures.server";
import { listMembersInGoodStanding, listMembersNotSigned, standingOf } from "./good-standing.server";

const database = setUpTestDatabase();
const origin = { clientAddress: "198.51.100.70" };
let version: Awaited<ReturnType<typeof publishCharterVersion>>;

beforeAll(async () => {
  version = await publishCharterVersion(database.prisma);
});

async function signedOrganisation(status: MembershipStatus, name: string) {
  const { prisma } = database;
  // Signed while active; the status is what the test is about.
  const organisation = await createOrganisation(prisma, { name });
  const signatory = await createPerson(prisma);
  const english = version.texts.find((text) => text.language === "en")!;
  await signCharter(
    prisma,
    {
      organisationId: organisation.id,
      versionId: version.id,
      language: "en",
      shownSha256: charterTextDigest(english),
      signatory: { id: signatory.id, name: signatory.name },
      signatoryTitle: "Chair",
    },
    origin,
  );
  await prisma.organisation.update({ where: { id: organisation.id }, data: { status } });
  return { organisation: { ...organisation, status }, signatory };
}

test("a member in good standing is active and has signed the Charter in force; suspension or a withdrawal ends it", async () => {
  const { prisma } = database;
  const { organisation: member } = await signedOrganisation("active", "Good Standing");
  const { organisation: suspended } = await signedOrganisation("suspended", "Suspended Signer");
  const { organisation: withdrawn, signatory } = await signedOrganisation("active", "Withdrawn Signer");
  await withdrawSignature(prisma, { organisationId: withdrawn.id, versionId: version.id, signatory, signatoryTitle: "Chair" }, origin);
  const unsigned = await createOrganisation(prisma, { name: "Not Signed Yet" });

  expect(await standingOf(prisma, member)).toMatchObject({ charter: { number: version.number }, inGoodStanding: true });
  expect((await standingOf(prisma, suspended)).inGoodStanding).toBe(false);
  expect((await standingOf(prisma, withdrawn)).inGoodStanding).toBe(false);
  expect(await standingOf(prisma, unsigned)).toMatchObject({ signature: null, inGoodStanding: false });

  const inGoodStanding = (await listMembersInGoodStanding(prisma, version.id)).map((entry) => entry.organisation.name);
  expect(inGoodStanding).toEqual(["Good Standing"]);
  // Reminders go to active members without a signature, never to a suspended one.
  const toRemind = (await listMembersNotSigned(prisma, version.id)).map((organisation) => organisation.name);
  expect(toRemind).toEqual(expect.arrayContaining(["Not Signed Yet", "Withdrawn Signer"]));
  expect(toRemind).not.toContain("Good Standing");
  expect(toRemind).not.toContain("Suspended Signer");
});
