// The msw server for vitest. Each outside service the portal calls gets its handlers in
// tests/mocks/<service>.ts, collected in handlers.ts.
import { setupServer } from "msw/node";
import { handlers } from "./handlers";

export const server = setupServer(...handlers);
