// The exact text a signature binds to, and its SHA-256. A signed document is a list of
// parts (the Charter: its title and its body; an agreement revision: its own parts), so
// every kind of document is hashed the same way and a stored hash never changes meaning.
import crypto from "node:crypto";

/**
 * The canonical form: the parts in order, separated by a blank line, with every line end
 * (CRLF from a browser's textarea, or a lone CR) written as LF. Changing this changes the
 * digest of every stored signature: the known-answer tests beside it say so.
 */
export function canonicalSignedText(parts: readonly string[]) {
  return parts.join("\n\n").replace(/\r\n?/g, "\n");
}

/** SHA-256 of the UTF-8 bytes, as 64 lower-case hex digits. */
export function sha256Hex(value: string) {
  return crypto.createHash("sha256").update(value, "utf8").digest("hex");
}

/** The hash a signature of these parts records. */
export function signedTextDigest(parts: readonly string[]) {
  return sha256Hex(canonicalSignedText(parts));
}

/**
 * A stored signature checked against the text stored with its document, recomputed now.
 * No text (the language is gone) never matches.
 */
export function verifySignedText(storedSha256: string, parts: readonly string[] | null) {
  const recomputedSha256 = parts ? signedTextDigest(parts) : null;
  return { storedSha256, recomputedSha256, matches: recomputedSha256 === storedSha256 };
}
