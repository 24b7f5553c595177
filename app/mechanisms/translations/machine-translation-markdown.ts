// Machine translation of Markdown that keeps its structure. What we chose: the service
// sees prose only, one unit at a time, and everything structural stays ours:
// - a paragraph (consecutive lines of prose) is one unit, its lines joined by a space
//   (Markdown reads a single line break as a space anyway);
// - a heading, a list item or a task item is one unit: its marker (`## `, `- `, `1. `,
//   `- [x] `, and any `> ` quote markers and indentation before it) is kept and only what
//   follows is translated;
// - fenced and indented code, HTML lines, rules, link reference definitions, table
//   separator rows and blank lines are copied as they are; table cells are translated one by one;
// - a link's or image's URL never reaches the service: `[label](url)` is sent as `[label]`
//   and the URLs are put back, in order, on the bracketed labels of the answer. When the
//   answer does not have as many bracketed labels as there were links, the unit is
//   translated again in pieces (the text between links, and each label alone), so no URL
//   is ever lost or moved to the wrong words.
// Inline emphasis and code spans are left to the service, which keeps such marks well
// enough in practice; a unit with no letters (numbers, a bare URL) is not sent at all.

export type Translate = (text: string) => Promise<string>;

const fence = /^\s{0,3}(`{3,}|~{3,})/;
const listOrHeading = /^(\s*(?:>\s?)*\s*)(#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)(.*)$/;
const quotePrefix = /^(\s*(?:>\s?)+\s*)(.*)$/;
const verbatimLine = [
  /^\s{0,3}([-*_])(\s*\1){2,}\s*$/, // a rule
  /^\s{0,3}\[[^\]]+\]:\s*\S+/, // a link reference definition
  /^\s{0,3}</, // an HTML line (the renderer sanitises it; not ours to translate)
  /^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$/, // a table's separator row
];
const link = /(!?\[)([^\]]*)\]\(([^()\s]+(?:\s+"[^"]*")?)\)/g;
const hasLetters = /\p{L}/u;

/** Translates Markdown unit by unit, keeping its structure (see above). */
export async function translateMarkdown(markdown: string, translate: Translate): Promise<string> {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let paragraph: { prefix: string; lines: string[] } | null = null;
  const flush = async () => {
    if (!paragraph) return;
    out.push(paragraph.prefix + (await translateInline(paragraph.lines.join(" "), translate)));
    paragraph = null;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const opening = fence.exec(line);
    if (opening) {
      await flush();
      const marker = opening[1]!;
      out.push(line);
      // Copied up to and including the closing fence (or to the end, if it never closes).
      while (++index < lines.length) {
        out.push(lines[index]!);
        if (lines[index]!.trim().startsWith(marker)) break;
      }
      continue;
    }
    if (line.trim() === "" || verbatimLine.some((pattern) => pattern.test(line))) {
      await flush();
      out.push(line);
      continue;
    }
    // Indented code: four spaces or a tab, after a blank line (not a paragraph's continuation).
    if (/^( {4}|\t)/.test(line) && !paragraph && (index === 0 || lines[index - 1]!.trim() === "") && !listOrHeading.test(line)) {
      out.push(line);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      await flush();
      out.push(await translateTableRow(line, translate));
      continue;
    }
    const item = listOrHeading.exec(line);
    if (item) {
      await flush();
      out.push(item[1]! + item[2]! + (await translateInline(item[3]!, translate)));
      continue;
    }
    const quoted = quotePrefix.exec(line);
    const prefix = quoted ? quoted[1]! : (/^\s*/.exec(line)?.[0] ?? "");
    const content = quoted ? quoted[2]! : line.trim();
    if (paragraph && paragraph.prefix.trim() === prefix.trim()) paragraph.lines.push(content.trim());
    else {
      await flush();
      paragraph = { prefix, lines: [content.trim()] };
    }
  }
  await flush();
  return out.join("\n");
}

/** Plain text (a title, a summary): paragraph by paragraph, blank lines kept. */
export async function translatePlainText(text: string, translate: Translate): Promise<string> {
  const parts = text.replace(/\r\n?/g, "\n").split(/(\n\s*\n)/);
  const out: string[] = [];
  for (const [index, part] of parts.entries()) out.push(index % 2 === 1 ? part : await translateUnit(part, translate));
  return out.join("");
}

async function translateTableRow(line: string, translate: Translate) {
  const cells = line.split("|");
  const out: string[] = [];
  for (const [index, cell] of cells.entries()) {
    const first = index === 0 || index === cells.length - 1;
    out.push(first && cell.trim() === "" ? cell : await translateInline(cell, translate));
  }
  return out.join("|");
}

/** One unit with its links' URLs kept out of the service's sight. */
async function translateInline(text: string, translate: Translate): Promise<string> {
  const urls: string[] = [];
  const masked = text.replace(link, (_whole, open: string, label: string, url: string) => {
    urls.push(url);
    return `${open}${label}]`;
  });
  if (urls.length === 0) return translateUnit(text, translate);
  const translated = await translateUnit(masked, translate);
  const labels = [...translated.matchAll(/\[[^\]]*\]/g)];
  if (labels.length === urls.length) {
    let n = 0;
    return translated.replace(/\[[^\]]*\]/g, (label) => `${label}(${urls[n++]})`);
  }
  // The answer moved or merged brackets: translate the pieces on their own instead.
  const pieces: string[] = [];
  let last = 0;
  for (const match of text.matchAll(link)) {
    pieces.push(await translateUnit(text.slice(last, match.index), translate));
    pieces.push(`${match[1]}${await translateUnit(match[2]!, translate)}](${match[3]})`);
    last = match.index + match[0].length;
  }
  pieces.push(await translateUnit(text.slice(last), translate));
  return pieces.join("");
}

/** Sends the words and keeps the whitespace around them; nothing to translate, nothing sent. */
async function translateUnit(text: string, translate: Translate): Promise<string> {
  if (!hasLetters.test(text)) return text;
  const [, before, words, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return `${before}${await translate(words!)}${after}`;
}
