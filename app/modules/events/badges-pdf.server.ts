// The event's badges as a printable A4 PDF, eight to a page (two columns, four rows), each
// in a light dashed frame to cut along: the person's name large, their organisation and its
// country, the event's title and dates, and a QR code carrying the registration's check-in
// secret (given here to those who have none yet: check-in.server.ts). Confirmed and
// attended registrants only, by name; those of one organisation if asked.
import type { PrismaClient } from "~/generated/prisma/client";
import { renderPdf, type PdfDocument } from "~/mechanisms/pdf/pdf-document.server";
import { drawQrCode } from "~/mechanisms/pdf/qr-code.server";
import { compareText, countryName, formatDate } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { expectedStatuses, giveCheckInSecrets } from "./check-in.server";
import { eventTitle } from "./shown-event-texts.server";

type Db = PrismaClient;

/** A4 in points, and the margin left for printers that cannot print to the edge. */
const sheet = { width: 595.28, height: 841.89, margin: 28 };
const grid = { columns: 2, rows: 4 };
export const badgesPerPage = grid.columns * grid.rows;
const badge = {
  width: (sheet.width - 2 * sheet.margin) / grid.columns,
  height: (sheet.height - 2 * sheet.margin) / grid.rows,
  padding: 16,
  /** About 30 mm: a phone reads it from a hand's length. */
  qrSize: 84,
};

export type Badge = { name: string; organisation: string; country: string; secret: string };

/** What the badges show, sorted by name for the reader's language; null when there is no such event. */
export async function badgesOf(db: Db, eventId: string, language: Language, { organisationId }: { organisationId?: string } = {}) {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, startsAt: true, endsAt: true, timeZone: true } });
  if (!event) return null;
  await giveCheckInSecrets(db, eventId);
  const rows = await db.registration.findMany({
    // A registration confirmed since the secrets were given waits for the next printing.
    where: { eventId, status: { in: [...expectedStatuses] }, checkInSecret: { not: null }, ...(organisationId ? { organisationId } : {}) },
    select: { checkInSecret: true, delegateName: true, person: { select: { name: true } }, organisation: { select: { name: true, countryCode: true } } },
  });
  const compare = compareText(language);
  const badges: Badge[] = rows
    .map((row) => ({
      name: row.person?.name ?? row.delegateName ?? "",
      organisation: row.organisation?.name ?? "",
      country: row.organisation ? countryName(row.organisation.countryCode, language) : "",
      secret: row.checkInSecret!,
    }))
    .sort((a, b) => compare(a.name, b.name));
  const day = (instant: Date) => formatDate(instant, language, { dateStyle: "long", timeZone: event.timeZone });
  const dates = day(event.startsAt) === day(event.endsAt) ? day(event.startsAt) : `${day(event.startsAt)} – ${day(event.endsAt)}`;
  return { title: await eventTitle(db, eventId, language), dates, badges };
}

/** The PDF's bytes and a file name, or null when there is no such event. */
export async function badgesPdf(db: Db, eventId: string, language: Language, filter: { organisationId?: string } = {}) {
  const contents = await badgesOf(db, eventId, language, filter);
  if (!contents) return null;
  const t = await i18nServer.getFixedT(language, "check-in");
  const bytes = await renderPdf({ title: t("badges.title", { event: contents.title }), language, margin: sheet.margin }, (doc) => {
    if (contents.badges.length === 0) doc.fontSize(12).text(t("badges.none"));
    contents.badges.forEach((one, index) => {
      const place = index % badgesPerPage;
      if (index > 0 && place === 0) doc.addPage();
      const x = sheet.margin + (place % grid.columns) * badge.width;
      const y = sheet.margin + Math.floor(place / grid.columns) * badge.height;
      drawBadge(doc, one, { x, y }, contents);
    });
  });
  return { bytes, fileName: `${t("badges.fileName")}-${contents.title}.pdf` };
}

function drawBadge(doc: PdfDocument, one: Badge, { x, y }: { x: number; y: number }, event: { title: string; dates: string }) {
  const { width, height, padding, qrSize } = badge;
  const inner = width - 2 * padding;
  const left = x + padding;
  // The cut line: light and dashed, so a slightly crooked cut does not show.
  doc.save().lineWidth(0.5).dash(3, { space: 3 }).strokeColor("#b5b5b5").rect(x, y, width, height).stroke().restore();

  doc.font("bold").fontSize(9.5).fillColor("#333333");
  const titleHeight = Math.min(doc.heightOfString(event.title, { width: inner }), 24);
  doc.text(event.title, left, y + 14, { width: inner, height: 24, ellipsis: true });
  doc.font("regular").fontSize(8.5).text(event.dates, left, y + 16 + titleHeight, { width: inner, height: 11, ellipsis: true });

  // The name as large as fits on one line, down to 13 points; longer still, on two.
  const nameSize = fittedSize(doc, one.name, inner, { largest: 24, smallest: 13 });
  doc.font("bold").fontSize(nameSize).fillColor("#000000").text(one.name, left, y + 58, { width: inner, height: nameSize * 2.4, ellipsis: true });

  const qrX = x + width - padding - qrSize;
  const qrY = y + height - padding - qrSize;
  drawQrCode(doc, one.secret, { x: qrX, y: qrY, size: qrSize, quietZone: 2 });
  const beside = inner - qrSize - 10;
  doc.font("regular").fontSize(11).fillColor("#000000").text(one.organisation, left, qrY + 10, { width: beside, height: 42, ellipsis: true });
  doc.fontSize(9.5).fillColor("#444444").text(one.country, left, qrY + 56, { width: beside, height: 13, ellipsis: true });
  doc.fillColor("#000000");
}

function fittedSize(doc: PdfDocument, text: string, width: number, { largest, smallest }: { largest: number; smallest: number }) {
  doc.font("bold");
  let size = largest;
  while (size > smallest && doc.fontSize(size).widthOfString(text) > width) size -= 1;
  return size;
}
