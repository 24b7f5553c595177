// Markdown keeps its structure through a machine translation: the service gets prose only.
import { expect, test } from "vitest";
import { translateMarkdown, translatePlainText } from "./machine-translation-markdown";

/** A "service" that upper-cases what it gets and remembers it. */
function upperCaser() {
  const sent: string[] = [];
  return { sent, translate: async (text: string) => (sent.push(text), text.toUpperCase()) };
}

test("headings, list markers, quotes and code stay; prose is translated unit by unit", async () => {
  const service = upperCaser();
  const markdown = [
    "# Peer support",
    "",
    "We meet every week",
    "in the community centre.",
    "",
    "- first item",
    "  * nested item",
    "1. numbered item",
    "- [x] done item",
    "",
    "> a quote",
    "> that goes on",
    "",
    "```",
    "code stays as it is",
    "```",
    "",
    "---",
    "",
    "| Service | Setting |",
    "| --- | --- |",
    "| home visits | home |",
  ].join("\n");
  expect(await translateMarkdown(markdown, service.translate)).toBe(
    [
      "# PEER SUPPORT",
      "",
      "WE MEET EVERY WEEK IN THE COMMUNITY CENTRE.",
      "",
      "- FIRST ITEM",
      "  * NESTED ITEM",
      "1. NUMBERED ITEM",
      "- [x] DONE ITEM",
      "",
      "> A QUOTE THAT GOES ON",
      "",
      "```",
      "code stays as it is",
      "```",
      "",
      "---",
      "",
      "| SERVICE | SETTING |",
      "| --- | --- |",
      "| HOME VISITS | HOME |",
    ].join("\n"),
  );
  expect(service.sent).toContain("We meet every week in the community centre.");
  expect(service.sent.join("\n")).not.toMatch(/code stays|^#|^- /m);
});

test("link and image URLs never reach the service and come back on their labels", async () => {
  const service = upperCaser();
  const text = "Read [the guide](https://example.org/guide?a=b) and see ![a chart](/files/chart.png \"Chart\").";
  expect(await translateMarkdown(text, service.translate)).toBe(
    "READ [THE GUIDE](https://example.org/guide?a=b) AND SEE ![A CHART](/files/chart.png \"Chart\").",
  );
  expect(service.sent).toEqual(["Read [the guide] and see ![a chart]."]);
});

test("when the answer loses a bracket, the pieces are translated alone and every URL stays on its label", async () => {
  const sent: string[] = [];
  const bracketLoser = async (text: string) => (sent.push(text), text.replace(/[[\]]/g, "").toUpperCase());
  const text = "See [our guide](https://example.org/g) for details.";
  expect(await translateMarkdown(text, bracketLoser)).toBe("SEE [OUR GUIDE](https://example.org/g) FOR DETAILS.");
  expect(sent.join(" ")).not.toContain("example.org");
});

test("a unit without letters is not sent; Windows line ends are read", async () => {
  const service = upperCaser();
  expect(await translateMarkdown("2026\r\n\r\nhello", service.translate)).toBe("2026\n\nHELLO");
  expect(service.sent).toEqual(["hello"]);
});

test("plain text is translated paragraph by paragraph, its blank lines kept", async () => {
  const service = upperCaser();
  expect(await translatePlainText("  One.\n\nTwo\nlines.", service.translate)).toBe("  ONE.\n\nTWO\nLINES.");
  expect(service.sent).toEqual(["One.", "Two\nlines."]);
});
