// Guards every route under /$lang runs first: an unknown language is a 404.
import type { Params } from "@remix-run/react";
import { isLanguage, type Language } from "./languages";

export function requireLanguage(params: Params): Language {
  if (!isLanguage(params.lang)) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  return params.lang;
}

export function notFound(): never {
  throw new Response("Not found", { status: 404, statusText: "Not Found" });
}
