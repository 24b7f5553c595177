// The layout's two rules, checked on the code as it is: shared mechanisms never import a
// domain area (so any area can use them), and no two areas import each other, directly
// or round a longer loop (so each can be read, and changed, from its own folder down).
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

type Folder = `${"mechanisms" | "modules"}/${string}`;

const appDir = path.resolve("app");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The mechanism or area a file belongs to, e.g. `modules/people`. */
function folderOf(file: string): Folder | null {
  const match = /^(mechanisms|modules)\/([^/]+)\//.exec(path.relative(appDir, file).split(path.sep).join("/"));
  return match ? (`${match[1]}/${match[2]}` as Folder) : null;
}

/** Which folder imports which, with one file that does it, for the message. */
function importGraph() {
  const edges = new Map<Folder, Map<Folder, string>>();
  for (const file of ["mechanisms", "modules"].flatMap((top) => sourceFiles(path.join(appDir, top)))) {
    const from = folderOf(file)!;
    for (const [, ...specifiers] of fs.readFileSync(file, "utf8").matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g)) {
      const specifier = specifiers.find(Boolean);
      if (!specifier) continue;
      const target = specifier.startsWith("~/")
        ? path.join(appDir, specifier.slice(2))
        : specifier.startsWith(".")
          ? path.resolve(path.dirname(file), specifier)
          : null;
      const to = target ? folderOf(`${target}/`) ?? folderOf(target) : null;
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      edges.get(from)!.set(to, `${path.relative(appDir, file)} imports ${specifier}`);
    }
  }
  return edges;
}

test("the import graph is read from the code", () => {
  // A guard for the test itself: if the graph came out empty, the rules below would pass for nothing.
  expect(importGraph().get("modules/membership")?.has("mechanisms/workflows")).toBe(true);
});

test("mechanisms never import a domain area", () => {
  const wrong = [...importGraph()].flatMap(([from, targets]) =>
    from.startsWith("mechanisms/") ? [...targets].filter(([to]) => to.startsWith("modules/")).map(([, why]) => why) : [],
  );
  expect(wrong).toEqual([]);
});

test("no two areas or mechanisms import each other, directly or round a loop", () => {
  const edges = importGraph();
  // Each loop once, whichever folder of it the walk started from.
  const loops = new Map<string, string>();
  const visit = (folder: Folder, trail: Folder[]) => {
    if (trail.includes(folder)) {
      const loop = [...trail.slice(trail.indexOf(folder)), folder];
      const key = [...loop.slice(0, -1)].sort().join(" ");
      if (!loops.has(key)) loops.set(key, loop.slice(0, -1).map((step, i) => edges.get(step)!.get(loop[i + 1]!)).join("; "));
      return;
    }
    for (const next of edges.get(folder)?.keys() ?? []) visit(next, [...trail, folder]);
  };
  for (const folder of edges.keys()) visit(folder, []);
  expect([...loops.values()]).toEqual([]);
});
