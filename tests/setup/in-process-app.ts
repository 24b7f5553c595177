// The whole Remix app, in the test's process: every route file under app/routes with its
// layouts, the document shell and entry.server, answering a Request as the server would
// (loaders, action, rendering), without building it first. Integration tests that need
// what a browser gets (rendered forms, status codes) call it instead of one loader.
import path from "node:path";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import remixConfig from "../../remix.config.js";
import * as entryServer from "~/entry.server";
import * as root from "~/root";

type RouteModule = ServerBuild["routes"][string]["module"];

const routeModules = import.meta.glob<RouteModule>(["/app/routes/*.{ts,tsx}", "!/app/routes/*.test.{ts,tsx}"]);

let build: Promise<ServerBuild> | undefined;
let handler: ((request: Request, context: AppLoadContext) => Promise<Response>) | undefined;

/** Answers `request` as the portal would; `context` is what server/app.ts would pass. */
export async function answer(request: Request, context: AppLoadContext): Promise<Response> {
  const build = await serverBuild();
  handler ??= createRequestHandler(build, "production");
  return handler(request, { ...context, routes: build.routes });
}

/** The app as `npm run build` would make it, for server/app.ts's createApp. */
export function serverBuild(): Promise<ServerBuild> {
  build ??= assembleBuild();
  return build;
}

async function assembleBuild(): Promise<ServerBuild> {
  const manifest = flatRoutes(path.resolve("app"), remixConfig.ignoredRouteFiles);
  const routes: ServerBuild["routes"] = {
    root: { id: "root", path: "", module: root as unknown as RouteModule },
  };
  for (const route of Object.values(manifest)) {
    const load = routeModules[`/app/${route.file}`];
    if (!load) throw new Error(`no module for ${route.file}`);
    routes[route.id] = { id: route.id, parentId: route.parentId, path: route.path, index: route.index, caseSensitive: route.caseSensitive, module: await load() };
  }
  // What the browser would be told to load: names only, nothing is served.
  const assetRoutes = Object.fromEntries(
    Object.values(routes).map((route) => [
      route.id,
      {
        id: route.id,
        parentId: route.parentId,
        path: route.path,
        index: route.index,
        module: `/assets/${route.id}.js`,
        hasAction: Boolean(route.module.action),
        hasLoader: Boolean(route.module.loader),
        hasClientAction: false,
        hasClientLoader: false,
        hasErrorBoundary: Boolean(route.module.ErrorBoundary),
      },
    ]),
  );
  return {
    mode: "production",
    entry: { module: entryServer },
    routes,
    assets: { entry: { module: "/assets/entry.js", imports: [] }, routes: assetRoutes, url: "/assets/manifest.js", version: "test" },
    publicPath: "/",
    assetsBuildDirectory: "build/client",
    future: remixConfig.future,
    isSpaMode: false,
    basename: undefined,
  } as unknown as ServerBuild;
}
