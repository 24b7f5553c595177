import { describe, expect, test } from "vitest";
import { pickFields, type FieldText } from "./pick-fields";
import { sourceDigest } from "./source-digest";

type Field = "title" | "summary" | "body";

const original = (field: Field, text: string): FieldText<Field> => ({ field, language: "en", origin: "original", text, sourceSha256: null });
const translation = (field: Field, language: string, origin: "human" | "machine", text: string, from: string): FieldText<Field> => ({
  field,
  language,
  origin,
  text,
  sourceSha256: sourceDigest(from),
});

const texts: FieldText<Field>[] = [
  original("title", "Peer support at home"),
  original("summary", "Visits by peers."),
  original("body", "Peers visit people at home, weekly."),
  translation("title", "fr", "human", "Soutien par les pairs à domicile", "Peer support at home"),
  translation("summary", "fr", "machine", "Visites par des pairs.", "Visits by peers."),
  // Made from an earlier body: the original has changed since.
  translation("body", "fr", "human", "Des pairs rendent visite, chaque mois.", "Peers visit people at home, monthly."),
  translation("title", "it", "machine", "Supporto tra pari a domicilio", "Peer support at home"),
];

describe("which text a reader sees, field by field", () => {
  test("every field in the reader's language when each has a text, each saying its origin", () => {
    const shown = pickFields(texts, "fr");
    expect(shown.readerCoverage).toBe("all");
    expect(shown.fields.title).toMatchObject({ language: "fr", origin: "human", isFallback: false, isOutOfDate: false });
    expect(shown.fields.summary).toMatchObject({ language: "fr", origin: "machine", isOutOfDate: false });
    expect(shown.anyMachine).toBe(true);
  });

  test("a translation made from an earlier original is marked out of date", () => {
    const shown = pickFields(texts, "fr");
    expect(shown.fields.body).toMatchObject({ text: "Des pairs rendent visite, chaque mois.", isOutOfDate: true });
    expect(shown.anyOutOfDate).toBe(true);
  });

  test("a field with no text in the reader's language shows its original, marked as a fallback", () => {
    const shown = pickFields(texts, "it");
    expect(shown.readerCoverage).toBe("some");
    expect(shown.fields.title).toMatchObject({ language: "it", isFallback: false });
    expect(shown.fields.body).toMatchObject({ language: "en", origin: "original", isFallback: true, isOutOfDate: false });
  });

  test("a language with no text at all: the whole original, and the reader is told none is in their language", () => {
    const shown = pickFields(texts, "sv");
    expect(shown.readerCoverage).toBe("none");
    expect(shown.originalLanguage).toBe("en");
    expect(Object.values(shown.fields).map((field) => field?.language)).toEqual(["en", "en", "en"]);
    expect(shown.anyMachine).toBe(false);
  });

  test("asking for the original shows every field's original, whatever the reader's language", () => {
    const shown = pickFields(texts, "fr", { original: true });
    expect(Object.values(shown.fields).map((field) => [field?.language, field?.origin])).toEqual([
      ["en", "original"],
      ["en", "original"],
      ["en", "original"],
    ]);
    expect(shown.anyOutOfDate).toBe(false);
  });

  test("the reader of the original's own language reads the original, with nothing to tell", () => {
    const shown = pickFields(texts, "en");
    expect(shown).toMatchObject({ readerCoverage: "all", anyMachine: false, anyOutOfDate: false });
  });

  test("a field absent in every language is simply not there", () => {
    expect(pickFields([original("title", "Only a title")], "fr").fields.body).toBeUndefined();
  });
});
