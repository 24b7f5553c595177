import type { RequestHandler } from "msw";

/** Handlers for every outside HTTP service the portal talks to (none yet). */
export const handlers: RequestHandler[] = [];
