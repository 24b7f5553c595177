// React 18.3's streaming renderer encodes HTML into 2,048-byte buffers and, when a character
// of several bytes (é, the French narrow no-break space…) does not fit at the end of one,
// sends the whole buffer anyway: the bytes it left unwritten go out as NULs, in the middle
// of the page ("Formulaire refus\0é"). The fix (facebook/react#26228) is only in React 19.
// A NUL is never part of a page (HTML makes it a parse error, and no text we store holds
// one), so every one is dropped on the way out.
import { Transform } from "node:stream";

export function dropNulBytes(chunk: Buffer): Buffer {
  if (chunk.indexOf(0) === -1) return chunk;
  const kept = Buffer.allocUnsafe(chunk.length);
  let length = 0;
  for (const byte of chunk) if (byte !== 0) kept[length++] = byte;
  return kept.subarray(0, length);
}

/** A stream that passes the rendered page through, without the NUL bytes React 18 adds. */
export function withoutNulBytes() {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, dropNulBytes(chunk));
    },
  });
}
