import { describe, expect, test } from "vitest";
import { summaryOf, translatedMeta } from "./meta";

describe("a page's description", () => {
  test("is the text on one line, without Markdown's marks, a link by its words", () => {
    expect(summaryOf("## Who we are\n\nA **community** team, see [our report](https://example.org/r).")).toBe("Who we are A community team, see our report.");
  });

  test("a long one is cut between words, near 160 characters, and says it goes on", () => {
    const long = "Les équipes mobiles accompagnent les personnes à domicile ".repeat(6);
    const summary = summaryOf(long);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary.endsWith("…")).toBe(true);
    expect(long.startsWith(summary.slice(0, -1))).toBe(true);
    expect(summary.at(-2)).not.toBe(" ");
  });

  test("a page that names none gets the network's tagline, in the reader's language", () => {
    const root = { id: "root", data: { language: "fr", translations: { common: { site: { name: "Réseau", tagline: "Un réseau international." } } } } };
    expect(translatedMeta([root], () => ({ title: "Événements" }))).toEqual([
      { title: "Événements · Réseau" },
      { name: "description", content: "Un réseau international." },
    ]);
  });
});
