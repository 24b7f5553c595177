import type { RequestHandler } from "msw";
import { emailProviderHandlers } from "./email-provider";
import { translationServiceHandlers } from "./translation-service";

/** Handlers for every outside HTTP service the portal talks to. */
export const handlers: RequestHandler[] = [...emailProviderHandlers, ...translationServiceHandlers];
