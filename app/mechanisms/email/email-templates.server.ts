// Every email the portal sends, written in the recipient's language from the `email`
// namespace, as plain text and as HTML with the same content.
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import type { EmailToSend } from "./outbox.server";

type Templates = {
  confirmEmail: { name: string; link: string };
  accountExists: { signInLink: string; resetLink: string };
  resetPassword: { name: string; link: string };
  passwordChanged: { name: string; resetLink: string };
  confirmNewEmail: { name: string; link: string };
  emailChanged: { name: string; newEmail: string };
  invitation: { organisation: string; role: string; link: string };
  newApplication: { organisation: string; link: string };
  applicationApproved: { name: string; organisation: string; link: string };
  applicationApprovedToSign: { name: string; organisation: string; version: string; link: string };
  applicationRejected: { name: string; organisation: string; reason: string };
  charterNewVersion: { organisation: string; version: string; link: string };
  charterReminder: { organisation: string; version: string; link: string };
  librarySentBack: { name: string; title: string; notes: string; link: string };
  libraryApproved: { name: string; title: string; link: string };
  libraryEntryArchived: { name: string; title: string; link: string };
  registrationConfirmed: { name: string; event: string; dates: string; link: string };
  registrationWaitlisted: { name: string; event: string; position: string; link: string };
  applicationReceived: { name: string; event: string; link: string };
  placeOffered: { name: string; event: string; deadline: string; link: string };
  offerLapsed: { name: string; event: string; link: string };
  eventCancelled: { name: string; event: string; dates: string; reason: string; link: string };
  delegateInvited: { name: string; organisation: string; event: string; link: string };
  attendanceAfterEvent: { name: string; event: string; dates: string; link: string };
  followUpRequested: { name: string; event: string; link: string };
  agreementCommentAdded: { name: string; author: string; organisation: string; title: string; link: string };
  twinningIntroduced: TwinningIntroductionValues;
  twinningIntroductionRequested: TwinningIntroductionValues;
  twinningIntroductionAccepted: TwinningIntroductionValues;
  twinningIntroductionDeclined: TwinningIntroductionValues;
  twinningIntroductionReminder: TwinningIntroductionValues;
  twinningIntroductionLapsed: TwinningIntroductionValues;
  exchangePlanned: ExchangeMailValues;
  exchangeConfirmed: ExchangeMailValues;
  exchangeCancelled: ExchangeMailValues;
  exchangeReportDue: ExchangeMailValues;
  agreementProposed: { name: string; title: string; organisation: string; link: string };
  agreementRevised: { name: string; title: string; organisation: string; revision: string; link: string };
  agreementSignatureVoid: { name: string; title: string; revision: string; link: string };
  agreementAgreed: { name: string; title: string; link: string };
  agreementDeclined: { name: string; title: string; reason: string; link: string };
  agreementWithdrawn: { name: string; title: string; organisation: string; link: string };
  agreementTerminated: { name: string; title: string; reason: string; link: string };
  agreementActive: { name: string; title: string; link: string };
  agreementCompleted: { name: string; title: string; link: string };
};

/** A staff exchange's mails (app/modules/twinning/exchange-mail.server.ts) all name the same things. */
type ExchangeMailValues = { name: string; host: string; sending: string; agreement: string; dates: string; participants: string; reason: string; link: string };

/** An introduction's mails: the recipient, their organisation, the partner, the note that came with it. */
type TwinningIntroductionValues = { name: string; organisation: string; partner: string; note: string; link: string };

export type EmailTemplate = keyof Templates;

/** What template T fills in: names, links, reasons. */
export type EmailValues<T extends EmailTemplate> = Templates[T];

/** The subject, paragraphs and the one button of a template, in `language`. */
export async function renderEmail<T extends EmailTemplate>(
  language: Language,
  template: T,
  to: string,
  values: Templates[T],
): Promise<EmailToSend> {
  const t = await i18nServer.getFixedT(language, "email");
  const options: Record<string, string> = values;
  const subject: string = t(`${template}.subject`, options);
  const paragraphs: unknown = t(`${template}.body`, { ...options, returnObjects: true });
  // A template missing in this language (the locale test should have caught it): English, rather than no mail.
  if (!Array.isArray(paragraphs) && language !== "en") return renderEmail("en", template, to, values);
  if (!Array.isArray(paragraphs)) throw new Error(`email template ${template} has no body`);
  const action = "link" in values ? { label: t(`${template}.action`), url: values.link } : undefined;
  const closing = t("closing");
  const footer = t("footer");

  const text = [
    ...paragraphs,
    // The colon after the label is the language's own ("Confirmer mon adresse :" in French).
    ...(action ? [`${t("actionLine", { action: action.label })}\n${action.url}`] : []),
    closing,
    "--",
    footer,
  ].join("\n\n");

  const html = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem;">
${paragraphs.map((paragraph) => `<p>${escapeHtml(String(paragraph))}</p>`).join("\n")}
${
  action
    ? `<p><a href="${escapeHtml(action.url)}" style="display: inline-block; padding: 0.6em 1.2em; background: #0b5c4b; color: #ffffff; text-decoration: none; border-radius: 4px;">${escapeHtml(action.label)}</a></p>
<p style="font-size: 0.9em;">${escapeHtml(t("linkFallback"))}<br>${escapeHtml(action.url)}</p>`
    : ""
}
<p>${escapeHtml(closing)}</p>
<hr>
<p style="font-size: 0.85em; color: #555;">${escapeHtml(footer)}</p>
</body>
</html>`;
  return { to, language, subject, text, html };
}

export function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
