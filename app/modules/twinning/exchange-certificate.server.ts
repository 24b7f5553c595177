// A certificate of participation in a staff exchange, as a PDF: the participant's name,
// both organisations, the agreement's title, the dates and where it took place. Only for a
// participant of an exchange that took place (completed or reported). Written in the
// language asked for: the participant's own when an organisation's admin downloads it,
// the page's when the participant does (the routes decide).
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { renderPdf } from "~/mechanisms/pdf/pdf-document.server";
import { countryName } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import { isLanguage, type Language } from "~/utils/languages";
import { agreementTitle, certifiable, exchangeDates } from "./exchange-reading.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** The certificate's contents, or null when there is none to give (not a participant, or not yet taken place). */
export async function certificateContents(db: Db, exchangeId: string, userId: string) {
  const participant = await db.exchangeParticipant.findUnique({
    where: { exchangeId_userId: { exchangeId, userId } },
    select: {
      user: { select: { name: true, preferredLanguage: true } },
      exchange: {
        select: {
          id: true,
          agreementId: true,
          status: true,
          startsOn: true,
          endsOn: true,
          hostOrganisation: { select: { name: true, city: true, countryCode: true } },
          sendingOrganisation: { select: { name: true } },
        },
      },
    },
  });
  if (!participant || !certifiable(participant.exchange.status)) return null;
  return { ...participant.exchange, participant: participant.user };
}

/**
 * The PDF and a file name for it, in `language`; with `{ participant: fallback }`, in the
 * participant's own language (else the fallback), as an admin downloads it. Null as
 * certificateContents.
 */
export async function exchangeCertificate(db: Db, exchangeId: string, userId: string, asked: Language | { participant: Language }) {
  const contents = await certificateContents(db, exchangeId, userId);
  if (!contents) return null;
  const own = contents.participant.preferredLanguage;
  const language = typeof asked === "string" ? asked : isLanguage(own) ? own : asked.participant;
  const t = await i18nServer.getFixedT(language, "exchanges");
  const { title: agreement } = await agreementTitle(db, contents.agreementId, language);
  const host = contents.hostOrganisation;
  const place = [host.city, countryName(host.countryCode, language)].filter(Boolean).join(", ");
  const heading = t("certificate.title");
  const bytes = await renderPdf({ title: `${heading}: ${contents.participant.name}`, language, layout: "landscape", margin: 64 }, (doc) => {
    doc.font("bold").fontSize(28).text(heading, { align: "center" });
    doc.moveDown(1.5);
    doc.font("regular").fontSize(14).text(t("certificate.certifies"), { align: "center" });
    doc.moveDown(0.5);
    doc.font("bold").fontSize(24).text(contents.participant.name, { align: "center" });
    doc.moveDown(0.8);
    doc.font("regular").fontSize(14).text(t("certificate.tookPart"), { align: "center" });
    doc.moveDown(1.2);
    const line = (label: string, value: string) => {
      doc.font("bold").text(`${label} `, { continued: true, align: "left" });
      doc.font("regular").text(value);
      doc.moveDown(0.3);
    };
    doc.fontSize(13);
    line(t("certificate.sending"), contents.sendingOrganisation.name);
    line(t("certificate.host"), host.name);
    line(t("certificate.place"), place);
    line(t("certificate.dates"), exchangeDates(contents, language));
    line(t("certificate.agreement"), agreement);
    doc.moveDown(1.5);
    doc.fontSize(10).fillColor("#444444").text(t("certificate.issuedBy"), { align: "center" });
  });
  return { bytes, fileName: `${t("certificate.fileName")}-${contents.participant.name}.pdf` };
}
