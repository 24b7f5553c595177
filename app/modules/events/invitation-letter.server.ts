// A letter of invitation for a visa application (DOMAIN.md: a confirmed participant can
// download one), as a PDF in the language they choose among the event's languages of
// delivery that the portal ships (all five when it ships none of them). The inviting
// party is the host organisation, or the network for its own events. The letter carries
// the name as in their passport as they typed it; that, the passport's number and the
// nationality are used for this one PDF and never stored.
import type { PrismaClient } from "~/generated/prisma/client";
import type { RegistrationStatus } from "~/generated/prisma/enums";
import { renderPdf } from "~/mechanisms/pdf/pdf-document.server";
import { countryName, formatDate } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import { languageEndonyms, languages, type Language } from "~/utils/languages";
import { countryOptions } from "~/utils/options.server";
import type { InvitationLetterForm } from "./invitation-letter.schemas";
import { tokenHash } from "./registrations.server";
import { shownEventTexts } from "./shown-event-texts.server";

type Db = PrismaClient;
type Refused<E extends string> = { ok: false; error: E };
const refuse = <E extends string>(error: E): Refused<E> => ({ ok: false, error });

/** Whether this registration's page offers the letter: to the person it is for (a delegate's link is theirs), their place confirmed. */
export function canAskForInvitationLetter(registration: { personId: string | null; status: RegistrationStatus }, personId: string | { delegate: true }) {
  return (typeof personId === "string" ? registration.personId === personId : registration.personId === null) && registration.status === "confirmed";
}

/** Who asks: a person signed in, for their own registration; or a delegate, by the token in their link. */
export type LetterHolder = { registrationId: string; personId: string } | { token: string };

function registrationOf(holder: LetterHolder) {
  if ("token" in holder) return /^[A-Za-z0-9_-]{20,100}$/.test(holder.token) ? { completionTokenHash: tokenHash(holder.token), personId: null } : null;
  return { id: holder.registrationId, personId: holder.personId };
}

/** The languages a letter can be written in: the event's languages of delivery the portal ships, else all of them. */
export function letterLanguages(deliveryLanguages: readonly string[]): [Language, ...Language[]] {
  const shipped = languages.filter((language) => deliveryLanguages.includes(language));
  return (shipped.length > 0 ? shipped : [...languages]) as [Language, ...Language[]];
}

/** The form's lists: nationalities as countries in the reader's language, and the letter's languages by their own names. */
export function letterFormOptions(reader: Language, offered: readonly Language[]) {
  return {
    countries: countryOptions(reader),
    languages: offered.map((language) => ({ value: language, label: languageEndonyms[language], lang: language })),
  };
}

const letterRegistration = {
  id: true,
  status: true,
  personId: true,
  organisation: { select: { name: true } },
  event: {
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      timeZone: true,
      venue: true,
      city: true,
      countryCode: true,
      deliveryLanguages: true,
      hostOrganisation: { select: { name: true, city: true, countryCode: true } },
    },
  },
} as const;

export type LetterRefusal = "notFound" | "notConfirmed";

/**
 * The holder's own registration the letter would be for, with the languages offered and
 * why it is refused (`notConfirmed`: their place is not confirmed); null when it is not theirs.
 */
export async function invitationLetterFor(db: Db, holder: LetterHolder) {
  const where = registrationOf(holder);
  const registration = where ? await db.registration.findFirst({ where, select: letterRegistration }) : null;
  if (!registration) return null;
  return {
    registration,
    languages: letterLanguages(registration.event.deliveryLanguages),
    refusal: canAskForInvitationLetter(registration, "token" in holder ? { delegate: true } : holder.personId) ? null : ("notConfirmed" as const),
  };
}

/** The letter as a PDF in the chosen language, with a file name in that language. */
export async function invitationLetter(
  db: Db,
  { holder, form, now = new Date() }: { holder: LetterHolder; form: InvitationLetterForm; now?: Date },
): Promise<{ ok: true; bytes: Buffer; fileName: string } | Refused<LetterRefusal>> {
  const found = await invitationLetterFor(db, holder);
  if (!found) return refuse("notFound");
  if (found.refusal) return refuse(found.refusal);
  const { registration } = found;
  const language = found.languages.includes(form.language) ? form.language : found.languages[0];
  const t = await i18nServer.getFixedT(language, "follow-up");
  const event = registration.event;
  const title = (await shownEventTexts(db, [event.id], language)).get(event.id)?.fields.title?.text ?? "";
  const day = (instant: Date) => formatDate(instant, language, { dateStyle: "long", timeZone: event.timeZone });
  const dates = day(event.startsAt) === day(event.endsAt) ? day(event.startsAt) : `${day(event.startsAt)} – ${day(event.endsAt)}`;
  const host = event.hostOrganisation;
  const inviter = host ? host.name : t("letter.network");
  const inviterPlace = host ? [host.city, countryName(host.countryCode, language)].filter(Boolean).join(", ") : "";
  const heading = t("letter.title");
  const bytes = await renderPdf({ title: `${heading}: ${form.passportName}`, language, margin: 64 }, (doc) => {
    doc.fontSize(10).text(t("letter.dated", { date: day(now) }), { align: "right" });
    doc.moveDown(1.5);
    doc.font("bold").fontSize(12).text(t("letter.inviter"));
    doc.font("regular").text(inviter);
    if (inviterPlace) doc.text(inviterPlace);
    doc.moveDown(1.5);
    doc.font("bold").fontSize(20).text(heading);
    doc.moveDown(1);
    doc.font("regular").fontSize(11).text(t("letter.salutation"));
    doc.moveDown(0.6);
    doc.text(t("letter.invites"));
    doc.moveDown(0.8);
    const line = (label: string, value: string) => {
      if (!value) return;
      doc.font("bold").text(`${label} `, { continued: true });
      doc.font("regular").text(value);
      doc.moveDown(0.25);
    };
    line(t("letter.fields.passportName"), form.passportName);
    line(t("letter.fields.passportNumber"), form.passportNumber);
    line(t("letter.fields.nationality"), form.nationality ? countryName(form.nationality, language) : "");
    line(t("letter.fields.organisation"), registration.organisation?.name ?? "");
    doc.moveDown(0.6);
    line(t("letter.fields.event"), title);
    line(t("letter.fields.dates"), dates);
    line(t("letter.fields.venue"), event.venue);
    line(t("letter.fields.place"), [event.city, countryName(event.countryCode, language)].filter(Boolean).join(", "));
    doc.moveDown(0.8);
    doc.text(t("letter.confirmed"));
    doc.moveDown(0.6);
    doc.text(t("letter.attendanceOnly"));
    doc.moveDown(1.5);
    doc.text(t("letter.closing"));
    doc.font("bold").text(inviter);
    doc.moveDown(2);
    doc.font("regular").fontSize(9).fillColor("#444444").text(t("letter.reference", { reference: registration.id }));
  });
  return { ok: true, bytes, fileName: `${t("letter.fileName")}.pdf` };
}
