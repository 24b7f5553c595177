// Each language keeps one form of address throughout, pages and emails alike: French
// "vous", Italian "tu", Spanish "usted", Swedish "du" (the review of 2026-12 found each
// consistent; the areas added since must stay so). A string that speaks to the reader in
// the other form is found by the words only that form uses.
import { describe, expect, test } from "vitest";
import { loadLocale } from "../setup/locale-strings";

// Only words the other form alone uses: Spanish "escribe" or "revisa" are also "usted
// escribe", Italian "salvate" or "lasciate" also participles ("le modifiche sono salvate").
type Address = { kept: string; other: RegExp };

const address: Record<"fr" | "it" | "es" | "sv", Address> = {
  fr: { kept: "vous", other: /(?<![\p{L}'’-])(?:tu|toi|ton|ta|tes|tiens|peux|veux|dois|t['’](?=\p{L}))(?![\p{L}'’-])/giu },
  it: {
    kept: "tu",
    other: /(?<![\p{L}'’])(?:voi|vostr[oaie]|avete|siete|potete|dovete|volete|pensate|scrivete|ricaricate|rimandate|apportate|inviatela|dite|rifate|riceverete|potrete|avrete|sarete|dovrete|vedrete)(?![\p{L}'’])/giu,
  },
  es: {
    kept: "usted",
    other:
      /(?<![\p{L}])(?:tú|tu|tus|ti|te|contigo|tuy[oa]s?|estás|puedes|tienes|quieres|necesitas|eres|has|podrás|recibirás|tendrás|sales|haces|esperas|perteneces|indiques|publiques|elijas|inscribes|déjalo|inténtalo|acéptala|recházala|cuéntale)(?![\p{L}])/giu,
  },
  sv: { kept: "du", other: /(?<![\p{L}])(?:ni|er|ert|era|eder)(?![\p{L}])/giu },
};

describe.each(Object.keys(address) as (keyof typeof address)[])("%s", (language) => {
  test(`speaks to the reader as "${address[language].kept}" in every page and email`, () => {
    const found = Object.entries(loadLocale(language).strings).flatMap(([key, text]) =>
      [...text.matchAll(address[language].other)].map((match) => `${key}: "${match[0]}" in "${text}"`),
    );
    expect(found).toEqual([]);
  });
});

test("the checks find the other form and let the kept one through", () => {
  const other = (language: keyof typeof address, text: string) => new RegExp(address[language].other.source, address[language].other.flags).test(text);
  expect(other("es", "Tu plaza está confirmada.")).toBe(true);
  expect(other("es", "Si ya no la quieres, recházala.")).toBe(true);
  expect(other("es", "Su plaza está confirmada. Si ya no la quiere, rechácela.")).toBe(false);
  expect(other("it", "Ricaricate la pagina.")).toBe(true);
  expect(other("it", "Ricarica la pagina. Data di entrata in vigore.")).toBe(false);
  expect(other("sv", "Er organisation står värd.")).toBe(true);
  expect(other("sv", "Din organisation står värd.")).toBe(false);
  expect(other("fr", "Tu peux signer.")).toBe(true);
  expect(other("fr", "Vous pouvez signer l’avenant.")).toBe(false);
});
