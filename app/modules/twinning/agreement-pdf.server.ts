// The printable agreement as a PDF, in the reader's language: both organisations, the
// revision in force (or the latest, marked "not yet in force"), its terms, its objectives
// in the reader's language (else the original, said so), and the signatures on it with
// their fingerprints, so a printed copy can be checked against the portal.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";
import { renderPdf, type PdfDocument } from "~/mechanisms/pdf/pdf-document.server";
import { themeNames } from "~/modules/taxonomy/themes.server";
import { publicOrigin } from "~/utils/env.server";
import { countryName, formatDate, formatList, formatNumber, languageName } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { agreementForPrint } from "./agreement-record.server";

type Db = PrismaClient | Prisma.TransactionClient;

/** The PDF's bytes and a file name, or null when the agreement has no revision to print. */
export async function agreementPdf(db: Db, agreementId: string, reader: Language) {
  const agreement = await agreementForPrint(db, agreementId, reader);
  if (!agreement) return null;
  const t = await i18nServer.getFixedT(reader, "agreement-record");
  const themeLabels = await themeNames(db, reader);
  const { organisationA: a, organisationB: b, revision } = agreement;
  const title = revision.text?.title ?? t("pdf.untitled");
  const partyName = (party: "a" | "b" | "network") => (party === "a" ? a.name : party === "b" ? b.name : t("party.network"));
  const when = (date: Date) => formatDate(date, reader, { dateStyle: "long", timeStyle: "short" });

  const bytes = await renderPdf({ title, language: revision.text?.language ?? reader }, (doc: PdfDocument) => {
    const heading = (text: string) => doc.moveDown(0.8).font("bold").fontSize(13).text(text).font("regular").fontSize(11).moveDown(0.2);
    // The colon is the language's own ("Date de début :" in French).
    const fact = (label: string, value: string) => doc.font("bold").text(`${t("pdf.labelled", { label })} `, { continued: true }).font("regular").text(value);
    doc.fontSize(10).fillColor("#555555").text(t("pdf.kind")).fillColor("#000000");
    doc.moveDown(0.3).font("bold").fontSize(18).text(title).font("regular").fontSize(11);
    doc.moveDown(0.3).text(
      revision.inForce
        ? t("pdf.inForce", { number: revision.number })
        : t("pdf.notInForce", { number: revision.number, status: t(`agreements:statuses.${agreement.status}`) }),
    );
    if (revision.text?.isFallback) doc.fontSize(10).text(t("pdf.fallback", { language: languageName(revision.text.language, reader) })).fontSize(11);

    heading(t("pdf.partiesHeading"));
    for (const organisation of [a, b]) doc.text(`${organisation.name} (${countryName(organisation.countryCode, reader)})`);

    heading(t("pdf.termsHeading"));
    fact(t("fields.startsOn"), formatDate(revision.startsOn, reader));
    fact(t("fields.endsOn"), formatDate(revision.endsOn, reader));
    fact(t("fields.themes"), revision.themes.length > 0 ? formatList(revision.themes.map((theme) => themeLabels[theme] ?? theme), reader) : t("history.noThemes"));
    fact(t("fields.exchangesAToB", { a: a.name, b: b.name }), formatNumber(revision.exchangesAToB, reader));
    fact(t("fields.exchangesBToA", { a: a.name, b: b.name }), formatNumber(revision.exchangesBToA, reader));
    fact(t("fields.groupSizeCap"), formatNumber(revision.groupSizeCap, reader));

    heading(t("fields.objectives"));
    doc.text(revision.text?.objectives ?? "");

    heading(t("pdf.signaturesHeading"));
    if (revision.signatures.length === 0) doc.text(t("history.noSignatures"));
    for (const signature of revision.signatures) {
      doc.moveDown(0.4).font("bold").text(`${partyName(signature.party)} · ${t(`signature.kind.${signature.kind}`)}`).font("regular");
      fact(t("signature.signatory"), [signature.signatoryName || t("signature.erased"), signature.signatoryTitle].filter(Boolean).join(", "));
      fact(t("signature.language"), languageName(signature.language, reader));
      fact(t("signature.at"), when(signature.at));
      fact(t("pdf.fingerprint"), signature.textSha256);
      fact(t("pdf.checkAt"), `${publicOrigin()}/${reader}/twinning/signatures/${signature.id}`);
    }
    doc.moveDown(1).fontSize(9).fillColor("#555555").text(t("pdf.howToCheck"));
  });
  return { bytes, fileName: `${t("pdf.fileName", { number: revision.number })}.pdf` };
}
