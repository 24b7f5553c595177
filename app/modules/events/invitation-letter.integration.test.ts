// A letter of invitation for a visa, through its page: a confirmed registrant gets a PDF in
// the language they choose among the event's, with their passport name as they typed it
// (Cyrillic too); nothing they typed is stored; a registration not confirmed is refused.
import { describe, expect, test } from "vitest";
import * as letterRoute from "~/routes/$lang.account.registrations.$registrationId_.invitation-letter";
import * as delegateLetterRoute from "~/routes/$lang.events.registration.$token_.invitation-letter";
import { tokenHash } from "./registrations.server";
import { createEvent } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";

const database = setUpTestDatabase();

async function call(method: "GET" | "POST", path: string, params: Record<string, string>, userId: string, form: Record<string, string> = {}) {
  const request = makeRequest(path, { method, cookie: await signedInCookie(database.prisma, userId), form });
  const run = method === "GET" ? letterRoute.loader : letterRoute.action;
  return outcomeOf(() => run({ request, params, context: testContext } as never));
}

/** What the browser gets when the form is sent: the response itself. */
async function posted(path: string, params: Record<string, string>, userId: string, form: Record<string, string>) {
  const request = makeRequest(path, { method: "POST", cookie: await signedInCookie(database.prisma, userId), form });
  return (await letterRoute.action({ request, params, context: testContext } as never)) as Response;
}

/** A school in Trieste hosted by a member, given in English and Italian, with an Italian title; one registrant from Kyiv. */
async function school(status: "confirmed" | "waitlisted" = "confirmed", deliveryLanguages = ["en", "it"]) {
  const { prisma } = database;
  const host = await createOrganisation(prisma, { name: "Dipartimento di Salute Mentale di Trieste", city: "Trieste", countryCode: "IT" });
  const event = await createEvent(prisma, {
    hostOrganisationId: host.id,
    deliveryLanguages,
    venue: "Parco di San Giovanni",
    startsAt: new Date("2027-07-05T07:00:00Z"),
    endsAt: new Date("2027-07-09T15:00:00Z"),
    registrationClosesAt: new Date("2027-06-01T00:00:00Z"),
  });
  await prisma.eventText.create({ data: { eventId: event.id, language: "it", field: "title", text: "Scuola estiva sulla guarigione", origin: "human" } });
  const organisation = await createOrganisation(prisma, { name: "Клуб взаємопідтримки «Крок»", city: "Kyiv", countryCode: "UA" });
  const person = await createPerson(prisma, { name: "Olena" });
  const registration = await prisma.registration.create({
    data: { eventId: event.id, personId: person.id, registeredById: person.id, organisationId: organisation.id, status, waitingSince: status === "waitlisted" ? new Date() : null },
  });
  const path = `/en/account/registrations/${registration.id}/invitation-letter`;
  return { event, person, registration, path, params: { lang: "en", registrationId: registration.id } };
}

describe("a letter of invitation for a visa", () => {
  test("in Italian, with a Cyrillic passport name, the host as the inviting party, the event's Italian title, dates and place, attendance only", async () => {
    const { person, registration, path, params } = await school();
    const page = await call("GET", path, params, person.id);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({
      refusal: null,
      letterLanguages: ["en", "it"],
      options: { languages: [{ value: "en", label: "English" }, { value: "it", label: "Italiano" }] },
      defaults: { language: "en" },
    });
    const auditsBefore = await database.prisma.auditEvent.count();
    const mailsBefore = await database.prisma.outboxEmail.count();
    const before = await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } });

    const response = await posted(path, params, person.id, { passportName: "Олена Коваленко", passportNumber: "FX123456", nationality: "UA", language: "it" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="lettera-di-invito.pdf"');
    const { text, title } = await pdfPages(await response.arrayBuffer());
    expect(title).toBe("Lettera di invito: Олена Коваленко");
    for (const expected of [
      "Lettera di invito",
      "Invito rilasciato da",
      "Dipartimento di Salute Mentale di Trieste",
      "Nome come nel passaporto: Олена Коваленко",
      "Numero di passaporto: FX123456",
      "Nazionalità: Ucraina",
      "Organizzazione: Клуб взаємопідтримки «Крок»",
      "Evento: Scuola estiva sulla guarigione",
      "Date: 5 luglio 2027 – 9 luglio 2027",
      "Sede: Parco di San Giovanni",
      "Città e paese: Trieste, Italia",
      "Questo invito riguarda soltanto la partecipazione all’evento.",
      `Riferimento: ${registration.id}.`,
    ]) {
      expect(text).toContain(expected);
    }

    // Nothing typed is kept: no audit entry, no mail, the registration unchanged, and the name nowhere.
    expect(await database.prisma.auditEvent.count()).toBe(auditsBefore);
    expect(await database.prisma.outboxEmail.count()).toBe(mailsBefore);
    expect(await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).toEqual(before);
    const dump = await database.prisma.$queryRawUnsafe<{ found: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM "Registration" r WHERE r::text LIKE '%Коваленко%') OR EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a::text LIKE '%Коваленко%') OR EXISTS (SELECT 1 FROM "ScheduledJob" j WHERE j::text LIKE '%Коваленко%') AS found`,
    );
    expect(dump[0]!.found).toBe(false);
  });

  test("the network invites for its own events, and an event given in no language the portal ships offers all five", async () => {
    const { prisma } = database;
    const { event, person, path, params } = await school("confirmed", ["de"]);
    await prisma.event.update({ where: { id: event.id }, data: { hostOrganisationId: null } });
    const page = await call("GET", path, params, person.id);
    expect((page.data as { letterLanguages: string[] }).letterLanguages).toEqual(["en", "fr", "it", "es", "sv"]);
    const response = await posted(path, params, person.id, { passportName: "Olena Kovalenko", language: "sv" });
    const { text } = await pdfPages(await response.arrayBuffer());
    expect(text).toContain("Inbjudan utfärdad av Nätverket för psykisk hälsa i samhället");
    expect(text).toContain("Namn enligt passet: Olena Kovalenko");
    expect(text).not.toContain("Passnummer");
  });

  test("a missing name, a name on two lines or a language the event does not offer are refused, keeping what was typed", async () => {
    const { person, path, params } = await school();
    const missing = await call("POST", path, params, person.id, { passportName: " ", language: "it" });
    expect(missing).toMatchObject({ status: 400, data: { form: "page", result: { error: { passportName: ["required"] } } } });
    const twoLines = await call("POST", path, params, person.id, { passportName: "Olena\nKovalenko", passportNumber: "FX1", language: "fr", nationality: "XX" });
    expect(twoLines.status).toBe(400);
    expect(twoLines.data).toMatchObject({
      result: { error: { passportName: ["oneLine"], language: ["invalidChoice"], nationality: ["invalidChoice"] }, initialValue: { passportNumber: "FX1", language: "fr" } },
    });
  });

  test("a registration not confirmed is refused with the reason; someone else's is not found", async () => {
    const { person, path, params } = await school("waitlisted");
    const page = await call("GET", path, params, person.id);
    expect(page).toMatchObject({ status: 409, data: { refusal: "notConfirmed" } });
    const refused = await call("POST", path, params, person.id, { passportName: "Olena Kovalenko", language: "en" });
    expect(refused).toMatchObject({ status: 409, data: { form: "page", error: "notConfirmed" } });
    const other = await school();
    const stranger = await createPerson(database.prisma);
    expect((await call("GET", other.path, other.params, stranger.id)).status).toBe(404);
    expect((await call("POST", other.path, other.params, stranger.id, { passportName: "X", language: "en" })).status).toBe(404);
  });

  test("a delegate without an account gets theirs through their link, once confirmed; a wrong link or an event that is over is not found", async () => {
    const { prisma } = database;
    const { event } = await school();
    const organisation = await createOrganisation(prisma, { name: "Asociación Nueva Luz", countryCode: "ES", city: "Oviedo" });
    const delegate = async (status: "confirmed" | "waitlisted", token: string) =>
      prisma.registration.create({
        data: {
          eventId: event.id,
          organisationId: organisation.id,
          status,
          delegateName: "Zoë Delegate",
          delegateEmail: `${status}.delegate@example.org`,
          completionTokenHash: tokenHash(token),
          waitingSince: status === "waitlisted" ? new Date() : null,
        },
      });
    const confirmedToken = "delegate-letter-token-confirmed-0123";
    const waitingToken = "delegate-letter-token-waiting-456789";
    await delegate("confirmed", confirmedToken);
    await delegate("waitlisted", waitingToken);
    const run = (method: "GET" | "POST", token: string, form: Record<string, string> = {}) => {
      const request = makeRequest(`/es/events/registration/${token}/invitation-letter`, { method, form });
      const params = { lang: "es", token };
      return method === "GET" ? delegateLetterRoute.loader({ request, params, context: testContext } as never) : delegateLetterRoute.action({ request, params, context: testContext } as never);
    };
    expect(await outcomeOf(() => run("GET", confirmedToken))).toMatchObject({ status: 200, data: { refusal: null, letterLanguages: ["en", "it"], defaults: { language: "en" } } });
    const response = (await run("POST", confirmedToken, { passportName: "Zoë Núñez", language: "en" })) as Response;
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Referrer-Policy")).toBe("no-referrer");
    const { text } = await pdfPages(await response.arrayBuffer());
    expect(text).toContain("Name as in passport: Zoë Núñez");
    expect(text).toContain("Organisation: Asociación Nueva Luz");
    expect(await outcomeOf(() => run("GET", waitingToken))).toMatchObject({ status: 409, data: { refusal: "notConfirmed" } });
    expect((await outcomeOf(() => run("GET", "no-such-delegate-token-0123456789"))).status).toBe(404);
    await prisma.event.update({ where: { id: event.id }, data: { startsAt: new Date(Date.now() - 3 * 86_400_000), endsAt: new Date(Date.now() - 86_400_000), registrationClosesAt: new Date(Date.now() - 5 * 86_400_000) } });
    expect((await outcomeOf(() => run("GET", confirmedToken))).status).toBe(404);
  });
});
