// Certificates of attendance as participants and the people they show them to use them:
// downloaded from the account or a delegate's link, read back with a PDF parser, and
// checked on the public verification page.
import { describe, expect, test } from "vitest";
import * as ownCertificateRoute from "~/routes/$lang.account.registrations.$registrationId_.certificate[.pdf]";
import * as ownRegistrationRoute from "~/routes/$lang.account.registrations.$registrationId";
import * as verifyRoute from "~/routes/$lang.events.certificates.$code";
import * as delegateCertificateRoute from "~/routes/$lang.events.registration.$token_.certificate[.pdf]";
import * as delegatePageRoute from "~/routes/$lang.events.registration.$token";
import { createEvent, createMemberInGoodStanding } from "../../../tests/fixtures/events";
import { createPerson, makeRequest, outcomeOf, signedInCookie, testContext } from "../../../tests/fixtures/people";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { attendanceCertificate } from "./certificates.server";
import { decideRegistration, tokenHash } from "./registrations.server";

const database = setUpTestDatabase();
const day = 86_400_000;

type Route = { loader?: (args: never) => unknown; action?: (args: never) => unknown };

async function call(route: Route, path: string, params: Record<string, string>, userId: string | null = null) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  return outcomeOf(() => route.loader!({ request: makeRequest(path, { cookie }), params, context: testContext } as never));
}

/** What a download gives the browser: the response itself. */
async function download(route: Route, path: string, params: Record<string, string>, userId: string | null = null) {
  const cookie = userId ? await signedInCookie(database.prisma, userId) : undefined;
  return (await route.loader!({ request: makeRequest(path, { cookie }), params, context: testContext } as never)) as Response;
}

/** A school that ended yesterday in Trieste: 15 to 19 March 2027 as seen from a clock set after it. */
async function pastSchool(overrides: Parameters<typeof createEvent>[1] = {}) {
  const now = new Date();
  return createEvent(
    database.prisma,
    {
      startsAt: new Date(now.getTime() - 5 * day),
      endsAt: new Date(now.getTime() - day),
      registrationOpensAt: new Date(now.getTime() - 60 * day),
      registrationClosesAt: new Date(now.getTime() - 10 * day),
      programmeHours: 30,
      ...overrides,
    },
    { title: "Recovery school" },
  );
}

describe("a participant's certificate", () => {
  test("an attendee downloads it from their registration, in their own language, with the event, hours, host, name and the address that checks it", async () => {
    const host = await createMemberInGoodStanding(database.prisma, { name: "Associazione Il Faro" });
    const event = await pastSchool({ hostOrganisationId: host.id });
    const person = await createPerson(database.prisma, { name: "Zofia Łukasiewicz", preferredLanguage: "fr" });
    const registration = await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, registeredById: person.id, status: "attended" } });
    const page = `/en/account/registrations/${registration.id}`;
    const params = { lang: "en", registrationId: registration.id };

    const shown = await call(ownRegistrationRoute, page, params, person.id);
    expect(shown.data).toMatchObject({ afterEvent: { certificate: true, feedback: "open" } });

    const response = await download(ownCertificateRoute, `${page}/certificate.pdf`, params, person.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    const { text, title } = await pdfPages(await response.arrayBuffer());
    // The participant's language (French), not the page's: the title as the events pages pick it.
    expect(title).toBe("Attestation de présence: Zofia Łukasiewicz");
    expect(text).toContain("Attestation de présence");
    expect(text).toContain("Zofia Łukasiewicz");
    expect(text).toContain("Recovery school (fr)");
    expect(text).toContain("30 heures");
    expect(text).toContain("Associazione Il Faro");
    const { certificateCode } = await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } });
    expect(certificateCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(text.replace(/\s+/g, "")).toContain(`/fr/events/certificates/${certificateCode}`);

    // A second download is the same certificate: the code is given once.
    await download(ownCertificateRoute, `${page}/certificate.pdf`, params, person.id);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: registration.id } })).certificateCode).toBe(certificateCode);
  });

  test("the network's own event names the network as host, and hours are left out when not set", async () => {
    const event = await pastSchool({ programmeHours: null });
    const person = await createPerson(database.prisma, { name: "Elin Åkesson", preferredLanguage: "sv" });
    const registration = await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, status: "attended" } });
    const certificate = await attendanceCertificate(database.prisma, registration.id);
    const { text } = await pdfPages(certificate!.bytes);
    expect(text).toContain("Intyg om närvaro");
    expect(text).toContain("Värd: Nätverket för psykisk hälsa i samhället");
    expect(text).not.toContain("Program:");
    expect(certificate!.fileName).toBe("intyg-om-narvaro-Elin Åkesson.pdf");
  });

  test("nobody else downloads it, not even the admin who registered them, and there is none before the event ends or without attending", async () => {
    const event = await pastSchool();
    const [person, admin, stranger] = [await createPerson(database.prisma), await createPerson(database.prisma), await createPerson(database.prisma)];
    const registration = await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, registeredById: admin.id, status: "attended" } });
    const path = `/en/account/registrations/${registration.id}/certificate.pdf`;
    const params = { lang: "en", registrationId: registration.id };
    expect((await call(ownCertificateRoute, path, params, stranger.id)).status).toBe(404);
    expect((await call(ownCertificateRoute, path, params, admin.id)).status).toBe(404);
    expect((await call(ownCertificateRoute, path, params, person.id)).status).toBe(200);

    const confirmedOnly = await database.prisma.registration.create({ data: { eventId: (await pastSchool()).id, personId: person.id, status: "confirmed" } });
    expect((await call(ownCertificateRoute, path.replace(registration.id, confirmedOnly.id), { lang: "en", registrationId: confirmedOnly.id }, person.id)).status).toBe(404);
    const running = await createEvent(database.prisma, { startsAt: new Date(Date.now() - day), endsAt: new Date(Date.now() + day), registrationOpensAt: new Date(Date.now() - 9 * day), registrationClosesAt: new Date(Date.now() - 2 * day) });
    const checkedIn = await database.prisma.registration.create({ data: { eventId: running.id, personId: person.id, status: "attended" } });
    expect((await call(ownCertificateRoute, path.replace(registration.id, checkedIn.id), { lang: "en", registrationId: checkedIn.id }, person.id)).status).toBe(404);
    expect((await database.prisma.registration.findUniqueOrThrow({ where: { id: checkedIn.id } })).certificateCode).toBeNull();
  });

  test("a delegate without an account downloads theirs from their link, in the language of the admin who named them", async () => {
    const event = await pastSchool();
    const organisation = await createMemberInGoodStanding(database.prisma);
    const admin = await createPerson(database.prisma, { preferredLanguage: "it" });
    const token = "delegate-link-token-abcdefghijklmnopqrstuv";
    await database.prisma.registration.create({
      data: { eventId: event.id, organisationId: organisation.id, status: "attended", delegateName: "Дмитрий Сёмин", delegateEmail: "dmitri@example.org", completionTokenHash: tokenHash(token), registeredById: admin.id },
    });
    const page = await call(delegatePageRoute, `/en/events/registration/${token}`, { lang: "en", token });
    expect(page).toMatchObject({ status: 200, data: { certificate: true } });
    const response = await download(delegateCertificateRoute, `/en/events/registration/${token}/certificate.pdf`, { lang: "en", token });
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    const { text } = await pdfPages(await response.arrayBuffer());
    expect(text).toContain("Attestato di frequenza");
    expect(text).toContain("Дмитрий Сёмин");
    expect((await call(delegateCertificateRoute, "/en/events/registration/nosuchtoken/certificate.pdf", { lang: "en", token: "no-such-token-0123456789abcdef" })).status).toBe(404);
  });
});

describe("checking a certificate", () => {
  test("a known code shows who attended what, when and for how many hours; an unknown one says no certificate has it, with a 404", async () => {
    const event = await pastSchool({ programmeHours: 1 });
    const person = await createPerson(database.prisma, { name: "Ana Núñez" });
    const registration = await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, status: "attended" } });
    const { code } = (await attendanceCertificate(database.prisma, registration.id))!;
    const checked = await call(verifyRoute, `/es/events/certificates/${code}`, { lang: "es", code });
    expect(checked.status).toBe(200);
    expect(checked.data).toMatchObject({ certificate: { name: "Ana Núñez", event: { id: event.id, title: "Recovery school" }, hours: 1, host: null } });
    expect((checked.data as { certificate: { dates: string } }).certificate.dates).toMatch(/ – /);

    const unknown = await call(verifyRoute, "/es/events/certificates/AAAAAAAAAAAAAAAAAAAAAA", { lang: "es", code: "AAAAAAAAAAAAAAAAAAAAAA" });
    expect(unknown).toMatchObject({ status: 404, data: { certificate: null } });
    expect((await call(verifyRoute, "/es/events/certificates/x", { lang: "es", code: "<script>" })).status).toBe(404);
  });

  test("when an organiser undoes the attendance, the certificate no longer checks out", async () => {
    const event = await pastSchool();
    const organiser = await createPerson(database.prisma, { networkRole: "coordinator" });
    const person = await createPerson(database.prisma);
    const registration = await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, status: "attended" } });
    const { code } = (await attendanceCertificate(database.prisma, registration.id))!;
    expect(await decideRegistration(database.prisma, { registrationId: registration.id, to: "confirmed", actorId: organiser.id })).toEqual({ ok: true });
    expect((await call(verifyRoute, `/en/events/certificates/${code}`, { lang: "en", code })).status).toBe(404);
  });
});
