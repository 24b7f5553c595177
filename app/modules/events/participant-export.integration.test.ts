// The organisers' list as files, read back the way the programs that open them would: the
// CSV with a real CSV parser, the workbook with a real .xlsx reader. Accents, Greek and
// Cyrillic names, a comma, a quote and a line break in an answer, and a formula typed as an
// answer all come back as they were written (the formula escaped in the CSV).
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { beforeEach, describe, expect, test } from "vitest";
import * as csvRoute from "~/routes/$lang.coordination.events.$eventId_.registrations[.csv]";
import * as xlsxRoute from "~/routes/$lang.coordination.events.$eventId_.registrations[.xlsx]";
import * as pageRoute from "~/routes/$lang.coordination.events.$eventId_.registrations";
import { createEvent } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

type Fixture = { eventId: string; coordinatorId: string; greek: string; polish: string };
let fixture: Fixture;

beforeEach(async () => {
  const prisma = database.prisma;
  const event = await createEvent(prisma, {}, { title: "Autumn school" });
  const coordinator = await createPerson(prisma, { networkRole: "coordinator" });
  const greek = await createOrganisation(prisma, { name: "Ελληνική Ένωση Ψυχικής Υγείας", countryCode: "GR" });
  const polish = await createOrganisation(prisma, { name: "Stowarzyszenie Łódź, Kraków", countryCode: "PL" });
  const question = (position: number, data: { kind: "text" | "choice" | "yes_no" | "date"; stage?: "registration" | "follow_up"; choiceKeys?: string[] }, texts: { language: string; label: string; choiceLabels?: string[]; origin?: "original" | "human" }[]) =>
    prisma.eventQuestion.create({ data: { eventId: event.id, position, ...data, texts: { create: texts } } });
  // A follow-up question first in position: registration questions still come first in the file.
  const arrival = await question(1, { kind: "text", stage: "follow_up" }, [{ language: "en", label: "Arrival flight" }]);
  const visit = await question(2, { kind: "choice", choiceKeys: ["farm", "clinic"] }, [
    { language: "en", label: "Which visit?", choiceLabels: ["The farm", "The clinic"] },
    { language: "fr", label: "Quelle visite\u202f?", choiceLabels: ["La ferme", "La clinique"], origin: "human" },
  ]);
  const lodging = await question(3, { kind: "yes_no" }, [{ language: "it", label: "Ti serve un alloggio?" }]);
  const person = (name: string) => createPerson(prisma, { name });
  const zoe = await person("Zoë Ødegård");
  const dmitri = await person("Дмитрий Иванов");
  await prisma.registration.create({
    data: {
      eventId: event.id,
      personId: zoe.id,
      organisationId: greek.id,
      status: "attended",
      listVisibility: "participants",
      dietaryNeeds: "=1+1",
      accessibilityNeeds: "Step-free access, please",
      createdAt: new Date("2027-01-10T08:05:00Z"),
      checkedInAt: new Date("2027-07-01T06:45:00Z"),
      answers: {
        create: [
          { questionId: visit.id, value: "clinic" },
          { questionId: lodging.id, value: "yes" },
          { questionId: arrival.id, value: 'AZ 123, "late"\nlands 23:00' },
        ],
      },
    },
  });
  await prisma.registration.create({
    data: {
      eventId: event.id,
      personId: dmitri.id,
      organisationId: polish.id,
      status: "waitlisted",
      waitingSince: new Date("2027-01-11T10:00:00Z"),
      listVisibility: "everyone",
      interpretationNeeds: "Русский → English",
      createdAt: new Date("2027-01-11T10:00:00Z"),
    },
  });
  await prisma.registration.create({
    data: {
      eventId: event.id,
      delegateName: "Ana Núñez",
      delegateEmail: "ana@example.org",
      status: "applied",
      motivation: "@SUM(1+1)*cmd|' /C calc'!A0",
      createdAt: new Date("2027-01-12T10:00:00Z"),
    },
  });
  fixture = { eventId: event.id, coordinatorId: coordinator.id, greek: greek.id, polish: polish.id };
});

async function download(route: { loader: (args: never) => Promise<Response> }, language: string, extension: string, query = "") {
  const cookie = await signedInCookie(database.prisma, fixture.coordinatorId);
  const path = `/${language}/coordination/events/${fixture.eventId}/registrations.${extension}${query}`;
  return route.loader({ request: makeRequest(path, { cookie }), params: { lang: language, eventId: fixture.eventId }, context: testContext } as never);
}

async function csvRows(language: string, query = "") {
  const response = await download(csvRoute, language, "csv", query);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, rows: parse(Buffer.from(bytes), { bom: true }) as string[][] };
}

describe("the CSV file", () => {
  test("opens as UTF-8 with a byte-order mark and CRLF, headed in the organiser's language, one column per question, every answer as written", async () => {
    const { response, bytes, rows } = await csvRows("fr");
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("\r\n");
    expect(rows[0]).toEqual([
      "Nom",
      "E-mail",
      "Organisation",
      "Pays de l’organisation",
      "État",
      "Date d’inscription (Europe/Rome)",
      "Visible sur la liste des participants par",
      "Arrivée enregistrée (Europe/Rome)",
      "Besoins alimentaires",
      "Besoins d’accessibilité",
      "Besoins d’interprétation",
      "Motivation",
      // The French label where there is one, else the question's original; registration questions before follow-up ones.
      "Quelle visite\u202f?",
      "Ti serve un alloggio?",
      "Arrival flight",
    ]);
    const byName = new Map(rows.slice(1).map((row) => [row[0], row]));
    expect(byName.get("Zoë Ødegård")).toEqual([
      "Zoë Ødegård",
      expect.stringMatching(/@example\.org$/),
      "Ελληνική Ένωση Ψυχικής Υγείας",
      "Grèce",
      "Présence enregistrée",
      "2027-01-10 09:05",
      "Les autres personnes inscrites",
      "2027-07-01 08:45",
      "'=1+1",
      "Step-free access, please",
      "",
      "",
      "La clinique",
      "Oui",
      'AZ 123, "late"\nlands 23:00',
    ]);
    expect(byName.get("Дмитрий Иванов")?.slice(2, 11)).toEqual(["Stowarzyszenie Łódź, Kraków", "Pologne", "Sur la liste d’attente", "2027-01-11 11:00", "Tout le monde", "", "", "", "Русский → English"]);
    const ana = byName.get("Ana Núñez")!;
    expect([ana[1], ana[2], ana[3], ana[11]]).toEqual(["ana@example.org", "", "", "'@SUM(1+1)*cmd|' /C calc'!A0"]);
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  test("is named after the event and its first day, in UTF-8 and in plain letters", async () => {
    const { response } = await csvRows("fr");
    const disposition = response.headers.get("Content-Disposition")!;
    // The French title is "Autumn school (fr)"; the event starts 30 days from now at the venue.
    expect(disposition).toMatch(/^attachment; filename="autumn-school-fr-\d{4}-\d{2}-\d{2}-participants\.csv"; filename\*=UTF-8''autumn-school-fr-\d{4}-\d{2}-\d{2}-participants\.csv$/);
  });

  test("holds only the registrations the page's filters show: a status, an organisation, or none", async () => {
    const names = async (query: string) => (await csvRows("en", query)).rows.slice(1).map((row) => row[0]);
    expect(await names("")).toHaveLength(3);
    expect(await names("?status=attended")).toEqual(["Zoë Ødegård"]);
    expect(await names(`?organisation=${fixture.polish}`)).toEqual(["Дмитрий Иванов"]);
    expect(await names("?organisation=none")).toEqual(["Ana Núñez"]);
    expect(await names(`?status=attended&organisation=${fixture.polish}`)).toEqual([]);
    // Something that is no filter is ignored, as on the page.
    expect(await names("?status=everything&organisation=%00")).toHaveLength(3);
  });

  test("of an event that does not exist is a 404", async () => {
    const cookie = await signedInCookie(database.prisma, fixture.coordinatorId);
    const outcome = await outcomeOf(() => csvRoute.loader({ request: makeRequest("/en/coordination/events/nosuchevent/registrations.csv", { cookie }), params: { lang: "en", eventId: "nosuchevent" }, context: testContext } as never));
    expect(outcome.status).toBe(404);
  });
});

test("the workbook reads back with the same rows, texts kept as texts (a formula typed as an answer stays text)", async () => {
  const response = await download(xlsxRoute, "en", "xlsx", `?organisation=${fixture.greek}`);
  expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(response.headers.get("Content-Disposition")).toMatch(/filename="autumn-school-\d{4}-\d{2}-\d{2}-participants\.xlsx"/);
  const [sheet] = await readXlsxFile(Buffer.from(await response.arrayBuffer()), { trim: false });
  expect(sheet!.sheet).toBe("Participants");
  const [header, zoe, ...others] = sheet!.data;
  expect(others).toEqual([]);
  expect(header!.slice(-3)).toEqual(["Which visit?", "Ti serve un alloggio?", "Arrival flight"]);
  expect(zoe!.slice(0, 5)).toEqual(["Zoë Ødegård", expect.stringMatching(/@example\.org$/), "Ελληνική Ένωση Ψυχικής Υγείας", "Greece", "Attended"]);
  // The venue's wall clock, as a date the spreadsheet can sort.
  const registeredAt = zoe![5] as unknown as Date;
  expect(Math.round(registeredAt.getTime() / 60_000) * 60_000).toBe(Date.parse("2027-01-10T09:05:00Z"));
  expect(zoe![8]).toBe("=1+1");
  expect(zoe!.slice(-3)).toEqual(["The clinic", "Yes", 'AZ 123, "late"\nlands 23:00']);
});

test("the registrations page filters by organisation, offers each one and 'no organisation', and its download links keep the filters", async () => {
  const cookie = await signedInCookie(database.prisma, fixture.coordinatorId);
  const path = `/en/coordination/events/${fixture.eventId}/registrations?status=waitlisted&organisation=${fixture.polish}`;
  const outcome = await outcomeOf(() => pageRoute.loader({ request: makeRequest(path, { cookie }), params: { lang: "en", eventId: fixture.eventId }, context: testContext } as never));
  const data = outcome.data as {
    registrations: { name: string }[];
    organisationOptions: { value: string; label: string }[];
    filters: { status?: string; organisation?: string };
    downloads: { csv: string; xlsx: string };
  };
  expect(data.registrations.map((registration) => registration.name)).toEqual(["Дмитрий Иванов"]);
  expect(data.filters).toEqual({ status: "waitlisted", organisation: fixture.polish });
  expect(data.organisationOptions).toEqual(
    expect.arrayContaining([
      { value: fixture.greek, label: "Ελληνική Ένωση Ψυχικής Υγείας" },
      { value: fixture.polish, label: "Stowarzyszenie Łódź, Kraków" },
      { value: "none", label: "" },
    ]),
  );
  expect(data.organisationOptions).toHaveLength(3);
  const base = `/en/coordination/events/${fixture.eventId}/registrations`;
  expect(data.downloads).toEqual({ csv: `${base}.csv?status=waitlisted&organisation=${fixture.polish}`, xlsx: `${base}.xlsx?status=waitlisted&organisation=${fixture.polish}` });
});
