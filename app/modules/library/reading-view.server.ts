// What the public entry page shows, built on the server: each field in the language the
// reader gets (app/mechanisms/translations/pick-fields.ts), with names, dates and sizes
// written out here so the page hydrates with exactly what the server rendered (Chromium's
// ICU names some languages differently from Node's).
import type { LibraryTextField } from "~/generated/prisma/enums";
import { pickFields, type ShownField } from "~/mechanisms/translations/pick-fields";
import { countryName, formatDate, formatFileSize, languageName } from "~/utils/format";
import type { Language } from "~/utils/languages";
import type { EntryForReader } from "./reading.server";

export type FileKind = "pdf" | "word" | "spreadsheet" | "presentation" | "opendocument" | "image" | "text" | "other";

/** What kind of file a content type is, in words a reader knows. */
export function fileKindOf(contentType: string): FileKind {
  if (contentType === "application/pdf") return "pdf";
  if (/wordprocessingml|msword/.test(contentType)) return "word";
  if (/spreadsheetml|ms-excel|text\/csv/.test(contentType)) return "spreadsheet";
  if (/presentationml|ms-powerpoint/.test(contentType)) return "presentation";
  if (/opendocument/.test(contentType)) return "opendocument";
  if (contentType.startsWith("image/")) return "image";
  if (contentType.startsWith("text/")) return "text";
  return "other";
}

export function entryView(entry: EntryForReader, reader: Language, { original }: { original: boolean }) {
  const shown = pickFields(entry.revision.texts, reader, { original });
  const { revision } = entry;
  const originalLanguage = shown.originalLanguage ?? entry.originalLanguage;
  const field = (name: LibraryTextField): ShownField<LibraryTextField> | null => shown.fields[name] ?? null;
  const readerHasAny = entry.revision.texts.some((text) => text.language === reader);
  const allOriginal = Object.values(shown.fields).every((text) => text?.origin === "original");
  return {
    id: entry.id,
    kind: entry.kind,
    organisation: { ...entry.organisation, countryName: countryName(entry.organisation.countryCode, reader) },
    fields: {
      title: field("title"),
      summary: field("summary"),
      easy_read: field("easy_read"),
      body: field("body"),
      target_group: field("target_group"),
      outcomes: field("outcomes"),
    },
    reading: {
      original,
      coverage: shown.readerCoverage,
      anyMachine: shown.anyMachine,
      anyOutOfDate: shown.anyOutOfDate,
      /** Offer "read the original" while anything shown is not the original. */
      canSwitchToOriginal: !original && !allOriginal,
      /** Offer the way back when the reader's language has something to show. */
      canSwitchBack: original && readerHasAny && reader !== originalLanguage,
      readerLanguageName: languageName(reader, reader),
      originalLanguage,
      originalLanguageName: languageName(originalLanguage, reader),
    },
    themes: revision.themes,
    audiences: revision.audiences,
    country: revision.countryCode ? countryName(revision.countryCode, reader) : null,
    service:
      entry.kind === "service_description"
        ? {
            settings: revision.settings,
            evidence: revision.evidence,
            languages: revision.serviceLanguages.map((code) => languageName(code, reader)),
            hostsVisitors: revision.hostsVisitors,
          }
        : null,
    links: revision.links,
    attachments: revision.attachments.map((attachment) => ({
      id: attachment.id,
      fileName: attachment.fileName,
      kind: fileKindOf(attachment.contentType),
      size: formatFileSize(attachment.byteSize, reader),
    })),
    revisionNumber: revision.number,
    firstPublished: entry.firstPublishedAt ? formatDate(entry.firstPublishedAt, reader) : null,
    lastRevised: revision.decidedAt && revision.number > 1 ? formatDate(revision.decidedAt, reader) : null,
  };
}

export type EntryView = ReturnType<typeof entryView>;
