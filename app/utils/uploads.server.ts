// Reading a form that carries a file. The body is counted as it arrives and reading stops
// at the limit, so an upload never holds more than the allowed size in memory, whatever
// the client claims or sends.
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";

/** Room for the multipart boundaries, part headers and small text fields around the file. */
const envelopeBytes = 64 * 1024;
const maxFieldBytes = 1024;

class TooLarge extends Error {
  override name = "TooLarge";
}

export function isMultipart(request: Request) {
  return /^multipart\/form-data\s*;/i.test(request.headers.get("Content-Type") ?? "");
}

function badRequest(): never {
  throw new Response("Bad Request: expected a form", { status: 400, statusText: "Bad Request" });
}

/** The request's body, cut off with an error once more than `limit` bytes have come in. */
function limitedBody(body: ReadableStream<Uint8Array>, limit: number) {
  let received = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limit) controller.error(new TooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * A part's bytes, or null when it has more than `limit`. Every part is read to its end
 * (one left unread would be buffered whole by the parser, and stopping midway would
 * reset the connection before the browser sees the answer); past the limit the bytes
 * are only counted. The whole body is bounded by `limitedBody`.
 */
async function readPart(data: AsyncIterable<Uint8Array>, limit: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size <= limit) chunks.push(chunk);
  }
  return size <= limit ? Buffer.concat(chunks) : null;
}

export type UploadForm =
  | { ok: true; fields: FormData; file: Uint8Array | null; /** The name the browser sent with the file (untrusted). */ fileName: string | null }
  | { ok: false; error: "tooLarge" };

/**
 * A multipart form with at most one file, in `fileField`, of at most `maxFileBytes`, and
 * a few short text fields. A bigger file is `tooLarge`; anything else unexpected (a second
 * file, a long field, a body that is not multipart) is a 400.
 */
export async function readUploadForm(
  request: Request,
  { fileField, maxFileBytes }: { fileField: string; maxFileBytes: number },
): Promise<UploadForm> {
  if (!request.body || !isMultipart(request)) badRequest();
  const limit = maxFileBytes + envelopeBytes;
  // Refused before reading a byte when the client says how much is coming.
  const declared = Number(request.headers.get("Content-Length") ?? NaN);
  if (declared > limit) return { ok: false, error: "tooLarge" };

  let file: Uint8Array | null = null;
  let fileName: string | null = null;
  let fileTooLarge = false;
  const handler: UploadHandler = async ({ name, filename, data }) => {
    if (filename === undefined) {
      const value = await readPart(data, maxFieldBytes);
      if (!value) throw new Response("Bad Request: field too long", { status: 400 });
      return new TextDecoder().decode(value);
    }
    if (name !== fileField || file || fileTooLarge) throw new Response("Bad Request: unexpected file", { status: 400 });
    const bytes = await readPart(data, maxFileBytes);
    fileName = filename;
    if (bytes) file = new Uint8Array(bytes);
    else fileTooLarge = true;
    // The bytes are kept aside; the form only notes that the field was sent.
    return "";
  };

  const limited = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: limitedBody(request.body, limit),
    duplex: "half",
  } as RequestInit);
  try {
    const fields = await unstable_parseMultipartFormData(limited, handler);
    return fileTooLarge ? { ok: false, error: "tooLarge" } : { ok: true, fields, file, fileName };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, error: "tooLarge" };
    if (error instanceof Response) throw error;
    // A malformed body (no boundary, broken part headers, cut off): the client's fault.
    badRequest();
  }
}
