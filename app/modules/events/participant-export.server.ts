// The organisers' participant list as a file, filtered as the page is: one row per
// registration with the standard answers, then one column per question of the event's own
// (registration and follow-up), headed in the organiser's language (else the question's
// original) and answered in words (a choice's label, yes or no). Times are the venue's
// wall clock, the column saying which zone. CSV for any program, .xlsx for Excel.
import type { PrismaClient } from "~/generated/prisma/client";
import { fileNameSlug } from "~/mechanisms/downloads/content-disposition";
import { csvText, type CsvCell } from "~/mechanisms/downloads/csv";
import { xlsxBytes, type SheetCell } from "~/mechanisms/downloads/spreadsheet.server";
import { countryName } from "~/utils/format";
import { i18nServer } from "~/utils/i18n.server";
import type { Language } from "~/utils/languages";
import { instantToWallTime } from "~/utils/zoned-time";
import { organisationIdOf, type RegistrationFilters } from "./participant-list.schemas";
import { registrationsForOrganisers, shownQuestion } from "./registration-reading.server";
import { eventTitle } from "./shown-event-texts.server";

type Db = PrismaClient;

/** A sheet ready to write: its header, its rows (times as the venue's wall clock), and what to call the file. */
export type ExportTable = { sheet: string; header: string[]; rows: SheetCell[][]; fileName: (extension: string) => { fileName: string; fallback: string } };

/** A moment as the venue's clock shows it, as a date whose UTC fields are that wall time (how a spreadsheet keeps times). */
function wallClock(instant: Date | null, timeZone: string) {
  return instant ? new Date(`${instantToWallTime(instant, timeZone)}:00.000Z`) : null;
}

/** "scuola-d-autunno-2027-03-15-partecipanti.csv", and its plain-Latin fallback: the event's title, its first day at the venue, and what the file holds. */
export function eventFileName({ title, startsAt, timeZone }: { title: string; startsAt: Date; timeZone: string }, what: string) {
  const day = instantToWallTime(startsAt, timeZone).slice(0, 10);
  return (extension: string) => ({
    fileName: `${[fileNameSlug(title) || "event", day, fileNameSlug(what)].filter(Boolean).join("-")}.${extension}`,
    fallback: `${[fileNameSlug(title, { ascii: true }) || "event", day, fileNameSlug(what, { ascii: true })].filter(Boolean).join("-")}.${extension}`,
  });
}

/** The event's registrations (narrowed by `filters`) as a table in `language`, or null when there is no such event. */
export async function participantTable(db: Db, eventId: string, filters: RegistrationFilters, language: Language): Promise<ExportTable | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      startsAt: true,
      timeZone: true,
      questions: {
        orderBy: [{ stage: "asc" }, { position: "asc" }],
        select: { id: true, kind: true, required: true, choiceKeys: true, texts: { select: { language: true, label: true, choiceLabels: true, origin: true, sourceSha256: true } } },
      },
    },
  });
  if (!event) return null;
  const [title, registrations, t] = await Promise.all([
    eventTitle(db, event.id, language),
    registrationsForOrganisers(db, event.id, { status: filters.status, organisationId: organisationIdOf(filters) }),
    i18nServer.getFixedT(language, ["participants", "registration"]),
  ]);
  const questions = event.questions.map((question) => shownQuestion(question, language));
  const zone = event.timeZone;
  const column = (name: string) => t(`participants:export.columns.${name}`, { zone });
  const header = [
    ...["name", "email", "organisation", "country", "status", "registeredAt", "listVisibility", "checkedInAt", "dietary", "accessibility", "interpretation", "motivation"].map(column),
    ...questions.map((question) => question.label),
  ];
  const answerText = (question: (typeof questions)[number], value: string | undefined): string => {
    if (value === undefined || value === "") return "";
    if (question.kind === "choice") return question.choices.find((choice) => choice.key === value)?.label ?? value;
    if (question.kind === "yes_no") return value === "yes" ? t("registration:form.yes") : value === "no" ? t("registration:form.no") : value;
    return value;
  };
  const rows = registrations.map((registration): SheetCell[] => {
    const answers = new Map(registration.answers.map((answer) => [answer.questionId, answer.value]));
    return [
      registration.name,
      registration.email,
      registration.organisation?.name ?? "",
      registration.organisation ? countryName(registration.organisation.countryCode, language) : "",
      t(`registration:statuses.${registration.status}`),
      wallClock(registration.createdAt, zone),
      t(`registration:visibility.${registration.listVisibility}`),
      wallClock(registration.checkedInAt, zone),
      registration.dietaryNeeds,
      registration.accessibilityNeeds,
      registration.interpretationNeeds,
      registration.motivation,
      ...questions.map((question) => answerText(question, answers.get(question.id))),
    ];
  });
  return { sheet: t("participants:export.sheet"), header, rows, fileName: eventFileName({ title, startsAt: event.startsAt, timeZone: zone }, t("participants:export.fileWord")) };
}

/** A time cell as a CSV writes it: "2027-03-15 09:30", which spreadsheets read as a date and time. */
const csvValue = (cell: SheetCell): CsvCell => (cell instanceof Date ? cell.toISOString().slice(0, 16).replace("T", " ") : cell);

export function tableCsv(table: Pick<ExportTable, "header" | "rows">) {
  return csvText([table.header, ...table.rows.map((row) => row.map(csvValue))]);
}

export function tableXlsx(table: Pick<ExportTable, "sheet" | "header" | "rows">) {
  return xlsxBytes(table);
}
