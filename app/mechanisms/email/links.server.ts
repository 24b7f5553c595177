// Absolute links to the portal, for mail: built from PUBLIC_URL, never from request headers.
import { publicOrigin } from "~/utils/env.server";

/** `link("/fr/reset-password", { token })` → `https://portal.example.org/fr/reset-password?token=…` */
export function link(path: string, query: Record<string, string> = {}) {
  const search = new URLSearchParams(query).toString();
  return `${publicOrigin()}${path}${search ? `?${search}` : ""}`;
}
