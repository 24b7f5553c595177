// The badges as printed: read back from the PDF with pdf.js, the text a reader sees and the
// QR codes as drawn (their squares rebuilt into a bitmap and decoded by jsQR), not the
// bytes we meant to write.
import fs from "node:fs";
import { describe, expect, test } from "vitest";
import { qrModules } from "~/mechanisms/pdf/qr-code.server";
import { createEvent, createPersonOf } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { decodeQr, drawnQrCodes } from "../../../tests/setup/pdf-qr-codes";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { badgesPdf, badgesPerPage } from "./badges-pdf.server";

const database = setUpTestDatabase();

describe("badges", () => {
  test("a code drawn from a secret's modules decodes back to the secret", () => {
    const secret = "Zq3-x_9AbCdEfGhIjKlMnO";
    expect(decodeQr(qrModules(secret))).toBe(secret);
  });

  test("confirmed and attended people get a badge each, eight to a page, by name, with every alphabet's letters, and each code carries their own secret", async () => {
    const event = await createEvent(database.prisma, { capacity: 50, startsAt: new Date("2027-03-15T08:00:00Z"), endsAt: new Date("2027-03-19T16:00:00Z") }, { title: "École de printemps" });
    const organisation = await createOrganisation(database.prisma, { name: "Fundación Peña", countryCode: "ES" });
    const names = ["Łukasz Wałęsa", "Жанна Иванова", "Δήμητρα Λαμπράκη", "Øystein Ås", "Begoña Muñoz", "Émilie Dupré", "Anna Berg", "Carla Rossi", "Dario Fo", "Eva Lind"];
    for (const [index, name] of names.entries()) {
      const person = await createPersonOf(database.prisma, organisation.id, { name });
      await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, organisationId: organisation.id, status: index === 0 ? "attended" : "confirmed" } });
    }
    for (const status of ["waitlisted", "cancelled", "applied"] as const) {
      const person = await createPerson(database.prisma, { name: `Not coming ${status}` });
      await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, status } });
    }
    const pdf = await badgesPdf(database.prisma, event.id, "en");
    expect(pdf!.fileName).toBe("badges-École de printemps.pdf");
    if (process.env.BADGES_PDF_OUT) fs.writeFileSync(process.env.BADGES_PDF_OUT, pdf!.bytes);

    const { pages, title } = await pdfPages(pdf!.bytes);
    expect(title).toBe("Badges: École de printemps");
    expect(pages).toHaveLength(2);
    const sorted = [...names].sort(new Intl.Collator("en", { sensitivity: "base" }).compare);
    const onPage = (page: string) => sorted.filter((name) => page.includes(name));
    expect(onPage(pages[0]!)).toEqual(sorted.slice(0, badgesPerPage));
    expect(onPage(pages[1]!)).toEqual(sorted.slice(badgesPerPage));
    // Each badge in reading order: its name, then its organisation and country.
    expect(pages[0]!.indexOf(sorted[0]!)).toBeLessThan(pages[0]!.indexOf(sorted[1]!));
    expect(pages[0]!.match(/Fundación Peña/g)).toHaveLength(badgesPerPage);
    expect(pages[0]!.match(/Spain/g)).toHaveLength(badgesPerPage);
    expect(pages[0]!.match(/École de printemps/g)).toHaveLength(badgesPerPage);
    expect(pages[0]).toContain("March 15, 2027 – March 19, 2027");
    expect(pages.join(" ")).not.toContain("Not coming");

    // The codes as drawn, page by page, decode to the secrets of the people named, in the same order.
    const secretOf = new Map(
      (await database.prisma.registration.findMany({ where: { eventId: event.id, status: { in: ["confirmed", "attended"] } }, select: { checkInSecret: true, person: { select: { name: true } } } })).map(
        (registration) => [registration.person!.name, registration.checkInSecret!],
      ),
    );
    const decoded = (await drawnQrCodes(pdf!.bytes)).map((codes) => codes.map(decodeQr));
    expect(decoded).toEqual([sorted.slice(0, badgesPerPage).map((name) => secretOf.get(name)), sorted.slice(badgesPerPage).map((name) => secretOf.get(name))]);
    // Nobody waiting or cancelled was given a secret.
    expect(await database.prisma.registration.count({ where: { eventId: event.id, status: { notIn: ["confirmed", "attended"] }, checkInSecret: { not: null } } })).toBe(0);
  });

  test("printing again keeps each badge's secret; one organisation's badges are its people's only", async () => {
    const event = await createEvent(database.prisma, { capacity: 10 });
    const [ours, theirs] = [await createOrganisation(database.prisma, { name: "Ours" }), await createOrganisation(database.prisma, { name: "Theirs" })];
    for (const [organisation, name] of [[ours, "Ada Ours"], [theirs, "Bo Theirs"], [ours, "Cy Ours"]] as const) {
      const person = await createPersonOf(database.prisma, organisation.id, { name });
      await database.prisma.registration.create({ data: { eventId: event.id, personId: person.id, organisationId: organisation.id, status: "confirmed" } });
    }
    const first = await badgesPdf(database.prisma, event.id, "en");
    const secrets = await database.prisma.registration.findMany({ where: { eventId: event.id }, select: { id: true, checkInSecret: true }, orderBy: { id: "asc" } });
    const again = await badgesPdf(database.prisma, event.id, "en", { organisationId: ours.id });
    expect(await database.prisma.registration.findMany({ where: { eventId: event.id }, select: { id: true, checkInSecret: true }, orderBy: { id: "asc" } })).toEqual(secrets);
    expect((await pdfPages(first!.bytes)).text).toMatch(/Ada Ours.*Bo Theirs.*Cy Ours/);
    const { text } = await pdfPages(again!.bytes);
    expect(text).toContain("Ada Ours");
    expect(text).toContain("Cy Ours");
    expect(text).not.toContain("Bo Theirs");
    expect((await drawnQrCodes(again!.bytes))[0]).toHaveLength(2);
  });

  test("an event with nobody confirmed prints one page saying so, in the reader's language", async () => {
    const event = await createEvent(database.prisma);
    const { pages } = await pdfPages((await badgesPdf(database.prisma, event.id, "fr"))!.bytes);
    // (pdf-text.ts writes every space as a plain one, the narrow one before the colon too.)
    expect(pages).toEqual(["Personne n’est encore confirmé pour cet événement : il n’y a pas de badge à imprimer."]);
    expect(await badgesPdf(database.prisma, "nosuchevent", "en")).toBeNull();
  });
});
