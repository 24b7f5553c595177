// Public pages for visitors from memory (app/mechanisms/page-cache). A GET without a
// session whose page declared itself public (`Cache-Control: public`, see
// app/mechanisms/page-cache/public-page.ts) is kept as rendered, with the tables it read,
// and served again, with a fresh CSP nonce, an ETag and a 304 when the browser has it,
// until a committed write touches one of those tables. Signed-in requests never come here.
import crypto from "node:crypto";
import type express from "express";
import { beginRendering, cachedPage, endRendering, storePage, type CachedPage } from "../app/mechanisms/page-cache/page-cache.server";
import { rememberLanguage } from "../app/utils/language-cookie.server";

/** The response headers a cached page keeps; the security headers are the server's own, per response. */
const keptHeaders = ["content-type", "cache-control", "content-language", "link", "vary"];

/** Whether a request may be answered from the cache (or fill it). */
export function isCacheableRequest(request: express.Request) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (/(^|;\s*)session=/.test(request.headers.cookie ?? "")) return false;
  // Client-side navigations fetch `….data`; only documents are kept.
  return !request.path.endsWith(".data");
}

export function pageCache(): express.RequestHandler {
  return (request, response, next) => {
    if (!isCacheableRequest(request) || response.locals.crossSiteRefused) return next();
    const url = request.originalUrl;
    const nonce = response.locals.cspNonce as string;
    if (!nonce) return next();
    const page = cachedPage(url);
    if (page) {
      void serveCached(request, response, page, nonce).catch(next);
      return;
    }
    // Every table read from now until the response ends counts for this page.
    const record = beginRendering();
    response.once("close", () => endRendering(record));
    capture(response, (body) => {
      endRendering(record);
      // A HEAD has no body to keep; a page cut short (the client left, an error while streaming) is not kept.
      if (request.method !== "GET" || !isPublicPage(response) || !isWhole(body, response)) return;
      storePage(url, record, {
        status: response.statusCode,
        html: body,
        nonce,
        headers: keptHeaders.flatMap((name) => {
          const value = response.getHeader(name);
          return value === undefined ? [] : [[name, String(value)] as [string, string]];
        }),
        etag: `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      });
    });
    next();
  };
}

/** A 200 page (or feed) the route declared public, with no cookie but the language's. */
function isPublicPage(response: express.Response) {
  if (response.statusCode !== 200) return false;
  if (!/^(text\/|application\/(atom\+)?xml)/.test(String(response.getHeader("content-type") ?? ""))) return false;
  if (!/\bpublic\b/.test(String(response.getHeader("cache-control") ?? ""))) return false;
  const cookies = response.getHeader("set-cookie");
  const list = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [String(cookies)];
  return list.every((cookie) => cookie.startsWith("lng="));
}

/** Streamed data may follow the document's end: what matters is that the document ended. */
function isWhole(body: string, response: express.Response) {
  return !String(response.getHeader("content-type")).startsWith("text/html") || body.includes("</html>");
}

/** Calls `done` with the whole body once the response ends (as written, before compression). */
function capture(response: express.Response, done: (body: string) => void) {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => express.Response;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else chunks.push(Buffer.from(chunk as Uint8Array));
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as express.Response["write"];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    const result = end(chunk, ...rest);
    done(Buffer.concat(chunks).toString("utf8"));
    return result;
  }) as express.Response["end"];
}

async function serveCached(request: express.Request, response: express.Response, page: CachedPage, nonce: string) {
  const languageCookie = await rememberLanguage(new Request(`http://portal${request.originalUrl}`, { headers: { Cookie: request.headers.cookie ?? "" } }));
  if (languageCookie) response.append("Set-Cookie", languageCookie);
  for (const [name, value] of page.headers) response.setHeader(name, value);
  response.setHeader("ETag", page.etag);
  response.setHeader("X-Page-Cache", "hit");
  if (request.headers["if-none-match"] === page.etag) {
    // The browser keeps the page it has, with the policy that came with it: a new nonce
    // here would replace that policy and block the page's own scripts.
    response.removeHeader("Content-Security-Policy");
    response.status(304).end();
    return;
  }
  response.status(page.status);
  response.end(request.method === "HEAD" ? undefined : page.html.replaceAll(page.nonce, nonce));
}
