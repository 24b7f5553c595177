// A visitor's page asks the database a fixed number of questions, however large the network
// grows: every SQL statement the whole request sends (root, layouts, page) is counted, for a
// network of 4 organisations and again once it has 16, with more library entries, more
// registrations and more signatures. A query per row (N+1) would make the second count larger.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createEvent, createMemberInGoodStanding } from "../fixtures/events";
import { testContext } from "../fixtures/people";
import { publishEntry } from "../fixtures/search";
import { openCountingDatabase, type CountingDatabase } from "../setup/counting-database";
import { answer } from "../setup/in-process-app";
import { testBackend } from "../setup/test-database";
import { useDatabaseForRoutes } from "../setup/route-database";

let database: CountingDatabase;
let restoreRoutesDatabase = () => {};
let firstMember: { id: string; slug: string };
let firstEntryId = "";
let eventId = "";

const countries = ["IT", "FR", "SE", "ES", "GR", "CA"];
let added = 0;

/** `count` more members in good standing, each with two published entries and two registrations at the event. */
async function growNetwork(count: number) {
  const { prisma } = database;
  for (let index = 0; index < count; index++, added++) {
    const organisation = await createMemberInGoodStanding(prisma, {
      countryCode: countries[added % countries.length]!,
      type: added % 2 ? "ngo_or_charity" : "public_health_service",
      languages: added % 3 ? ["en", "fr"] : ["it", "en"],
      name: `Member ${String(added).padStart(3, "0")}`,
    });
    firstMember ??= organisation;
    for (const kind of ["good_practice", "service_description"] as const) {
      const { entryId } = await publishEntry(prisma, {
        organisationId: organisation.id,
        originalLanguage: "en",
        kind,
        original: { title: `Community team ${added} ${kind}`, summary: "Care in the community.", body: "A community mental health team visits people at home." },
        translations: { fr: { title: `Équipe ${added}`, summary: "Soins dans la communauté.", body: "Une équipe de santé mentale communautaire." } },
        countryCode: organisation.countryCode,
      });
      firstEntryId ||= entryId;
    }
    // The first member's page lists its entries: it gets more of them as the network grows.
    await publishEntry(prisma, { organisationId: firstMember.id, originalLanguage: "it", original: { title: `Voce ${added}`, summary: "Sintesi." } });
    for (const name of ["First", "Second"]) {
      await prisma.registration.create({ data: { eventId, organisationId: organisation.id, delegateName: `${name} delegate ${added}`, status: "confirmed" } });
    }
  }
}

const pages = () => [
  "/en",
  "/en/members",
  "/fr/members?language=fr",
  `/en/members/${firstMember.slug}`,
  "/en/charter",
  "/en/search?q=community",
  "/fr/search?q=communautaire",
  `/en/library/${firstEntryId}`,
  "/en/events",
  `/en/events/${eventId}`,
];

/** Statements each page's request sends, asked a second time (the first may fill a cache of the process's own). */
async function statementsPerPage() {
  const counts: Record<string, number> = {};
  for (const path of pages()) {
    const url = `http://localhost${path}`;
    const warm = await answer(new Request(url), testContext);
    expect(warm.status, path).toBe(200);
    await warm.text();
    database.statementsSinceLastAsked();
    const response = await answer(new Request(url), testContext);
    await response.text();
    counts[path] = database.statementsSinceLastAsked();
  }
  return counts;
}

beforeAll(async () => {
  if (testBackend() === "postgres") return;
  database = await openCountingDatabase();
  restoreRoutesDatabase = useDatabaseForRoutes(database);
  const event = await createEvent(database.prisma, { capacity: 200 }, { title: "Community school" });
  eventId = event.id;
}, 60_000);

afterAll(async () => {
  restoreRoutesDatabase();
  await database?.close();
});

// Counted on PGlite alone: the statements Prisma sends do not depend on the server.
test.skipIf(testBackend() === "postgres")("each public page sends as many statements for 16 organisations as for 4", async () => {
  await growNetwork(4);
  const small = await statementsPerPage();
  await growNetwork(12);
  const large = await statementsPerPage();
  expect(large).toEqual(small);
  // And few of them: a page is a handful of queries, not dozens.
  for (const [path, count] of Object.entries(large)) expect(count, path).toBeLessThanOrEqual(20);
}, 120_000);
