// Mailing a person: the one place that picks the language a mail is written in, renders
// the template in it and queues it in the caller's transaction.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { defaultLanguage, isLanguage, type Language } from "~/utils/languages";
import type { EmailAttachment } from "./attachments.server";
import { renderEmail, type EmailTemplate, type EmailValues } from "./email-templates.server";
import { enqueueEmail } from "./outbox.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** A person with an account, as far as mail cares; `email` is null once they erased it. */
export type MailRecipient = { email: string | null; preferredLanguage: string };

/**
 * The language to write to a person in: their preferred one if the portal ships it, else
 * `fallback` (the default language unless the caller knows better, such as the language an
 * inviter chose).
 */
export function recipientLanguage(person: Pick<MailRecipient, "preferredLanguage">, fallback: Language = defaultLanguage): Language {
  return isLanguage(person.preferredLanguage) ? person.preferredLanguage : fallback;
}

/** A template's values, or a function making them in the mail's language (links, translated names). */
export type ValuesIn<T extends EmailTemplate> = EmailValues<T> | ((language: Language) => EmailValues<T> | Promise<EmailValues<T>>);

type MailOptions = { attachments?: EmailAttachment[] };

/**
 * Mails a person in their language, in the transaction `tx`. A person without an address
 * (erased) gets nothing. Returns whether a mail was queued.
 */
export async function mailPerson<T extends EmailTemplate>(
  tx: Db,
  person: MailRecipient,
  template: T,
  values: ValuesIn<T>,
  options: MailOptions = {},
) {
  if (!person.email) return false;
  await mailAddress(tx, { email: person.email, language: recipientLanguage(person) }, template, values, options);
  return true;
}

/**
 * Mails an address that is not (or not yet) a person's own, in a language the caller
 * chooses: an invitation to a new address, a confirmation sent to a new address.
 */
export async function mailAddress<T extends EmailTemplate>(
  tx: Db,
  to: { email: string; language: Language },
  template: T,
  values: ValuesIn<T>,
  { attachments }: MailOptions = {},
) {
  const filled = typeof values === "function" ? await values(to.language) : values;
  const rendered = await renderEmail(to.language, template, to.email, filled);
  return enqueueEmail(tx, { ...rendered, attachments });
}
