// Public pages for visitors from memory (app/mechanisms/page-cache). A GET without a
// session whose route marked its page public (`publicPageHeaders`, see
// app/mechanisms/page-cache/public-page.ts) is kept as rendered, with the tables it read,
// and served again, with a fresh CSP nonce, an ETag and a 304 when the browser has it,
// until a committed write touches one of those tables. Signed-in requests never come here.
import crypto from "node:crypto";
import type express from "express";
import { beginRendering, cachedPage, endRendering, storePage, type CachedPage } from "../app/mechanisms/page-cache/page-cache.server";
import { cachedPageMarker, carriesSession } from "../app/mechanisms/page-cache/public-page";
import { rememberLanguage } from "../app/utils/language-cookie.server";

/** The response headers a cached page keeps; the security headers are the server's own, per response. */
const keptHeaders = ["content-type", "cache-control", "content-language", "link", "vary"];

/** Whether a request may be answered from the cache (or fill it). */
export function isCacheableRequest(request: express.Request) {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (carriesSession(request.headers.cookie)) return false;
  // Client-side navigations fetch `….data`; only documents are kept.
  return !request.path.endsWith(".data");
}

/**
 * Answers from the cache, early: before the static files (a page in the cache is one they
 * did not have), so a hit costs no look on the disk.
 */
export function servePagesFromCache(): express.RequestHandler {
  return (request, response, next) => {
    if (!isCacheableRequest(request)) return next();
    const nonce = response.locals.cspNonce as string;
    const page = nonce ? cachedPage(request.originalUrl) : undefined;
    if (!page) return next();
    void serveCached(request, response, page, nonce).catch(next);
  };
}

/** Keeps what Remix renders for visitors, when the route marked it a public page. */
export function keepPublicPages(): express.RequestHandler {
  return (request, response, next) => {
    if (!isCacheableRequest(request) || response.locals.crossSiteRefused) return next();
    const url = request.originalUrl;
    const nonce = response.locals.cspNonce as string;
    if (!nonce) return next();
    // Every table read from now until the response ends counts for this page.
    const record = beginRendering();
    response.once("close", () => endRendering(record));
    capture(request, response, (body) => {
      storePage(url, record, {
        status: response.statusCode,
        html: body,
        nonce,
        headers: keptHeaders.flatMap((name) => {
          const value = response.getHeader(name);
          return value === undefined ? [] : [[name, String(value)] as [string, string]];
        }),
        // Weak: the bytes differ by nonce and by compression, the page does not.
        etag: `W/"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
      });
    });
    next();
  };
}

/**
 * Whether the response, as its head goes out, is one to keep: a GET answered 200 by a route
 * that marked its page public (`publicPageHeaders`), as a page or a feed, setting no cookie
 * but the language's. Anything else (a download, a logo, an error) is not even read.
 */
function isPageToKeep(request: express.Request, response: express.Response) {
  if (request.method !== "GET" || response.statusCode !== 200) return false;
  if (!response.getHeader(cachedPageMarker)) return false;
  if (!/^(text\/html|application\/(atom\+|rss\+)?xml|text\/plain)/.test(String(response.getHeader("content-type") ?? ""))) return false;
  const cookies = response.getHeader("set-cookie");
  const list = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [String(cookies)];
  return list.every((cookie) => cookie.startsWith("lng="));
}

/** A page longer than this is served but not kept. */
const maxPageBytes = 2 * 1024 * 1024;

/**
 * Calls `keep` with the whole body once a response worth keeping has ended whole (as
 * written, before compression). The decision is made as the head goes out, when the marker
 * header is also taken off; a response the client left before its end is not kept.
 */
function capture(request: express.Request, response: express.Response, keep: (body: string) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  let keeping: boolean | undefined;
  // The client left before the end: what was read after that was not noted.
  let leftEarly = false;
  response.once("close", () => {
    if (!response.writableEnded) leftEarly = true;
  });
  const decide = () => {
    if (keeping === undefined) {
      keeping = isPageToKeep(request, response);
      response.removeHeader(cachedPageMarker);
    }
    return keeping;
  };
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => express.Response;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => express.Response;
  const hold = (chunk: unknown, encoding?: unknown) => {
    if (!decide() || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > maxPageBytes) {
      keeping = false;
      chunks.length = 0;
      return;
    }
    chunks.push(bytes);
  };
  response.writeHead = ((...args: unknown[]) => {
    decide();
    return writeHead(...args);
  }) as express.Response["writeHead"];
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    hold(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as express.Response["write"];
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    hold(chunk, rest[0]);
    const result = end(chunk, ...rest);
    const body = Buffer.concat(chunks).toString("utf8");
    // Streamed data may follow the document's end: what matters is that the document ended.
    const whole = !String(response.getHeader("content-type")).startsWith("text/html") || body.includes("</html>");
    if (keeping && whole && !leftEarly) keep(body);
    return result;
  }) as express.Response["end"];
}

async function serveCached(request: express.Request, response: express.Response, page: CachedPage, nonce: string) {
  const languageCookie = await rememberLanguage(new Request(`http://portal${request.originalUrl}`, { headers: { Cookie: request.headers.cookie ?? "" } }));
  if (languageCookie) response.append("Set-Cookie", languageCookie);
  for (const [name, value] of page.headers) response.setHeader(name, value);
  response.setHeader("ETag", page.etag);
  response.setHeader("X-Page-Cache", "hit");
  if (matchesETag(request.headers["if-none-match"], page.etag)) {
    // The browser keeps the page it has, with the policy that came with it: a new nonce
    // here would replace that policy and block the page's own scripts.
    response.removeHeader("Content-Security-Policy");
    response.status(304).end();
    return;
  }
  response.status(page.status);
  response.end(request.method === "HEAD" ? undefined : page.html.replaceAll(page.nonce, nonce));
}

/** If-None-Match holds one of our ETags, weak or strong, alone or in a list (RFC 9110's weak comparison). */
function matchesETag(header: string | undefined, etag: string) {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
