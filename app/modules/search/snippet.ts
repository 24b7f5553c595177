// A result's snippet as text ranges, some marked: the page renders each range as text
// (React escapes it), a marked one inside <mark>, so stored text never becomes HTML.
//
// PostgreSQL's ts_headline picks the excerpt and marks the words that match, but it works
// on the folded text the search compares (portal_search_fold: lower case, no accents), which
// is not what a reader should see. So the same folding is done here, character by character,
// remembering where each folded character came from, and the excerpt is mapped back onto
// the text as written. Where the two foldings disagree (they should not), the snippet is the
// start of the text, unmarked: never a wrong highlight.

export type SnippetPart = { text: string; marked: boolean };
export type Snippet = { parts: SnippetPart[]; cutBefore: boolean; cutAfter: boolean };

/** Marks ts_headline is asked to put around a match (never in stored text: the query strips them). */
export const startMark = "\u0001";
export const stopMark = "\u0002";

const extraLetters: Record<string, string> = { ø: "o", ł: "l", đ: "d", ı: "i", ß: "ss", œ: "oe", æ: "ae" };

/** One character folded as portal_search_fold folds it. */
function foldCharacter(character: string) {
  let folded = character
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
  folded = folded.replace(/[øłđıßœæ]/g, (letter) => extraLetters[letter] ?? letter);
  return folded;
}

/** The folded text, and for each of its UTF-16 units the index in `text` it came from. */
export function foldWithOrigins(text: string): { folded: string; origins: number[] } {
  let folded = "";
  const origins: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldCharacter(character);
    for (let unit = 0; unit < piece.length; unit++) origins.push(index);
    folded += piece;
    index += character.length;
  }
  return { folded, origins };
}

/** The start of a text, unmarked, cut at a word near `length` characters. */
export function plainSnippet(text: string, length = 220): Snippet {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= length) return { parts: clean ? [{ text: clean, marked: false }] : [], cutBefore: false, cutAfter: false };
  const cut = clean.lastIndexOf(" ", length);
  return { parts: [{ text: clean.slice(0, cut > length / 2 ? cut : length), marked: false }], cutBefore: false, cutAfter: true };
}

/**
 * `headline`: ts_headline's excerpt of the folded `text`, matches between startMark and
 * stopMark. Returns the same excerpt of `text` as written, with the same words marked.
 */
export function snippetFromHeadline(text: string, headline: string): Snippet {
  const { folded, origins } = foldWithOrigins(text);
  const plain = headline.replaceAll(startMark, "").replaceAll(stopMark, "");
  const at = plain.trim() === "" ? -1 : folded.indexOf(plain);
  if (at < 0) return plainSnippet(text);
  // Folded offsets of the marks, then their places in the text as written.
  const ranges: { start: number; end: number }[] = [];
  let offset = at;
  let openedAt = -1;
  for (const unit of headline) {
    if (unit === startMark) openedAt = offset;
    else if (unit === stopMark) {
      if (openedAt >= 0) ranges.push({ start: openedAt, end: offset });
      openedAt = -1;
    } else offset += unit.length;
  }
  const toText = (foldedOffset: number) => (foldedOffset >= origins.length ? text.length : origins[foldedOffset]!);
  const excerptStart = toText(at);
  const excerptEnd = toText(at + plain.length);
  const parts: SnippetPart[] = [];
  let position = excerptStart;
  for (const range of ranges) {
    const start = toText(range.start);
    const end = toText(range.end);
    if (start < position || end <= start) continue;
    if (start > position) parts.push({ text: text.slice(position, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (excerptEnd > position) parts.push({ text: text.slice(position, excerptEnd), marked: false });
  return {
    parts: parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, " ") })),
    cutBefore: text.slice(0, excerptStart).trim() !== "",
    cutAfter: text.slice(excerptEnd).trim() !== "",
  };
}
