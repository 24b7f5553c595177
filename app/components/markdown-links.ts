// Which addresses a link in text people write may go to. Judged by the WHATWG URL parser,
// the one browsers use, so what is judged is what a browser would follow: it drops tabs
// and line breaks, turns "\" into "/", decodes nothing twice.

const base = "https://portal.invalid/";
const allowedProtocols = new Set(["http:", "https:", "mailto:"]);

/**
 * Characters nobody needs in an address and that disguise one: controls, spaces other than
 * a plain one, zero-width characters, bidi controls, the byte-order mark.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- exactly these are refused
const disguise = /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/;

function percentDecoded(text: string) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export type SafeLink = { href: string; external: boolean };

/**
 * The address to link to, or null when the link must show as plain text: `javascript:`,
 * `data:`, `vbscript:` or any other scheme, however it is written (upper case, entities,
 * full-width letters, zero-width characters inside).
 */
export function safeLink(href: string | undefined | null): SafeLink | null {
  if (typeof href !== "string") return null;
  const trimmed = href.trim();
  // The Markdown parser hands addresses over percent-encoded: judge what they spell.
  const decoded = percentDecoded(trimmed);
  if (trimmed === "" || disguise.test(decoded)) return null;
  // Full-width "ｊａｖａｓｃｒｉｐｔ:" is not a scheme to a browser, but it is meant to look like one.
  if (decoded.normalize("NFKC") !== decoded && /^[^/?#]*:/.test(decoded.normalize("NFKC"))) return null;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (!allowedProtocols.has(url.protocol)) return null;
  if (url.protocol === "mailto:") return { href: url.href, external: false };
  const external = url.origin !== new URL(base).origin;
  // A path on this site is kept as written (relative); anything else as the parser reads it.
  return external ? { href: url.href, external } : { href: url.pathname + url.search + url.hash, external };
}
