// How a download is named (RFC 6266): a plain ASCII name for old clients, then the name in
// UTF-8, which every current browser prefers.

/** A Content-Disposition header for a download: an ASCII fallback (`fallback`, or the name stripped to ASCII), then the name in UTF-8. */
export function attachmentDisposition(fileName: string, fallback?: string) {
  const ascii = (fallback ?? fileName).normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\%]/g, "_").trim() || "attachment";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * A name for a file made of words in any alphabet ("Scuola d'autunno" → "scuola-d-autunno",
 * "Летняя школа" → "летняя-школа"): letters and digits, lower case, joined by hyphens, at
 * most `max` characters. `ascii` keeps only Latin letters (accents dropped), for the fallback.
 */
export function fileNameSlug(text: string, { ascii = false, max = 60 }: { ascii?: boolean; max?: number } = {}) {
  const letters = ascii ? text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, " ") : text.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, " ");
  const words = letters.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > max) break;
    slug = next;
  }
  return slug || [...(words[0] ?? "")].slice(0, max).join("");
}

/** A response that downloads `body` under `fileName` (and the ASCII `fallback`), never cached by anyone but the person who asked. */
export function downloadResponse(body: string | Uint8Array, { fileName, fallback, contentType }: { fileName: string; fallback?: string; contentType: string }) {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": attachmentDisposition(fileName, fallback),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
