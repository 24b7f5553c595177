// Which text of the original a translation was made from. A translation stores the digest
// of the original field's text at the time (LibraryText.sourceSha256 and the like); when
// the original changes, the digests differ and the translation is out of date, for its
// readers and for its editors, until someone translates the new original again.
import { sha256Hex } from "~/mechanisms/signatures/signed-text";

/** The digest a translation made from `originalText` stores. */
export function sourceDigest(originalText: string) {
  return sha256Hex(originalText.normalize("NFC"));
}

/** True when a translation was made from another text than the original's current one. */
export function isOutOfDate(translation: { sourceSha256: string | null }, originalText: string) {
  return translation.sourceSha256 !== null && translation.sourceSha256 !== sourceDigest(originalText);
}
