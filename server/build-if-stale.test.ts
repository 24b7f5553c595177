import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { buildIsStale } from "./build-if-stale";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

/** A project folder with one source file and, if asked, a build stamped at `builtAt`. */
function project({ sourceAt, builtAt }: { sourceAt: Date; builtAt?: Date }) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "portal-build-"));
  roots.push(root);
  fs.mkdirSync(path.join(root, "app"));
  fs.writeFileSync(path.join(root, "app", "root.tsx"), "export {};\n");
  fs.utimesSync(path.join(root, "app", "root.tsx"), sourceAt, sourceAt);
  if (builtAt) {
    fs.mkdirSync(path.join(root, "build", "server"), { recursive: true });
    fs.writeFileSync(path.join(root, "build", "server", "index.js"), "");
    fs.writeFileSync(path.join(root, "build", ".built-from-sources-of"), "");
    fs.utimesSync(path.join(root, "build", ".built-from-sources-of"), builtAt, builtAt);
  }
  return root;
}

const earlier = new Date("2026-12-01T10:00:00Z");
const later = new Date("2026-12-01T11:00:00Z");

test("a first start builds", () => {
  expect(buildIsStale(project({ sourceAt: earlier }), ["app"])).toBe(true);
});

test("a start with nothing changed since the last build does not build again", () => {
  expect(buildIsStale(project({ sourceAt: earlier, builtAt: later }), ["app"])).toBe(false);
});

test("a source changed after the last build started makes it stale", () => {
  expect(buildIsStale(project({ sourceAt: later, builtAt: earlier }), ["app"])).toBe(true);
});

test("a build whose server half is missing is rebuilt", () => {
  const root = project({ sourceAt: earlier, builtAt: later });
  fs.rmSync(path.join(root, "build", "server", "index.js"));
  expect(buildIsStale(root, ["app"])).toBe(true);
});
