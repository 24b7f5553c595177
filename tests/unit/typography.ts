// Typographic rules of the languages the portal speaks, as checks over a piece of text.
// Each returns what is wrong, quoting the place, so a failing test says what to fix.

const narrowNoBreakSpace = "\u202f";
const noBreakSpace = "\u00a0";

/** Parts no typographic rule applies to: addresses, interpolations {{x}} and $t(x), times (10:30). */
function withoutCode(text: string) {
  return text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s]*/gi, (url) => "x".repeat(url.length))
    .replace(/{{[^}]*}}|\$t\([^)]*\)/g, (code) => "x".repeat(code.length))
    .replace(/\d:\d/g, "0x0");
}

const around = (text: string, index: number) => JSON.stringify(text.slice(Math.max(0, index - 12), index + 3));

/**
 * French: a narrow no-break space (U+202F) before ; ! ? and before : (where a no-break
 * space, U+00A0, is also acceptable), and inside « »; never straight quotes.
 */
export function frenchTypographyProblems(text: string): string[] {
  const problems: string[] = [];
  const checked = withoutCode(text);
  for (const match of checked.matchAll(/[:;!?]/g)) {
    const index = match.index;
    const before = checked[index - 1];
    if (index === 0 || before === "\n") continue;
    // A second mark ("?!") or a closing mark sits right after the first.
    if (before !== undefined && ":;!?".includes(before)) continue;
    const allowed = match[0] === ":" ? [narrowNoBreakSpace, noBreakSpace] : [narrowNoBreakSpace];
    if (!allowed.includes(before ?? "")) problems.push(`no narrow no-break space before "${match[0]}" in ${around(text, index)}`);
  }
  for (const match of checked.matchAll(/«(.)/g)) {
    if (match[1] !== narrowNoBreakSpace && match[1] !== noBreakSpace) problems.push(`no narrow no-break space after « in ${around(text, match.index)}`);
  }
  for (const match of checked.matchAll(/(.)»/g)) {
    if (match[1] !== narrowNoBreakSpace && match[1] !== noBreakSpace) problems.push(`no narrow no-break space before » in ${around(text, match.index + 1)}`);
  }
  if (checked.includes('"')) problems.push(`straight quotes in ${JSON.stringify(text)}: « » instead`);
  return problems;
}

/**
 * Placeholders that hold a name (an organisation, a person, a place) and so may start with a
 * vowel: French cannot put "de", "que", "le"… in front of one without needing elision
 * ("la candidature de Association …"). Numbers, dates and versions never need it.
 */
const namePlaceholder = /\b(de|que|le|la|ce|ne|se|je|du|au|lorsque|puisque|jusque)\s+{{\s*(?!count|formatted|total|number|date|version|page|pageCount|days|hours|minutes|megabytes|pixels)\w+\s*}}/gi;

export function frenchElisionProblems(text: string): string[] {
  return [...text.matchAll(namePlaceholder)].map((match) => `"${match[0]}" needs elision before a vowel: rephrase ("l'organisation {{…}}", "… : {{…}}")`);
}

/** Italian: quotations in « » or “ ”, never straight quotes. */
export function italianTypographyProblems(text: string): string[] {
  const checked = withoutCode(text);
  const problems: string[] = [];
  if (checked.includes('"')) problems.push(`straight quotes in ${JSON.stringify(text)}: « » or “ ” instead`);
  if (/[„”]/.test(checked.replace(/“[^“”]*”/g, ""))) problems.push(`quotes not in “…” pairs in ${JSON.stringify(text)}`);
  return problems;
}

/** Spanish: a question opens with ¿ and an exclamation with ¡; quotations in « » or “ ”. */
export function spanishTypographyProblems(text: string): string[] {
  const checked = withoutCode(text);
  const problems: string[] = [];
  // Each sentence (or clause after a colon) that ends in ? or ! must have opened it.
  for (const match of checked.matchAll(/[^.:;?!¿¡\n]*[?!]/g)) {
    const sentenceStart = match.index;
    const opener = match[0].endsWith("?") ? "¿" : "¡";
    if (checked[sentenceStart - 1] !== opener && !match[0].includes(opener)) problems.push(`no opening ${opener} in ${around(text, sentenceStart + match[0].length - 1)}`);
  }
  if (checked.includes('"')) problems.push(`straight quotes in ${JSON.stringify(text)}: « » or “ ” instead`);
  return problems;
}

/** Swedish: quotations in ”…” (the same mark on both sides), never straight quotes, “ or « ». */
export function swedishTypographyProblems(text: string): string[] {
  const checked = withoutCode(text);
  const problems: string[] = [];
  if (/["“„«»]/.test(checked)) problems.push(`quotes other than ”…” in ${JSON.stringify(text)}`);
  return problems;
}

/**
 * Month and day names are written in lower case in French, Italian, Spanish and Swedish,
 * except where a sentence starts.
 */
const calendarWordsPattern = new Map<string, RegExp>();

/** The names of the months and days in `language`, capitalised, as one pattern. */
function capitalisedCalendarPattern(language: string) {
  let pattern = calendarWordsPattern.get(language);
  if (!pattern) {
    const months = Array.from({ length: 12 }, (_, month) =>
      new Intl.DateTimeFormat(language, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, month, 1))),
    );
    // 5 January 2026 was a Monday.
    const days = Array.from({ length: 7 }, (_, day) =>
      new Intl.DateTimeFormat(language, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 0, 5 + day))),
    );
    const capitalised = [...months, ...days].map((word) => word.charAt(0).toLocaleUpperCase(language) + word.slice(1));
    pattern = new RegExp(`(?<!\\p{L})(${capitalised.join("|")})(?!\\p{L})`, "gu");
    calendarWordsPattern.set(language, pattern);
  }
  return pattern;
}

export function capitalisedCalendarWords(text: string, language: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(capitalisedCalendarPattern(language))) {
    const before = text.slice(0, match.index).trimEnd();
    const startsSentence = before === "" || /[.!?:\n]$/.test(before);
    if (!startsSentence) problems.push(`"${match[0]}" in lower case: ${around(text, match.index)}`);
  }
  return problems;
}
