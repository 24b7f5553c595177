import { describe, expect, test } from "vitest";
import { countryName, formatDate, formatList, formatNumber, languageName } from "./format";

describe("formatting in the reader's language", () => {
  test("country and language names", () => {
    expect(countryName("IT", "en")).toBe("Italy");
    expect(countryName("IT", "fr")).toBe("Italie");
    expect(countryName("SE", "sv")).toBe("Sverige");
    expect(languageName("sv", "es")).toBe("sueco");
  });

  test("an unknown code is shown as it is rather than failing", () => {
    expect(countryName("not-a-code", "en")).toBe("not-a-code");
  });

  test("dates, numbers and lists", () => {
    expect(formatDate("2004-06-15", "en")).toBe("June 15, 2004");
    expect(formatDate("2004-06-15", "fr")).toBe("15 juin 2004");
    expect(formatNumber(12345, "sv")).toBe("12\u00a0345");
    expect(formatList(["italiano", "inglese"], "it")).toBe("italiano e inglese");
  });
});
