import { describe, expect, test } from "vitest";
import { countryChartRows, splitCountryChart } from "./country-chart";

describe("the chart of members by country", () => {
  test("shows the countries with most members first, each bar a share of the longest", () => {
    const rows = countryChartRows(
      [
        { code: "FR", count: 1 },
        { code: "IT", count: 4 },
        { code: "SE", count: 3 },
      ],
      "en",
    );
    expect(rows).toEqual([
      { code: "IT", name: "Italy", count: 4, share: 100 },
      { code: "SE", name: "Sweden", count: 3, share: 75 },
      { code: "FR", name: "France", count: 1, share: 25 },
    ]);
  });

  test("ties are in the reader's alphabetical order, by the country names they read", () => {
    const countries = [
      { code: "DE", count: 2 },
      { code: "AT", count: 2 },
      { code: "SE", count: 2 },
    ];
    // Austria, Germany, Sweden in English; Allemagne, Autriche, Suède in French;
    // Österrike sorts after Tyskland in Swedish.
    expect(countryChartRows(countries, "en").map((row) => row.code)).toEqual(["AT", "DE", "SE"]);
    expect(countryChartRows(countries, "fr").map((row) => row.code)).toEqual(["DE", "AT", "SE"]);
    expect(countryChartRows(countries, "sv").map((row) => row.code)).toEqual(["SE", "DE", "AT"]);
  });

  test("a country kept only because it is the chosen filter, with no members, has no bar", () => {
    expect(countryChartRows([{ code: "NO", count: 0 }], "en")).toEqual([]);
    expect(countryChartRows([], "en")).toEqual([]);
  });

  test("shows the largest countries at first and keeps the others apart, none lost", () => {
    const countries = Array.from({ length: 20 }, (_, i) => ({ code: `A${String.fromCharCode(65 + i)}`, count: 20 - i }));
    const { largest, others } = splitCountryChart(countryChartRows(countries, "en"), 8);
    expect(largest.map((row) => row.count)).toEqual([20, 19, 18, 17, 16, 15, 14, 13]);
    expect(others).toHaveLength(12);
    expect(splitCountryChart(countryChartRows(countries.slice(0, 3), "en"), 8).others).toEqual([]);
  });
});
