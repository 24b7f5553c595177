// What an uploaded file is, found from its bytes alone: never from its name or from the
// type the browser claims (docs/decisions/005 says why). Only the formats the library
// accepts are recognised as such; anything else is named as well as we can, so the
// refusal can say what was found ("a web page", "a program"…).

/** The formats the library stores, with the content type it serves them as and their extension. */
export const acceptedTypes = {
  pdf: { contentType: "application/pdf", extension: "pdf" },
  png: { contentType: "image/png", extension: "png" },
  jpeg: { contentType: "image/jpeg", extension: "jpg" },
  webp: { contentType: "image/webp", extension: "webp" },
  gif: { contentType: "image/gif", extension: "gif" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx" },
  odt: { contentType: "application/vnd.oasis.opendocument.text", extension: "odt" },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" },
  odp: { contentType: "application/vnd.oasis.opendocument.presentation", extension: "odp" },
  doc: { contentType: "application/msword", extension: "doc" },
  xls: { contentType: "application/vnd.ms-excel", extension: "xls" },
  ppt: { contentType: "application/vnd.ms-powerpoint", extension: "ppt" },
  txt: { contentType: "text/plain; charset=utf-8", extension: "txt" },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
} as const;

export type AcceptedType = keyof typeof acceptedTypes;

/** What a refused file looked like, for the message (locales/<lang>/library-files.json, found.*). */
export const refusedKinds = ["webPage", "svg", "program", "archive", "otherImage", "otherDocument", "unknown"] as const;
export type RefusedKind = (typeof refusedKinds)[number];

export type Sniffed = { ok: true; type: AcceptedType } | { ok: false; found: RefusedKind };

export const imageTypes: readonly AcceptedType[] = ["png", "jpeg", "webp", "gif"];

export function contentTypeOf(type: AcceptedType) {
  return acceptedTypes[type].contentType;
}

/** The accepted type a stored content type stands for (the one the row holds). */
export function typeOfContentType(contentType: string): AcceptedType | null {
  const found = Object.entries(acceptedTypes).find(([, value]) => value.contentType === contentType);
  return found ? (found[0] as AcceptedType) : null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.byteLength >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * The type of a file from its bytes. `nameHint` only chooses between the two text types
 * (a CSV is text whichever way it is served); it never makes a file acceptable.
 */
export function sniffFileType(bytes: Uint8Array, nameHint = ""): Sniffed {
  if (startsWith(bytes, ascii("%PDF-"))) return { ok: true, type: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: "jpeg" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { ok: true, type: "webp" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { ok: true, type: "gif" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffCompoundFile(bytes);
  const other = otherBinary(bytes);
  if (other) return { ok: false, found: other };
  const text = utf8Text(bytes);
  if (text !== null) {
    const head = text.slice(0, 1024).trimStart().toLowerCase();
    if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return { ok: false, found: "svg" };
    if (/^<(!doctype html|html|head|body|script|iframe)\b/.test(head)) return { ok: false, found: "webPage" };
    if (head.startsWith("#!")) return { ok: false, found: "program" };
    return { ok: true, type: /\.csv$/i.test(nameHint.trim()) ? "csv" : "txt" };
  }
  return { ok: false, found: "unknown" };
}

/** Formats we recognise and refuse, by their magic bytes. */
function otherBinary(bytes: Uint8Array): RefusedKind | null {
  if (startsWith(bytes, ascii("MZ")) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(bytes, [0xcf, 0xfa, 0xed, 0xfe]) || startsWith(bytes, [0xca, 0xfe, 0xba, 0xbe]))
    return "program";
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, ascii("Rar!")) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) || startsWith(bytes, ascii("ustar"), 257))
    return "archive";
  if (startsWith(bytes, ascii("II*\0")) || startsWith(bytes, ascii("MM\0*")) || startsWith(bytes, ascii("BM")) || startsWith(bytes, ascii("ftyp"), 4) || startsWith(bytes, [0, 0, 1, 0]))
    return "otherImage";
  if (startsWith(bytes, ascii("{\\rtf"))) return "otherDocument";
  return null;
}

/** The text, when the bytes are UTF-8 (a BOM allowed) with no NUL and no control characters but tab, line breaks and form feed. */
function utf8Text(bytes: Uint8Array): string | null {
  if (bytes.byteLength === 0) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text) ? null : text;
}

type ZipEntry = { name: string; method: number; compressedSize: number; dataOffset: number };

/** The names in a ZIP's central directory (read from its end record), or null when it is not a well-formed ZIP. */
function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  const lowest = Math.max(0, bytes.byteLength - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.byteLength) return null;
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== 0x04034b50) return null;
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    entries.push({ name, method, compressedSize, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const openDocumentTypes: Record<string, AcceptedType> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
};

/** OOXML (a ZIP with [Content_Types].xml and word/, xl/ or ppt/) or OpenDocument (a ZIP whose first entry is `mimetype`, stored). */
function sniffZip(bytes: Uint8Array): Sniffed {
  let entries: ZipEntry[] | null;
  try {
    entries = zipEntries(bytes);
  } catch {
    // An offset pointing past the end: not a ZIP anyone could open.
    entries = null;
  }
  if (!entries || entries.length === 0) return { ok: false, found: "archive" };
  const names = entries.map((entry) => entry.name);
  if (names.includes("[Content_Types].xml")) {
    if (names.some((name) => name.startsWith("word/"))) return { ok: true, type: "docx" };
    if (names.some((name) => name.startsWith("xl/"))) return { ok: true, type: "xlsx" };
    if (names.some((name) => name.startsWith("ppt/"))) return { ok: true, type: "pptx" };
    return { ok: false, found: "otherDocument" };
  }
  // The first entry in the file, not in the directory: ODF requires it to come first.
  const first = [...entries].sort((a, b) => a.dataOffset - b.dataOffset)[0]!;
  if (first.name === "mimetype" && first.method === 0) {
    const mimetype = new TextDecoder().decode(bytes.subarray(first.dataOffset, first.dataOffset + Math.min(first.compressedSize, 100)));
    const type = openDocumentTypes[mimetype.trim()];
    if (type) return { ok: true, type };
    return { ok: false, found: "otherDocument" };
  }
  return { ok: false, found: "archive" };
}

const utf16 = (text: string) => [...text].flatMap((char) => [char.charCodeAt(0), 0]);

/** A legacy Office file (OLE compound file): which program wrote it, from the names of its streams. */
function sniffCompoundFile(bytes: Uint8Array): Sniffed {
  const has = (name: string) => indexOf(bytes, utf16(name)) >= 0;
  if (has("WordDocument")) return { ok: true, type: "doc" };
  if (has("Workbook") || has("Book")) return { ok: true, type: "xls" };
  if (has("PowerPoint Document")) return { ok: true, type: "ppt" };
  return { ok: false, found: "otherDocument" };
}

function indexOf(bytes: Uint8Array, pattern: readonly number[]) {
  const first = pattern[0]!;
  for (let at = bytes.indexOf(first); at >= 0 && at <= bytes.byteLength - pattern.length; at = bytes.indexOf(first, at + 1)) {
    if (startsWith(bytes, pattern, at)) return at;
  }
  return -1;
}

/** The longest name a file is offered under, extension included. */
export const maxFileNameLength = 120;

/**
 * The name shown and offered on download: no folders, no control or direction-changing
 * characters, no leading dots, at most `maxFileNameLength` characters, and the extension
 * of the type found in place of the one it came with ("report.exe" that is a PDF becomes
 * "report.pdf").
 */
export function cleanFileName(name: string, type: AcceptedType) {
  const extension = acceptedTypes[type].extension;
  const base =
    (name.split(/[/\\]/).pop() ?? "")
      .normalize("NFC")
      .replace(/[\t\n\v\f\r]/g, " ")
      // Control characters, and format characters such as U+202E that reverse what follows.
      .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
      .replace(/\s+/g, " ")
      .replace(/["*:<>?|]/g, "_")
      .trim()
      // The extension the sender gave, whatever it was.
      .replace(/\.[\p{L}\p{N}]{1,5}$/u, "")
      .replace(/^[.\s]+|[.\s]+$/g, "") || "attachment";
  const room = maxFileNameLength - extension.length - 1;
  return `${[...base].slice(0, room).join("").trimEnd()}.${extension}`;
}
