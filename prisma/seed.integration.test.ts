import { placesOf } from "~/modules/events/places.server";
import { waitingPositions } from "~/modules/events/waiting-list.server";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { demoLibraryEntries } from "./seed-data/library";
import { findCurrentCharter } from "~/modules/charter/charter.server";
import { verifySignature } from "~/modules/charter/signatures.server";
import { listMembersInGoodStanding, listMembersNotSigned } from "~/modules/membership/good-standing.server";
import { languages } from "~/utils/languages";
import { setUpTestDatabase } from "../tests/setup/set-up-test-database";
import { charterVersion1, stillToSignVersion2 } from "./seed-data/charter";
import { demoOrganisations } from "./seed-data/organisations";
import { demoPeople } from "./seed-data/people";
import { applyMigrations } from "./migrate";
import { seedDemoData } from "./seed";
import { demoTwinningProfiles } from "./seed-data/twinning-profiles";
import { partnerProfileOf } from "~/modules/twinning/profile.server";
import { suggestionsFor } from "~/modules/twinning/suggestions.server";

const database = setUpTestDatabase();
const logos = fs.mkdtempSync(path.join(os.tmpdir(), "seed-logos-"));
afterAll(() => fs.rmSync(logos, { recursive: true, force: true }));

test("the demo data has the six founder partners, more members than one page, and Charter v1 in every language", async () => {
  const result = await seedDemoData(database.prisma, { logos });
  expect(result).toMatchObject({ organisationsAdded: demoOrganisations.length, charterAdded: true, accountsAdded: demoPeople.length });

  const founders = await database.prisma.organisation.findMany({ where: { isFounderPartner: true }, select: { city: true } });
  expect(founders.map((f) => f.city).sort()).toEqual(["Bodmin", "Lille", "Monaghan", "Oviedo", "Stockholm", "Trieste"]);
  expect(await database.prisma.organisation.count({ where: { status: "active" } })).toBeGreaterThan(24);

  const charter = await database.prisma.charterVersion.findUniqueOrThrow({ where: { number: 1 }, include: { texts: true } });
  expect(charter.status).toBe("published");
  expect(charter.texts.map((t) => t.language).sort()).toEqual([...languages].sort());
  for (const text of charter.texts) expect(text.body.length).toBeGreaterThan(1500);
  // The whole demo, written through every area's commands (Charter, library, events, twinning) with their mails.
}, 120_000);

test("demo members have signed the Charter in force through their own signatories, a few still to sign it after signing version 1", async () => {
  const { prisma } = database;
  const current = (await findCurrentCharter(prisma))!;
  expect(current.number).toBe(2);
  const inGoodStanding = await listMembersInGoodStanding(prisma, current.id);
  const notSigned = await listMembersNotSigned(prisma, current.id);
  expect(notSigned.map((organisation) => organisation.slug).sort()).toEqual([...stillToSignVersion2].sort());
  expect(inGoodStanding.length).toBeGreaterThan(24);

  // The directory's intro says every member signs the Charter: every active member has signed a version of it.
  const active = await prisma.organisation.findMany({ where: { status: "active" }, select: { id: true } });
  const signedSomeVersion = await prisma.charterSignature.groupBy({ by: ["organisationId"], where: { kind: "signature" } });
  expect(new Set(signedSomeVersion.map((row) => row.organisationId))).toEqual(new Set(active.map((organisation) => organisation.id)));

  const founders = await prisma.organisation.findMany({ where: { isFounderPartner: true }, select: { slug: true } });
  expect(founders.every((founder) => inGoodStanding.some((entry) => entry.organisation.slug === founder.slug))).toBe(true);
  // The Trieste demo account signs for it (README), and every signature checks out against the text signed.
  const trieste = inGoodStanding.find((entry) => entry.organisation.slug === "trieste-mental-health-department")!;
  const record = await prisma.charterSignature.findUniqueOrThrow({ where: { id: trieste.signatureId } });
  expect(record.signatoryId).toBe("demo-trieste-admin");
  for (const signature of await prisma.charterSignature.findMany()) {
    expect((await verifySignature(prisma, signature.id))?.matches).toBe(true);
    const signatory = await prisma.organisationMembership.findFirst({
      where: { userId: signature.signatoryId!, organisationId: signature.organisationId, signatory: true },
    });
    expect(signatory).not.toBeNull();
  }
});

test("some demo members have a logo stored as an upload is, and named experts", async () => {
  const { prisma } = database;
  const withLogo = await prisma.organisation.findMany({ where: { logoFile: { not: null } }, select: { logoFile: true } });
  expect(withLogo.length).toBeGreaterThanOrEqual(6);
  for (const { logoFile } of withLogo) expect(fs.statSync(path.join(logos, logoFile!)).size).toBeGreaterThan(0);
  expect(await prisma.expert.count()).toBeGreaterThanOrEqual(6);
  const described = await prisma.organisationDescription.groupBy({ by: ["organisationId"], _count: { language: true } });
  expect(described.filter((row) => row._count.language >= 2).length).toBeGreaterThanOrEqual(6);
});

test("the library holds the demo entries, published, each in the five languages with its translations marked", async () => {
  const { prisma } = database;
  for (const demo of demoLibraryEntries) {
    const original = demo.texts[demo.originalLanguage]!;
    const entry = await prisma.libraryEntry.findFirstOrThrow({
      where: { organisation: { slug: demo.organisationSlug }, revisions: { some: { texts: { some: { field: "title", text: original.title } } } } },
      include: { publishedRevision: { include: { texts: { where: { field: "title" } } } } },
    });
    expect(entry.originalLanguage).toBe(demo.originalLanguage);
    const titles = entry.publishedRevision?.texts ?? [];
    expect(titles.map((text) => text.language).sort()).toEqual([...languages].sort());
    for (const text of titles) expect(text.origin).toBe(demo.texts[text.language]!.origin);
  }
});

test("the demo events are there to try: a school nearly full with its allotment, a conference with people waiting in order, a past visit with attendees", async () => {
  const { prisma } = database;
  const events = await prisma.event.findMany({ include: { allotments: true } });
  const school = events.find((event) => event.type === "international_school")!;
  const conference = events.find((event) => event.type === "conference")!;
  const visit = events.find((event) => event.type === "study_visit")!;
  const schoolPlaces = (await placesOf(prisma, school.id))!;
  expect(school).toMatchObject({ status: "published", mode: "application" });
  expect(school.allotments).toHaveLength(1);
  expect(schoolPlaces.free + schoolPlaces.reserved).toBeGreaterThan(0);
  expect(schoolPlaces.free + schoolPlaces.reserved).toBeLessThanOrEqual(4);
  expect(school.startsAt.getTime()).toBeGreaterThan(Date.now());
  const conferencePlaces = (await placesOf(prisma, conference.id))!;
  expect(conferencePlaces).toMatchObject({ free: 0 });
  expect(conferencePlaces.waitingEntries).toBeGreaterThan(0);
  const positions = [...new Set((await waitingPositions(prisma, conference.id)).values())].sort((a, b) => a - b);
  expect(positions).toEqual(Array.from({ length: conferencePlaces.waitingEntries }, (_, index) => index + 1));
  expect(visit.endsAt.getTime()).toBeLessThan(Date.now());
  expect(await prisma.registration.count({ where: { eventId: visit.id, status: "attended" } })).toBeGreaterThan(5);
  // After the visit: every attendee was mailed a certificate with a feedback link (its token given as it was mailed), and three answered, two anonymously.
  const attendees = await prisma.registration.findMany({ where: { eventId: visit.id, status: "attended" }, select: { certificateCode: true, feedbackTokenHash: true } });
  expect(attendees.every((attendee) => attendee.certificateCode && attendee.feedbackTokenHash)).toBe(true);
  const feedback = await prisma.eventFeedback.findMany({ where: { eventId: visit.id }, select: { registrationId: true } });
  expect(feedback).toHaveLength(3);
  expect(feedback.filter((answer) => answer.registrationId === null)).toHaveLength(2);
  expect(visit).toMatchObject({ participantListPublished: true, programmeHours: 18 });
});

test("every demo member with a twinning profile gets partner suggestions that share a language with it", async () => {
  for (const slug of Object.keys(demoTwinningProfiles)) {
    const organisation = await database.prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const suggestions = await suggestionsFor(database.prisma, await partnerProfileOf(database.prisma, organisation.id, "en"), "en");
    expect(suggestions.length, slug).toBeGreaterThan(0);
    expect(suggestions[0]!.suggestion.reasons.map((reason) => reason.kind), slug).toContain("sharedLanguages");
  }
});

test("demo twinning is alive: two active agreements, a completed exchange reported by both sides, and one revision awaiting the network's signature", async () => {
  const bySlugs = async (a: string, b: string) =>
    database.prisma.twinningAgreement.findFirstOrThrow({
      where: { organisationA: { slug: a }, organisationB: { slug: b } },
      include: { revisions: { orderBy: { number: "asc" }, include: { signatures: true } }, exchanges: { include: { reports: true, participants: true } } },
    });
  const triesteAsturias = await bySlugs("trieste-mental-health-department", "asturias-mental-health-services");
  expect(triesteAsturias.status).toBe("active");
  expect(triesteAsturias.revisions[0]!.signatures.map((signature) => signature.party).sort()).toEqual(["a", "b", "network"]);
  expect(triesteAsturias.inForceRevisionId).toBe(triesteAsturias.revisions[0]!.id);
  expect(triesteAsturias.exchanges).toHaveLength(1);
  expect(triesteAsturias.exchanges[0]!.status).toBe("reported");
  expect(triesteAsturias.exchanges[0]!.reports).toHaveLength(2);
  expect(triesteAsturias.exchanges[0]!.participants.length).toBeGreaterThan(0);

  expect((await bySlugs("stockholm-mental-health-services", "cornwall-partnership-nhs-trust")).status).toBe("active");

  const underRevision = await bySlugs("asturias-mental-health-services", "cavan-monaghan-mental-health-service");
  expect(underRevision.status).toBe("revised");
  expect(underRevision.inForceRevisionId).toBeNull();
  expect(underRevision.revisions.map((revision) => revision.number)).toEqual([1, 2]);
  expect(underRevision.revisions[1]!.signatures.map((signature) => signature.party).sort()).toEqual(["a", "b"]);

  // Lille and Trieste are left to twin (the end-to-end test does): each is suggested to the other.
  const [lille, trieste] = await Promise.all(
    ["epsm-lille-metropole", "trieste-mental-health-department"].map((slug) => database.prisma.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } })),
  );
  const lilleSuggestions = await suggestionsFor(database.prisma, await partnerProfileOf(database.prisma, lille!.id, "en"), "en");
  expect(lilleSuggestions.slice(0, 3).map(({ partner }) => partner.organisationId)).toContain(trieste!.id);
});

test("seeding again adds nothing and keeps what users changed", async () => {
  await database.prisma.organisation.update({
    where: { slug: demoOrganisations[0]!.slug },
    data: { name: "Renamed by its admin" },
  });
  const before = await database.prisma.organisation.count();

  expect(await seedDemoData(database.prisma, { logos })).toEqual({
    organisationsAdded: 0,
    charterAdded: false,
    charterVersion2Added: false,
    accountsAdded: 0,
    signaturesAdded: 0,
    logosAdded: 0,
    expertsAdded: 0,
    readingEntryAdded: false,
    libraryEntriesAdded: 0,
    eventsAdded: 0,
    twinningProfilesAdded: 0,
    agreementsAdded: 0,
  });
  expect(await database.prisma.organisation.count()).toBe(before);
  const renamed = await database.prisma.organisation.findUnique({ where: { slug: demoOrganisations[0]!.slug } });
  expect(renamed?.name).toBe("Renamed by its admin");
});

describe("a database that already has its Charter", () => {
  const existing = setUpTestDatabase();

  test("keeps it in force: the demo's version 2 is never published over it", async () => {
    await existing.prisma.charterVersion.create({
      data: {
        number: 1,
        status: "published",
        effectiveFrom: new Date(charterVersion1.effectiveFrom),
        publishedAt: new Date(charterVersion1.effectiveFrom),
        texts: { create: languages.map((language) => ({ language, ...charterVersion1.texts[language] })) },
      },
    });
    const result = await seedDemoData(existing.prisma, { logos });
    expect(result).toMatchObject({ charterAdded: false, charterVersion2Added: false });
    expect((await findCurrentCharter(existing.prisma))?.number).toBe(1);
    expect(await existing.prisma.charterVersion.count()).toBe(1);
  });
});

test("migrations already applied are not applied twice", async () => {
  expect(await applyMigrations(database.runSql)).toEqual([]);
  const rows = await database.runSql(`SELECT migration_name FROM "_prisma_migrations"`);
  expect(rows.length).toBeGreaterThan(0);
});
