// Who hears about a registration, in which language, and the mails themselves. A person
// registered in their own name is mailed in their language; a delegate named in a group
// (no account yet) in the language of the admin who named them. An offer to a group goes
// to that admin, who accepts or declines it for the group.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import type { EmailTemplate, EmailValues } from "~/mechanisms/email/email-templates.server";
import { link } from "~/mechanisms/email/links.server";
import { mailAddress, recipientLanguage } from "~/mechanisms/email/mail-person.server";
import { formatDate, formatNumber } from "~/utils/format";
import { publicOrigin } from "~/utils/env.server";
import type { Language } from "~/utils/languages";
import { eventCalendarFile, eventUid } from "./calendar-file";
import { eventDates, shownEventTexts } from "./shown-event-texts.server";

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

export const registrationForMail = {
  id: true,
  eventId: true,
  groupId: true,
  delegateName: true,
  delegateEmail: true,
  offerExpiresAt: true,
  person: { select: { name: true, email: true, preferredLanguage: true } },
  registeredBy: { select: { name: true, email: true, preferredLanguage: true } },
  event: { select: { id: true, startsAt: true, endsAt: true, timeZone: true, venue: true, city: true, status: true } },
} satisfies Prisma.RegistrationSelect;

export type RegistrationForMail = Prisma.RegistrationGetPayload<{ select: typeof registrationForMail }>;

/** The address and language a registration's mail goes to, or null (an erased person). */
export function recipientOf(registration: RegistrationForMail, { toOrganiser = false } = {}) {
  const person = toOrganiser && registration.groupId && registration.registeredBy ? registration.registeredBy : registration.person;
  if (person) return person.email ? { email: person.email, name: person.name, language: recipientLanguage(person) } : null;
  if (!registration.delegateEmail) return null;
  const language = registration.registeredBy ? recipientLanguage(registration.registeredBy) : recipientLanguage({ preferredLanguage: "en" });
  return { email: registration.delegateEmail, name: registration.delegateName ?? "", language };
}

/**
 * Who is written to about a registration, by name, and in which language (recipientOf), or
 * null: what is written for them (a certificate of attendance) is in that language too.
 */
export async function registrationRecipient(db: Db, registrationId: string) {
  const registration = await db.registration.findUnique({ where: { id: registrationId }, select: registrationForMail });
  return registration ? recipientOf(registration) : null;
}

/** Where the recipient looks at the registration: their own page, or the event's for a delegate. */
function pageFor(registration: RegistrationForMail, language: Language, ownPage: boolean) {
  return ownPage ? link(`/${language}/account/registrations/${registration.id}`) : link(`/${language}/events/${registration.eventId}`);
}

async function titleIn(tx: Tx, eventId: string, language: Language) {
  return (await shownEventTexts(tx, [eventId], language)).get(eventId)?.fields.title?.text ?? "";
}

export type RegistrationMail = "confirmed" | "waitlisted" | "applied" | "offered" | "lapsed" | "eventCancelled";

/** Mails the registration's news; `position` for the waiting list, `reason` for a cancelled event. Returns whether a mail was queued. */
export async function mailRegistration(tx: Tx, registrationId: string, kind: RegistrationMail, { position, reason }: { position?: number; reason?: string } = {}) {
  const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: registrationForMail });
  const recipient = recipientOf(registration, { toOrganiser: kind === "offered" || kind === "lapsed" });
  if (!recipient) return false;
  const { language } = recipient;
  const event = await titleIn(tx, registration.eventId, language);
  const ownPage = Boolean(registration.person) || kind === "offered";
  const page = pageFor(registration, language, ownPage);
  const send = <T extends EmailTemplate>(template: T, values: EmailValues<T>, attachments = false) =>
    mailAddress(tx, { email: recipient.email, language }, template, values, {
      attachments: attachments
        ? [
            eventCalendarFile({
              uid: eventUid(registration.event.id, publicOrigin()),
              title: event,
              location: [registration.event.venue, registration.event.city].filter(Boolean).join(", "),
              startsAt: registration.event.startsAt,
              endsAt: registration.event.endsAt,
              timeZone: registration.event.timeZone,
              url: link(`/${language}/events/${registration.event.id}`),
            }),
          ]
        : undefined,
    });
  const name = recipient.name;
  if (kind === "confirmed") await send("registrationConfirmed", { name, event, dates: eventDates(registration.event, language), link: page }, true);
  else if (kind === "waitlisted") await send("registrationWaitlisted", { name, event, position: formatNumber(position ?? 1, language), link: page });
  else if (kind === "applied") await send("applicationReceived", { name, event, link: page });
  else if (kind === "offered") {
    const deadline = registration.offerExpiresAt ?? new Date();
    const at = `${formatDate(deadline, language, { dateStyle: "long", timeStyle: "short", timeZone: registration.event.timeZone })} (${registration.event.timeZone})`;
    await send("placeOffered", { name, event, deadline: at, link: page });
  } else if (kind === "eventCancelled") {
    await send("eventCancelled", { name, event, dates: eventDates(registration.event, language), reason: reason ?? "", link: link(`/${language}/events`) });
  } else await send("offerLapsed", { name, event, link: link(`/${language}/events/${registration.eventId}`) });
  return true;
}

/** Mails a delegate the link to complete their own answers. */
export async function mailDelegateLink(tx: Tx, registrationId: string, token: string, organisation: string) {
  const registration = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: registrationForMail });
  const recipient = recipientOf(registration);
  if (!recipient) return false;
  const event = await titleIn(tx, registration.eventId, recipient.language);
  await mailAddress(tx, { email: recipient.email, language: recipient.language }, "delegateInvited", {
    name: recipient.name,
    organisation,
    event,
    link: link(`/${recipient.language}/events/registration/${token}`),
  });
  return true;
}
