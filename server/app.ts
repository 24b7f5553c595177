// The portal's HTTP application: security headers, compression, static files, then Remix.
import crypto from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import type { ViteDevServer } from "vite";
import { languageOfPath } from "../app/utils/languages";
import { describeRefusal, isCrossSiteWrite, isSafeMethod, refusalPagePath } from "./cross-site";
import { keepPublicPages, servePagesFromCache } from "./page-cache";

type Options = {
  mode: "production" | "development" | "test";
  /** Send Strict-Transport-Security (only when served over HTTPS). */
  hsts?: boolean;
  /** The built app (production) or Vite in middleware mode (development). */
  build: ServerBuild | { vite: ViteDevServer };
  /** How many reverse proxies to believe about the client's address. */
  trustProxy?: number;
  /** The public origin (PUBLIC_URL), if set: the only origin form posts may come from. */
  publicOrigin?: string;
  /** Routes the end-to-end tests alone may use (server/e2e-calendar.ts), mounted before Remix. */
  e2eRoutes?: (app: express.Express) => void;
  /** Keep visitors' public pages in memory (server/page-cache.ts); on unless development or PAGE_CACHE=off. */
  pageCache?: boolean;
};

export function createApp({ mode, build, hsts = false, trustProxy = 0, publicOrigin, e2eRoutes, pageCache: cachePages = mode !== "development" }: Options) {
  const viteDevServer = "vite" in build ? build.vite : undefined;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
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
          "style-src": viteDevServer ? ["'self'", "'unsafe-inline'"] : ["'self'"],
          "connect-src": viteDevServer ? ["'self'", "ws:"] : ["'self'"],
          "img-src": ["'self'", "data:"],
          "font-src": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
        },
      },
      // Off by default: on http://localhost it would only get in the way.
      strictTransportSecurity: hsts,
      crossOriginEmbedderPolicy: false,
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      // The same as the CSP's frame-ancestors 'none', for browsers that only read this one.
      xFrameOptions: { action: "deny" },
    }),
  );

  app.use((_request, response, next) => {
    // The camera for the portal's own pages only: the check-in page reads badges' QR codes
    // with it (and still asks the person first). A policy per page would not do: the page is
    // often reached by a client-side navigation, which keeps the first page's policy.
    response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=(), payment=()");
    next();
  });

  if (cachePages && !viteDevServer) app.use(servePagesFromCache());

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    const clientDir = path.resolve("build/client");
    // File names under /assets carry a content hash: cache them for a year.
    app.use("/assets", express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(clientDir, { maxAge: "1h" }));
  }

  app.use((request, response, next) => {
    // X-Forwarded-Host is a proxy's word. From a client not trusted as a proxy it is a
    // header anyone can send, and Remix compares it with Origin on every form post: a
    // mismatch there is an empty 500. Only a trusted proxy's is kept.
    if (!trustProxy) delete request.headers["x-forwarded-host"];
    // The host a browser reached: the Host it sent, or what the trusted proxy says it was
    // (so a mismatch with Origin is this 403, before Remix's own check); or PUBLIC_URL's.
    const reachedHost = request.get("x-forwarded-host")?.split(",")[0]?.trim() || request.get("host");
    const ownOrigins = [`${request.protocol}://${reachedHost}`, ...(publicOrigin ? [publicOrigin] : [])];
    const crossSite = isCrossSiteWrite({
      method: request.method,
      origin: request.get("origin"),
      secFetchSite: request.get("sec-fetch-site"),
      ownOrigins,
    });
    if (!crossSite) {
      // Remix compares Origin with X-Forwarded-Host (or Host) once more and answers a mismatch
      // with an empty 500. This check has judged Origin already, against PUBLIC_URL too, which
      // a proxy's Host need not be (nginx sends 127.0.0.1:3000): Remix is told that host.
      const origin = request.get("origin");
      if (origin && !isSafeMethod(request.method)) request.headers["x-forwarded-host"] = new URL(origin).host;
      return next();
    }
    console.warn(
      describeRefusal({ method: request.method, path: request.path, origin: request.get("origin"), secFetchSite: request.get("sec-fetch-site"), ownOrigins, clientAddress: request.ip ?? "" }),
    );
    // Remix draws the portal's own 403 page in the reader's language, and runs no action:
    // the request goes on as a GET of the page that shows it (app/routes/$lang.$.tsx).
    response.locals.crossSiteRefused = true;
    request.method = "GET";
    request.url = request.originalUrl = refusalPagePath(languageOfPath(request.path));
    next();
  });

  e2eRoutes?.(app);
  if (cachePages && !viteDevServer) app.use(keepPublicPages());

  const currentBuild = viteDevServer
    ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
    : async () => build as ServerBuild;
  app.all(
    "*",
    createRequestHandler({
      build: viteDevServer ? currentBuild : (build as ServerBuild),
      mode,
      getLoadContext: async (request, response) => ({
        cspNonce: response.locals.cspNonce as string,
        clientAddress: request.ip ?? "",
        crossSiteRefused: response.locals.crossSiteRefused === true,
        routes: (await currentBuild()).routes,
      }),
    }),
  );

  // Errors Remix never sees (a malformed %-escape in the path, say): a short answer, no stack.
  app.use((error: { status?: number }, _request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (response.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) console.error(error);
    response.status(status).type("text/plain").send(status === 500 ? "Internal Server Error" : "Bad Request");
  });
  return app;
}
