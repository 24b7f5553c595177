// The "take part in twinning" commitment is computed from the organisation's agreements:
// an agreed or active twinning ticks it; one still being negotiated does not.
import { expect, test } from "vitest";
import { createAgreementRecord } from "../../../tests/fixtures/agreement-records";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { computeCommitments } from "./commitments.server";

const database = setUpTestDatabase();

const twinningState = async (organisationId: string) =>
  (await computeCommitments(database.prisma, organisationId, { signature: null })).find((commitment) => commitment.key === "takePartInTwinning")?.state;

test("an organisation with an active twinning has done it, both partners alike", async () => {
  const { lille, trieste } = await createAgreementRecord(database.prisma, { status: "active" });
  expect(await twinningState(lille.id)).toBe("done");
  expect(await twinningState(trieste.id)).toBe("done");
});

test("an agreed twinning, signed by all three but not yet started, counts too", async () => {
  const { lille } = await createAgreementRecord(database.prisma, { status: "agreed" });
  expect(await twinningState(lille.id)).toBe("done");
});

test("an agreement still being negotiated, or none at all, leaves it to do", async () => {
  const { lille } = await createAgreementRecord(database.prisma, { status: "proposed", revisions: 1 });
  expect(await twinningState(lille.id)).toBe("todo");
  expect(await twinningState((await createOrganisation(database.prisma)).id)).toBe("todo");
});
