import { describe, expect, test } from "vitest";
import { parseDirectoryFilters } from "./directory.schemas";

// The stored themes, as a loader reads them (themeKeys).
const storedThemes = ["peer-support", "hearing-voices", "housing"];
const parse = (query: string) => parseDirectoryFilters(new URLSearchParams(query), storedThemes);

describe("directory filters from the address", () => {
  test("valid filters are kept, country codes in upper case", () => {
    expect(parse("country=it&type=peer_led&page=2")).toEqual({
      filters: { country: "IT", type: "peer_led", page: 2 },
      ignored: [],
    });
  });

  test("no filters means the first page of everything", () => {
    expect(parse("")).toEqual({ filters: { page: 1 }, ignored: [] });
    expect(parse("country=&type=")).toEqual({ filters: { page: 1 }, ignored: [] });
  });

  test("a spoken language (ISO 639-1, any case) and a theme of the taxonomy are kept", () => {
    expect(parse("language=SV&theme=peer-support")).toEqual({
      filters: { language: "sv", theme: "peer-support", page: 1 },
      ignored: [],
    });
    expect(parse("country=ch&type=peer_led&language=it&theme=hearing-voices&page=3").filters).toEqual({
      country: "CH",
      type: "peer_led",
      language: "it",
      theme: "hearing-voices",
      page: 3,
    });
    expect(parse("language=&theme=")).toEqual({ filters: { page: 1 }, ignored: [] });
  });

  test("a language outside ISO 639-1 or a theme outside the taxonomy is dropped and reported", () => {
    expect(parse("language=xx&theme=astrology")).toEqual({ filters: { page: 1 }, ignored: ["language", "theme"] });
    // Three letters, a region or a name are not two-letter codes.
    for (const language of ["swe", "sv-SE", "Swedish", "<b>", "e n"]) {
      expect(parse(`language=${encodeURIComponent(language)}`).ignored, language).toEqual(["language"]);
    }
    // A theme is a key, not its label in some language; nor can it smuggle in SQL.
    for (const theme of ["Peer support", "peer_support", "housing' OR 1=1 --", "toString", "__proto__"]) {
      expect(parse(`theme=${encodeURIComponent(theme)}`).ignored, theme).toEqual(["theme"]);
    }
    // One invalid filter leaves the valid ones in place.
    expect(parse("country=SE&language=zz&theme=housing")).toEqual({
      filters: { country: "SE", theme: "housing", page: 1 },
      ignored: ["language"],
    });
  });

  test("invalid values are dropped and reported, never passed on", () => {
    expect(parse("country=<script>&type=hospital&page=-3")).toEqual({
      filters: { page: 1 },
      ignored: ["country", "type", "page"],
    });
    expect(parse("page=abc").ignored).toEqual(["page"]);
  });

  test("a search by name or city is kept as typed, trimmed, beside the other filters", () => {
    expect(parse("q=%20epsm%20lille%20&country=fr")).toEqual({ filters: { q: "epsm lille", country: "FR", page: 1 }, ignored: [] });
    expect(parse("q=%20%20").filters).toEqual({ page: 1 });
  });

  test("a search with control characters or too long is dropped and reported", () => {
    expect(parse("q=lille%00&type=peer_led")).toEqual({ filters: { type: "peer_led", page: 1 }, ignored: ["q"] });
    expect(parse(`q=${"a".repeat(201)}`).ignored).toEqual(["q"]);
  });
});
