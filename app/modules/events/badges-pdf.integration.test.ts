// The badges as printed: read back from the PDF with pdf.js, the text a reader sees and the
// QR codes as drawn (their squares rebuilt into a bitmap and decoded by jsQR), not the
// bytes we meant to write.
import fs from "node:fs";
import jsQR from "jsqr";
import { OPS, getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, test } from "vitest";
import { qrModules } from "~/mechanisms/pdf/qr-code.server";
import { createEvent, createPersonOf } from "../../../tests/fixtures/events";
import { createOrganisation } from "../../../tests/fixtures/organisations";
import { createPerson } from "../../../tests/fixtures/people";
import { pdfPages } from "../../../tests/setup/pdf-text";
import { setUpTestDatabase } from "../../../tests/setup/set-up-test-database";
import { badgesPdf, badgesPerPage } from "./badges-pdf.server";

const database = setUpTestDatabase();

/** A bitmap of the code (4 pixels a module, a quiet zone of 4) decoded by jsQR. */
function decode(modules: boolean[][]) {
  const scale = 4;
  const quiet = 4;
  const side = (modules.length + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const at = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          pixels.fill(0, at, at + 3);
        }
      }
    }),
  );
  return jsQR(pixels, side, side)?.data ?? null;
}

type Rectangle = { x: number; y: number; width: number; height: number };

/** The QR codes of each page as drawn: every filled path made of rectangles (the cut lines are stroked, text is not a path). */
async function drawnCodes(bytes: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: boolean[][][][] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const { fnArray, argsArray } = await (await pdf.getPage(number)).getOperatorList();
    const codes: boolean[][][] = [];
    let path: Rectangle[] = [];
    fnArray.forEach((fn, index) => {
      if (fn === OPS.constructPath) {
        const [ops, coordinates] = argsArray[index] as [number[], number[]];
        let at = 0;
        for (const op of ops) {
          if (op === OPS.rectangle) {
            const [x, y, width, height] = coordinates.slice(at, at + 4) as [number, number, number, number];
            path.push({ x, y, width, height });
            at += 4;
          } else {
            at += op === OPS.curveTo ? 6 : op === OPS.curveTo2 || op === OPS.curveTo3 ? 4 : op === OPS.closePath ? 0 : 2;
          }
        }
      } else if (fn === OPS.fill || fn === OPS.eoFill) {
        if (path.length > 20) codes.push(modulesOf(path));
        path = [];
      } else if (fn === OPS.stroke || fn === OPS.closeStroke || fn === OPS.endPath) {
        path = [];
      }
    });
    pages.push(codes);
  }
  await pdf.destroy();
  return pages;
}

/** Rectangles (runs of dark modules, one module high) back into the module matrix. */
function modulesOf(rectangles: Rectangle[]) {
  const cell = Math.min(...rectangles.map((rectangle) => Math.abs(rectangle.height)));
  const left = Math.min(...rectangles.map((rectangle) => rectangle.x));
  const top = Math.min(...rectangles.map((rectangle) => Math.min(rectangle.y, rectangle.y + rectangle.height)));
  const size = Math.round((Math.max(...rectangles.map((rectangle) => rectangle.x + rectangle.width)) - left) / cell);
  const modules = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const rectangle of rectangles) {
    const row = Math.round((Math.min(rectangle.y, rectangle.y + rectangle.height) - top) / cell);
    const start = Math.round((rectangle.x - left) / cell);
    for (let column = start; column < start + Math.round(rectangle.width / cell); column++) modules[row]![column] = true;
  }
  return modules;
}

describe("badges", () => {
  test("a code drawn from a secret's modules decodes back to the secret", () => {
    const secret = "Zq3-x_9AbCdEfGhIjKlMnO";
    expect(decode(qrModules(secret))).toBe(secret);
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
    const decoded = (await drawnCodes(pdf!.bytes)).map((codes) => codes.map(decode));
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
    expect((await drawnCodes(again!.bytes))[0]).toHaveLength(2);
  });

  test("an event with nobody confirmed prints one page saying so, in the reader's language", async () => {
    const event = await createEvent(database.prisma);
    const { pages } = await pdfPages((await badgesPdf(database.prisma, event.id, "fr"))!.bytes);
    // (pdf-text.ts writes every space as a plain one, the narrow one before the colon too.)
    expect(pages).toEqual(["Personne n’est encore confirmé pour cet événement : il n’y a pas de badge à imprimer."]);
    expect(await badgesPdf(database.prisma, "nosuchevent", "en")).toBeNull();
  });
});
