// The dashboard's commitments "host a school or event" and "contribute to conferences",
// computed from the events an organisation has hosted and the people registered for it
// who attended one (issue 13), never ticked by hand.
import { describe, expect, test } from "vitest";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { computeCommitments } from "~/modules/membership/commitments.server";
import { createEvent, createPersonOf } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { answer } from "../../../tests/setup/in-process-app";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();
const day = 86_400_000;

async function stateOf(organisationId: string, key: "hostSchoolOrEvent" | "contributeToConferences", now = new Date()) {
  const commitments = await computeCommitments(database.prisma, organisationId, { signature: null }, now);
  return commitments.find((commitment) => commitment.key === key)?.state;
}

/** An event that took place last month (its registration window long closed). */
function pastEvent(overrides: Parameters<typeof createEvent>[1] = {}) {
  return createEvent(database.prisma, { ...overrides }, { now: new Date(Date.now() - 60 * day) });
}

/** A registration for `organisationId` at `eventId` with the status the organisers left it in. */
async function registrationFor(eventId: string, organisationId: string | null, status: RegistrationStatus, who: { personId?: string; delegate?: string } = {}) {
  return database.prisma.registration.create({
    data: {
      eventId,
      organisationId,
      status,
      personId: who.personId ?? null,
      delegateName: who.delegate ?? null,
      delegateEmail: who.delegate ? `${who.delegate.toLowerCase().replace(/\W+/g, ".")}@example.org` : null,
    },
  });
}

describe("'host a school or event'", () => {
  test("is to do for an organisation that has hosted nothing", async () => {
    const organisation = await createOrganisation(database.prisma);
    expect(await stateOf(organisation.id, "hostSchoolOrEvent")).toBe("todo");
  });

  test("is done once a published event it hosted has taken place", async () => {
    const organisation = await createOrganisation(database.prisma);
    await pastEvent({ hostOrganisationId: organisation.id, type: "international_school", season: "spring" });
    expect(await stateOf(organisation.id, "hostSchoolOrEvent")).toBe("done");
  });

  test("is not done by an event still to come, a cancelled one or a draft", async () => {
    const organisation = await createOrganisation(database.prisma);
    // Upcoming: it could still be cancelled, and a commitment shown done must not go back to "to do".
    const upcoming = await createEvent(database.prisma, { hostOrganisationId: organisation.id });
    await pastEvent({ hostOrganisationId: organisation.id, status: "cancelled", cancelledAt: new Date(Date.now() - 45 * day) });
    await pastEvent({ hostOrganisationId: organisation.id, status: "draft", publishedAt: null });
    expect(await stateOf(organisation.id, "hostSchoolOrEvent")).toBe("todo");

    // The day after the upcoming one ends, it counts.
    expect(await stateOf(organisation.id, "hostSchoolOrEvent", new Date(upcoming.endsAt.getTime() + day))).toBe("done");
  });

  test("is not done by an event another organisation hosted, even one this organisation's people attended", async () => {
    const [guest, host] = [await createOrganisation(database.prisma), await createOrganisation(database.prisma)];
    const event = await pastEvent({ hostOrganisationId: host.id });
    await registrationFor(event.id, guest.id, "attended", { personId: (await createPersonOf(database.prisma, guest.id)).id });
    expect(await stateOf(guest.id, "hostSchoolOrEvent")).toBe("todo");
    expect(await stateOf(host.id, "hostSchoolOrEvent")).toBe("done");
  });
});

describe("'contribute to conferences'", () => {
  test("is done once a person registered for the organisation attended an event", async () => {
    const organisation = await createOrganisation(database.prisma);
    const event = await pastEvent();
    expect(await stateOf(organisation.id, "contributeToConferences")).toBe("todo");
    await registrationFor(event.id, organisation.id, "attended", { personId: (await createPersonOf(database.prisma, organisation.id)).id });
    expect(await stateOf(organisation.id, "contributeToConferences")).toBe("done");
  });

  test("is done by a delegate its admin named in a group who attended", async () => {
    const organisation = await createOrganisation(database.prisma);
    const event = await pastEvent();
    await registrationFor(event.id, organisation.id, "attended", { delegate: "Giulia Rossi" });
    expect(await stateOf(organisation.id, "contributeToConferences")).toBe("done");
  });

  test("is not done by people who registered but did not attend, nor by a member who went for themselves only", async () => {
    const organisation = await createOrganisation(database.prisma);
    const event = await pastEvent();
    for (const status of ["confirmed", "waitlisted", "cancelled", "declined", "applied"] as const) {
      await registrationFor(event.id, organisation.id, status, { personId: (await createPersonOf(database.prisma, organisation.id)).id });
    }
    // A member of the organisation who registered without representing it.
    await registrationFor(event.id, null, "attended", { personId: (await createPersonOf(database.prisma, organisation.id)).id });
    expect(await stateOf(organisation.id, "contributeToConferences")).toBe("todo");
  });
});

test("the dashboard shows both as done, in its reader's language", async () => {
  const { prisma } = database;
  const organisation = await createOrganisation(prisma, { name: "Trieste hôte" });
  const admin = await createPerson(prisma, { preferredLanguage: "fr" });
  await prisma.organisationMembership.create({ data: { userId: admin.id, organisationId: organisation.id, role: "admin" } });
  const fresh = await answer(makeRequest(`/fr/organisations/${organisation.slug}`, { cookie: await signedInCookie(prisma, admin.id) }), testContext);
  expect(fresh.status).toBe(200);
  expect(checklistLine(await fresh.text(), "Accueillir une école internationale ou un événement")).toContain("À faire");

  const school = await pastEvent({ hostOrganisationId: organisation.id, type: "international_school", season: "autumn" });
  await registrationFor(school.id, organisation.id, "attended", { personId: admin.id });
  const page = await (await answer(makeRequest(`/fr/organisations/${organisation.slug}`, { cookie: await signedInCookie(prisma, admin.id) }), testContext)).text();
  expect(checklistLine(page, "Accueillir une école internationale ou un événement")).toContain("Fait");
  expect(checklistLine(page, "Contribuer aux conférences")).toContain("Fait");
  // Twinning is computed too now (membership/twinning-commitment.integration.test.ts): not yet done here.
  expect(checklistLine(page, "Participer aux jumelages")).toContain("À faire");
});

/** The checklist item (its <li>) whose label is `label`. */
function checklistLine(page: string, label: string) {
  const item = page.split("<li").find((chunk) => chunk.includes(`<strong>${label.replace(/'/g, "&#x27;")}</strong>`));
  if (!item) throw new Error(`no checklist item "${label}"`);
  return item.slice(0, item.indexOf("</li>"));
}
