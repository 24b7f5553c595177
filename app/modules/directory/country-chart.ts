// The directory's chart of members by country, as rows a reader can scan: most members
// first, ties in the reader's alphabetical order, each bar as a share of the longest.
import { compareText, countryName } from "~/utils/format";
import type { Language } from "~/utils/languages";

export type CountryBar = { code: string; name: string; count: number; /** 0–100 */ share: number };

export function countryChartRows(countries: { code: string; count: number }[], language: Language): CountryBar[] {
  const compare = compareText(language);
  const withMembers = countries.filter((country) => country.count > 0);
  const largest = Math.max(0, ...withMembers.map((country) => country.count));
  return withMembers
    .map((country) => ({
      code: country.code,
      name: countryName(country.code, language),
      count: country.count,
      share: Math.round((country.count / largest) * 1000) / 10,
    }))
    .sort((a, b) => b.count - a.count || compare(a.name, b.name));
}

/** How many countries the chart shows at first; the others are one click away. */
export const countriesShownAtFirst = 8;

/** The chart's rows split into the largest countries and the others. */
export function splitCountryChart(rows: CountryBar[], shown = countriesShownAtFirst) {
  return { largest: rows.slice(0, shown), others: rows.slice(shown) };
}
