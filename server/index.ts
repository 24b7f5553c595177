// The portal's HTTP server: security headers, compression, static files, then Remix.
// `npm start` runs it on the production build; `npm run dev` runs it with Vite.
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { EnvError, parseEnv } from "../app/utils/env.server";

let env;
try {
  env = parseEnv();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
const isDevelopment = env.NODE_ENV === "development";

const viteDevServer = isDevelopment
  ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
  : undefined;

export const app = express();
app.disable("x-powered-by");
app.set("trust proxy", true);
app.use(compression());

// A fresh nonce per request: the only inline scripts allowed are the ones Remix renders with it.
app.use((_request, response, next) => {
  response.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_request, response) => `'nonce-${(response as express.Response).locals.cspNonce}'`],
        // Vite injects styles and a websocket in development only.
        "style-src": isDevelopment ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        "connect-src": isDevelopment ? ["'self'", "ws:"] : ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    // HSTS belongs to the TLS-terminating proxy; on http://localhost it would only get in the way.
    strictTransportSecurity: !isDevelopment && process.env.ENABLE_HSTS === "true",
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  }),
);

if (viteDevServer) {
  app.use(viteDevServer.middlewares);
} else {
  const clientDir = path.resolve("build/client");
  // File names under /assets carry a content hash: cache them for a year.
  app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(clientDir, { maxAge: "1h" }));
}

const build = viteDevServer
  ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
  : ((await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (_request, response) => ({ cspNonce: response.locals.cspNonce as string }),
  }),
);

app.listen(env.PORT, env.HOST, () => {
  const database = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${env.PGLITE_DIR}`;
  console.log(`Network portal on http://localhost:${env.PORT} (${env.NODE_ENV}, ${database})`);
});
