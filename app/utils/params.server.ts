// Guards every route under /$lang runs first: an unknown language is a 404.
import { redirect } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { recordId } from "./fields.schemas";
import { isLanguage, type Language } from "./languages";

/** The page's language; `/FR/...` is sent to `/fr/...`, an unknown language is a 404. */
export function requireLanguage(params: Params, request: Request): Language {
  if (isLanguage(params.lang)) return params.lang;
  const lowerCase = params.lang?.toLowerCase();
  if (isLanguage(lowerCase)) {
    const url = new URL(request.url);
    url.pathname = url.pathname.replace(/^\/[^/]+/, `/${lowerCase}`);
    throw redirect(url.pathname + url.search, 301);
  }
  notFound();
}

/** A URL slug as the portal makes them (`lower-case-words`), or a 404 before any query. */
export function requireSlug(slug: string | undefined): string {
  if (!slug || !/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) notFound();
  return slug;
}

/** Whether a value is shaped as the portal's record ids are (a cuid, or a demo's readable id). */
export const isRecordId = (value: string | undefined): value is string => recordId.safeParse(value).success;

/** A record's id in the address, or a 404 before any query. */
export function requireRecordId(id: string | undefined): string {
  if (!isRecordId(id)) notFound();
  return id;
}

export function notFound(): never {
  throw new Response("Not found", { status: 404, statusText: "Not Found" });
}
