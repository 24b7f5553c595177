// Which translation namespaces a page is sent: `common`, and those its routes declare in
// `handle.i18n` (app/utils/i18n.ts), found by matching the path against the app's routes as
// Remix will (the matches of a page and of its `.data` request are the same).
import type { ServerBuild } from "@remix-run/node";
import { matchRoutes } from "@remix-run/react";
import type { Namespace, TranslatedRoute } from "./i18n";

type ServerRoutes = ServerBuild["routes"];
type RouteTree = { id: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: RouteTree[] };

const trees = new WeakMap<ServerRoutes, RouteTree[]>();

/** The flat route table of a build, as the nested routes matchRoutes reads. */
function treeOf(routes: ServerRoutes): RouteTree[] {
  let tree = trees.get(routes);
  if (!tree) {
    const nodes = new Map<string, RouteTree>(
      Object.values(routes).map((route) => [route.id, { id: route.id, path: route.path, index: route.index, caseSensitive: route.caseSensitive }]),
    );
    tree = [];
    for (const route of Object.values(routes)) {
      const node = nodes.get(route.id)!;
      const parent = route.parentId ? nodes.get(route.parentId) : undefined;
      if (parent) (parent.children ??= []).push(node);
      else tree.push(node);
    }
    trees.set(routes, tree);
  }
  return tree;
}

/** The namespaces the page at `pathname` uses, `common` first. */
export function namespacesOfPage(routes: ServerRoutes, pathname: string): Namespace[] {
  const matches = matchRoutes(treeOf(routes) as Parameters<typeof matchRoutes>[0], pathname) ?? [];
  return namespacesOfHandles(matches.map((match) => routes[match.route.id ?? ""]?.module.handle));
}

/** `common` and the namespaces these routes' handles declare. */
export function namespacesOfHandles(handles: readonly unknown[]): Namespace[] {
  const found = new Set<Namespace>(["common"]);
  for (const handle of handles) for (const namespace of (handle as Partial<TranslatedRoute> | undefined)?.i18n ?? []) found.add(namespace);
  return [...found];
}
