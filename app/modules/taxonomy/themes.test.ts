import { expect, test } from "vitest";
import { themeChoices, themeFilter, themeKeyFromName, themeName } from "./themes";

test("a new theme's key is made from its English name: lower case, accents dropped, one hyphen between words", () => {
  expect(themeKeyFromName("Open Dialogue")).toBe("open-dialogue");
  expect(themeKeyFromName("  Suicide prevention & post-vention ")).toBe("suicide-prevention-post-vention");
  expect(themeKeyFromName("Crèche à l'hôpital")).toBe("creche-a-l-hopital");
  expect(themeKeyFromName("?!")).toBe("");
});

test("a theme's name is in the reader's language, or English where it has none", () => {
  const theme = { key: "open-dialogue", names: { en: "Open dialogue", it: "Dialogo aperto" } };
  expect(themeName(theme, "it")).toBe("Dialogo aperto");
  expect(themeName(theme, "sv")).toBe("Open dialogue");
  expect(themeName({ key: "bare", names: {} }, "fr")).toBe("bare");
});

test("chosen themes must be stored ones, each counted once; a filter takes one stored key", () => {
  const stored = ["housing", "peer-support"];
  expect(themeChoices(stored).parse(["housing", "housing"])).toEqual(["housing"]);
  expect(themeChoices(stored).safeParse(["housing", "astrology"]).error?.issues[0]?.message).toBe("invalidChoice");
  expect(themeChoices(stored, { min: 1 }).safeParse([]).error?.issues[0]?.message).toBe("chooseAtLeastOne");
  expect(themeFilter(stored).parse(" Housing ")).toBe("housing");
  expect(themeFilter(stored).safeParse("Peer support").success).toBe(false);
});
