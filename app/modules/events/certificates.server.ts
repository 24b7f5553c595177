// Certificates of attendance: for a registration marked `attended` at an event that has
// ended, a PDF written for the participant (their language and name: registrationRecipient,
// the rule their mails follow), naming the event in that language, its dates and hours,
// the host, and the address where anyone can check it. The code in that address is given
// on first issue, random and unguessable; the same certificate keeps it.
import crypto from "node:crypto";
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { link } from "~/mechanisms/email/links.server";
import { renderPdf } from "~/mechanisms/pdf/pdf-document.server";
import { countryName, formatDate, formatNumber } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { registrationRecipient } from "./registration-mail.server";
import { tokenHash } from "./registrations.server";
import { eventTitle, shownEventTexts } from "./shown-event-texts.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** 16 random bytes in base64url: 22 characters, 128 bits, nothing to enumerate. */
export const newCertificateCode = () => crypto.randomBytes(16).toString("base64url");
const certificateCodeShape = /^[A-Za-z0-9_-]{22}$/;

const certifiedEvent = {
  id: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  city: true,
  countryCode: true,
  programmeHours: true,
  hostOrganisation: { select: { name: true } },
} satisfies Prisma.EventSelect;

type CertifiedEvent = Prisma.EventGetPayload<{ select: typeof certifiedEvent }>;

/** Whether a registration earns a certificate now: it attended an event that is over. */
export function certifiable(registration: { status: string; event: { endsAt: Date } }, now = new Date()) {
  return registration.status === "attended" && registration.event.endsAt <= now;
}

/** The days of the event at the venue: one day, or the first and the last. */
export function attendanceDates(event: Pick<CertifiedEvent, "startsAt" | "endsAt" | "timeZone">, language: Language) {
  const day = (instant: Date) => formatDate(instant, language, { dateStyle: "long", timeZone: event.timeZone });
  const [first, last] = [day(event.startsAt), day(event.endsAt)];
  return first === last ? first : `${first} – ${last}`;
}

/** The certificate's code, given now if it has none yet (the first issue); null unless it attended. */
async function certificateCodeOf(db: Db, registrationId: string) {
  // Conditional, so two first issues at once agree on one code: the second changes nothing and reads the first's.
  await db.registration.updateMany({ where: { id: registrationId, status: "attended", certificateCode: null }, data: { certificateCode: newCertificateCode() } });
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: { status: true, certificateCode: true } });
  return registration?.status === "attended" ? registration.certificateCode : null;
}

/** Where anyone checks a certificate, in the language it is written in. */
export const verificationAddress = (language: Language, code: string) => link(`/${language}/events/certificates/${code}`);

/**
 * The certificate of attendance of a registration, as a PDF in its participant's language,
 * with a file name; gives its code on first issue. Null when there is none to give (not
 * attended, the event not over, or nobody left to name: an erased person).
 */
export async function attendanceCertificate(db: Db, registrationId: string, now = new Date()) {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: { status: true, event: { select: certifiedEvent } } });
  if (!registration || !certifiable(registration, now)) return null;
  const participant = await registrationRecipient(db, registrationId);
  if (!participant?.name) return null;
  const code = await certificateCodeOf(db, registrationId);
  if (!code) return null;
  const { language, name } = participant;
  const { event } = registration;
  const t = await i18nServer.getFixedT(language, "attendance");
  const title = await eventTitle(db, event.id, language);
  const heading = t("certificate.title");
  const address = verificationAddress(language, code);
  const dates = attendanceDates(event, language);
  const bytes = await renderPdf({ title: `${heading}: ${name}`, language, layout: "landscape", margin: 64 }, (doc) => {
    doc.font("bold").fontSize(28).text(heading, { align: "center" });
    doc.moveDown(1.2);
    doc.font("regular").fontSize(14).text(t("certificate.certifies"), { align: "center" });
    doc.moveDown(0.5);
    doc.font("bold").fontSize(24).text(name, { align: "center" });
    doc.moveDown(0.6);
    doc.font("regular").fontSize(14).text(t("certificate.attended"), { align: "center" });
    doc.moveDown(0.4);
    doc.font("bold").fontSize(18).text(title, { align: "center" });
    doc.moveDown(1.2);
    const line = (label: string, value: string) => {
      doc.font("bold").text(`${label} `, { continued: true, align: "left" });
      doc.font("regular").text(value);
      doc.moveDown(0.3);
    };
    doc.fontSize(13);
    line(t("certificate.dates"), dates);
    if (event.programmeHours !== null) {
      line(t("certificate.hoursLabel"), t("certificate.hours", { count: event.programmeHours, formatted: formatNumber(event.programmeHours, language) }));
    }
    line(t("certificate.place"), [event.venue, event.city, countryName(event.countryCode, language)].filter(Boolean).join(", "));
    line(t("certificate.host"), event.hostOrganisation?.name ?? t("certificate.network"));
    doc.moveDown(1.2);
    doc.fontSize(10).fillColor("#444444").text(t("certificate.verify"), { align: "center" });
    doc.text(address, { align: "center", link: address });
    doc.moveDown(0.5);
    doc.text(t("certificate.issuedBy"), { align: "center" });
  });
  // A name may hold a slash; a file name (an attachment's too) may not.
  return { bytes, fileName: `${t("certificate.fileName")}-${name.replace(/[/\\]/g, "-")}.pdf`, participant, title, dates, code };
}

/** The registrant's own certificate (registered in their own name, not one they made for a delegate). */
export async function ownAttendanceCertificate(db: Db, { registrationId, personId, now = new Date() }: { registrationId: string; personId: string; now?: Date }) {
  const registration = await db.registration.findFirst({ where: { id: registrationId, personId }, select: { id: true } });
  return registration ? attendanceCertificate(db, registration.id, now) : null;
}

/** A delegate's certificate, found by the token in their link. */
export async function delegateAttendanceCertificate(db: Db, token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const registration = await db.registration.findUnique({ where: { completionTokenHash: tokenHash(token) }, select: { id: true } });
  return registration ? attendanceCertificate(db, registration.id, now) : null;
}

/**
 * What the public verification page says of a code: the participant, the event (its title
 * for `reader`), its dates and hours; null for a code no certificate has (never issued,
 * mistyped, withdrawn when the attendance was undone, or erased with the person).
 */
export async function verifiedCertificate(db: Db, code: string, reader: Language) {
  if (!certificateCodeShape.test(code)) return null;
  const registration = await db.registration.findUnique({
    where: { certificateCode: code },
    select: { status: true, delegateName: true, person: { select: { name: true } }, event: { select: certifiedEvent } },
  });
  if (!registration || registration.status !== "attended") return null;
  const name = registration.person?.name ?? registration.delegateName;
  if (!name) return null;
  const { event } = registration;
  const title = (await shownEventTexts(db, [event.id], reader)).get(event.id)?.fields.title;
  return {
    name,
    event: { id: event.id, title: title?.text ?? "", titleLanguage: title?.language ?? reader },
    dates: attendanceDates(event, reader),
    hours: event.programmeHours,
    host: event.hostOrganisation?.name ?? null,
  };
}
